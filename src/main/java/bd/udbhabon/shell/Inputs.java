package bd.udbhabon.shell;

import bd.udbhabon.bangla.BanglaText;
import java.awt.Font;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.regex.Pattern;

/** What every typed value goes through before it is checked or stored. */
public final class Inputs {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]{1,189}\\.[^@\\s]{2,}");
    private static final Pattern CONTROL = Pattern.compile("\\p{Cntrl}");

    private Inputs() {
    }

    /**
     * NFC-normalised (so য + ় equals য়), control characters turned to spaces, stripped; null when nothing is left.
     *
     * @throws UserFacingException (400) naming the first character no font of our documents has (an emoji):
     *         accepted, it would only fail later when the notice or the minutes are issued
     */
    public static String clean(String value) {
        String clean = normalize(value);
        String bad = unprintable(clean);
        if (bad != null) {
            throw UserFacingException.badRequest("input.unprintable.any", bad);
        }
        return clean;
    }

    /**
     * {@link #clean} for a form field: a value longer than {@code max} characters or with a character
     * the documents cannot print is reported on {@code field} instead of thrown, so the form comes back
     * with what was typed.
     */
    public static String text(FormErrors errors, String field, String value, int max) {
        String clean = normalize(value);
        if (clean == null) {
            return null;
        }
        int length = clean.codePointCount(0, clean.length());
        String bad = unprintable(clean);
        if (length > max) {
            errors.add(field, "input.tooLong", max, length);
        } else if (bad != null) {
            errors.add(field, "input.unprintable", bad);
        }
        return clean;
    }

    /** A plausible e-mail address of at most 254 characters. */
    public static boolean isEmail(String value) {
        return value != null && value.length() <= 254 && EMAIL.matcher(value).matches();
    }

    /**
     * The first character of {@code text} that none of the documents' bundled fonts has, shown as
     * {@code 😀 (U+1F600)}; null when every character can be printed. Every PDF and DOCX of ours
     * carries these fonts (an office's own Bangla font only comes before them), so this is what a
     * paper can always print.
     */
    public static String unprintable(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp) && !Character.isISOControl(cp)
                    && Fonts.ALL.stream().noneMatch(f -> f.canDisplay(cp))) {
                return Character.toString(cp) + String.format(" (U+%04X)", cp);
            }
            i += Character.charCount(cp);
        }
        return null;
    }

    private static String normalize(String value) {
        if (value == null) {
            return null;
        }
        String clean = CONTROL.matcher(BanglaText.normalize(value)).replaceAll(" ").strip();
        return clean.isEmpty() ? null : clean;
    }

    /** The documents' bundled fonts (src/main/resources/fonts), loaded once when first needed. */
    private static final class Fonts {
        static final List<Font> ALL = List.of(load("NotoSerifBengali-Regular.ttf"), load("NotoSans-Regular.ttf"));

        private static Font load(String file) {
            try (InputStream in = Inputs.class.getResourceAsStream("/fonts/" + file)) {
                if (in == null) {
                    throw new IllegalStateException("bundled font missing from the classpath: /fonts/" + file);
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException | java.awt.FontFormatException e) {
                throw new IllegalStateException("cannot read the bundled font " + file, e);
            }
        }
    }
}
