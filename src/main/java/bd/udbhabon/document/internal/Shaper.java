package bd.udbhabon.document.internal;

import org.openpdf.text.pdf.BaseFont;

import java.awt.font.GlyphVector;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits text into runs of one font and measures them as the JDK's OpenType shaper lays them out
 * (OpenPDF's own {@code BaseFont.getWidthPoint} adds up unshaped characters, 8-15% too wide for
 * Bengali). Widths are cached for the life of one rendering: documents repeat their words.
 * Not thread-safe; one per rendering.
 */
final class Shaper {

    /** Text in one font, with its shaped advance width in points. */
    record Run(BaseFont font, float size, String text, float width) {
    }

    private record Key(BaseFont font, float size, String text) {
    }

    private final FontSet fonts;
    private final Map<Key, Float> widths = new HashMap<>();

    Shaper(FontSet fonts) {
        this.fonts = fonts;
    }

    FontSet fonts() {
        return fonts;
    }

    /** {@code text} cut where the font changes, each piece measured. */
    List<Run> runs(String text, boolean bold, float size) {
        List<Run> runs = new ArrayList<>(2);
        BaseFont current = null;
        int start = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            BaseFont font = fonts.fontFor(cp, bold, current, text);
            if (font != current) {
                if (current != null) {
                    runs.add(run(current, size, text.substring(start, i)));
                }
                current = font;
                start = i;
            }
            i += Character.charCount(cp);
        }
        if (current != null) {
            runs.add(run(current, size, text.substring(start)));
        }
        return runs;
    }

    Run run(BaseFont font, float size, String text) {
        return new Run(font, size, text, width(font, size, text));
    }

    float width(BaseFont font, float size, String text) {
        return widths.computeIfAbsent(new Key(font, size, text), k -> shapedWidth(k.font(), k.size(), k.text()));
    }

    private float shapedWidth(BaseFont font, float size, String text) {
        GlyphVector glyphs = fonts.glyphLayout().computeGlyphVector(font, size, text);
        return (float) glyphs.getGlyphPosition(glyphs.getNumGlyphs()).getX();
    }
}
