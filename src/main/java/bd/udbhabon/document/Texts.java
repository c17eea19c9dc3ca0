package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaText;

import java.util.List;
import java.util.Objects;

/**
 * The one gate text passes on its way into the model: NFC, whitespace (spaces of every width, tabs,
 * line breaks) collapsed to single spaces and trimmed, and control characters refused with a message that names them.
 * A control character in a government paper is always a paste accident; dropping it silently could
 * change a number or a name, so we refuse.
 */
final class Texts {

    private Texts() {
    }

    static String clean(String text, String what) {
        Objects.requireNonNull(text, what);
        String nfc = BanglaText.normalize(text);
        StringBuilder out = new StringBuilder(nfc.length());
        boolean pendingSpace = false;
        for (int i = 0; i < nfc.length(); ) {
            int cp = nfc.codePointAt(i);
            if (cp == '\t' || cp == '\n' || cp == '\r' || cp == '\f' || Character.isSpaceChar(cp)) {
                pendingSpace = out.length() > 0;
            } else if (Character.getType(cp) == Character.CONTROL || cp == '\uFFFD' || Character.isSurrogate((char) cp)) {
                throw new IllegalArgumentException(String.format(
                        "%s contains the control character U+%04X (%s) at position %d: %s",
                        what, cp, Character.getName(cp), i, nfc.replaceAll("\\p{Cc}", "\uFFFD")));
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.appendCodePoint(cp);
            }
            i += Character.charCount(cp);
        }
        return out.toString();
    }

    /** Like {@link #clean} but null stays null (optional fields). */
    static String cleanOptional(String text, String what) {
        return text == null ? null : clean(text, what);
    }

    static List<String> cleanAll(List<String> texts, String what) {
        Objects.requireNonNull(texts, what);
        return texts.stream().map(t -> clean(t, what)).toList();
    }
}
