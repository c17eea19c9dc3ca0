package bd.udbhabon.document.internal;

import bd.udbhabon.document.UnprintableCharacterException;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The fonts a DOCX of ours names, by family: Noto Sans for Latin ({@code w:ascii}, {@code w:hAnsi})
 * and the Bangla font for complex script ({@code w:cs}, and {@code w:eastAsia}): the office's font
 * (e.g. Nikosh) when one is configured, as for the PDF, else Noto Serif Bengali. They are named,
 * not embedded (see docs/modules/document.md).
 *
 * <p>Also knows which characters these fonts have, so that the DOCX refuses the same text as the
 * PDF: a character none of them has (Tamil, emoji) would show as a box or in a stray fallback font
 * on the reader's machine, which an official paper must not do unnoticed.
 */
public final class DocxFonts {

    public static final String LATIN = "Noto Sans";

    private final String bangla;
    private final List<Font> coverage;

    private DocxFonts(String bangla, List<Font> coverage) {
        this.bangla = bangla;
        this.coverage = List.copyOf(coverage);
    }

    /** Noto Serif Bengali and Noto Sans, as bundled. */
    public static DocxFonts bundled() {
        return withBanglaFont(null);
    }

    /** The office's Bangla font file (e.g. Nikosh.ttf) ahead of the bundled fonts; null for none. */
    public static DocxFonts withBanglaFont(Path regular) {
        List<Font> fonts = new ArrayList<>();
        if (regular != null) {
            try (InputStream in = Files.newInputStream(regular)) {
                fonts.add(font(in, regular.toString()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read the font " + regular + ": " + e.getMessage(), e);
            }
        }
        fonts.add(bundled("NotoSerifBengali-Regular.ttf"));
        fonts.add(bundled("NotoSans-Regular.ttf"));
        return new DocxFonts(fonts.getFirst().getFamily(Locale.ENGLISH), fonts);
    }

    /** The family name for {@code w:cs}, e.g. "Noto Serif Bengali" or "Nikosh". */
    public String bangla() {
        return bangla;
    }

    /**
     * @throws IllegalArgumentException naming the first character of {@code text} no font has, in
     *     the words of the PDF renderer
     */
    void check(String text) {
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            if (!covered(cp)) {
                throw new UnprintableCharacterException(cp, text);
            }
            i += Character.charCount(cp);
        }
    }

    private boolean covered(int cp) {
        for (Font font : coverage) {
            if (font.canDisplay(cp)) {
                return true;
            }
        }
        return false;
    }

    private static Font bundled(String file) {
        try (InputStream in = DocxFonts.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: /fonts/" + file);
            }
            return font(in, file);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled font " + file, e);
        }
    }

    private static Font font(InputStream in, String name) throws IOException {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (FontFormatException e) {
            throw new IllegalStateException("not a TrueType font: " + name, e);
        }
    }
}
