package bd.udbhabon.document.internal;

import bd.udbhabon.document.UnprintableCharacterException;

import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutFontManager;
import org.openpdf.text.pdf.GlyphLayoutFontManager.FontLoadException;
import org.openpdf.text.pdf.GlyphLayoutManager;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The fonts of our PDFs, each loaded once through one {@link GlyphLayoutManager} (OpenPDF refuses
 * text in a font it did not load) and shared by every document: OpenPDF keeps the subset of glyphs
 * used per document, not per font.
 *
 * <p>A character goes to the first font, in order, that has it: the Bangla font (an installed one
 * such as Nikosh if configured, else the bundled Noto Serif Bengali), then Noto Sans for Latin.
 * Marks, digits, punctuation and spaces stay in the font of the text before them when it has them,
 * so that "(স্মার্ট)" or "dc@mopa.gov.bd" is one run in one font.
 */
public final class FontSet {

    /** One font in its two weights. */
    record Face(BaseFont regular, BaseFont bold, java.awt.Font coverage) {
        BaseFont weight(boolean isBold) {
            return isBold ? bold : regular;
        }
    }

    private static final String BUNDLED = "/fonts/";

    private final GlyphLayoutManager glyphLayout;
    private final List<Face> faces;

    private FontSet(GlyphLayoutManager glyphLayout, List<Face> faces) {
        this.glyphLayout = glyphLayout;
        this.faces = List.copyOf(faces);
    }

    /** The bundled fonts: Noto Serif Bengali, Noto Sans. */
    public static FontSet bundled() {
        return withBanglaFont(null, null);
    }

    /**
     * An installed Bangla font (e.g. Nikosh.ttf) ahead of the bundled ones; {@code bold} may be null
     * (Nikosh has no bold: the regular face is used for bold text too).
     */
    public static FontSet withBanglaFont(Path regular, Path bold) {
        GlyphLayoutManager glm = new GlyphLayoutManager(new GlyphLayoutFontManager()).setWriteActualText(true);
        List<Face> faces = new ArrayList<>();
        if (regular != null) {
            // the absolute path names the font: OpenPDF caches fonts by name
            Path boldFile = bold == null ? regular : bold;
            faces.add(face(glm, read(regular), regular.toAbsolutePath().toString(), read(boldFile), boldFile.toAbsolutePath().toString()));
        }
        faces.add(bundledFace(glm, "NotoSerifBengali"));
        faces.add(bundledFace(glm, "NotoSans"));
        return new FontSet(glm, faces);
    }

    GlyphLayoutManager glyphLayout() {
        return glyphLayout;
    }

    BaseFont primary(boolean bold) {
        return faces.getFirst().weight(bold);
    }

    /**
     * The font for {@code cp}: {@code current} when the character is not a letter and it has it,
     * else the first face that has it.
     *
     * @throws IllegalArgumentException naming the character when no font has it
     */
    BaseFont fontFor(int cp, boolean bold, BaseFont current, String text) {
        if (current != null && !Character.isLetter(cp) && covers(current, cp)) {
            return current;
        }
        for (Face face : faces) {
            if (face.coverage().canDisplay(cp)) {
                return face.weight(bold);
            }
        }
        throw new UnprintableCharacterException(cp, text);
    }

    private boolean covers(BaseFont font, int cp) {
        for (Face face : faces) {
            if (face.regular() == font || face.bold() == font) {
                return face.coverage().canDisplay(cp);
            }
        }
        return false;
    }

    private static Face bundledFace(GlyphLayoutManager glm, String family) {
        String regular = family + "-Regular.ttf";
        String bold = family + "-Bold.ttf";
        return face(glm, bundled(regular), BUNDLED + regular, bundled(bold), BUNDLED + bold);
    }

    /** Names must end in .ttf (OpenPDF checks) and be unique per file (OpenPDF caches by name). */
    private static Face face(GlyphLayoutManager glm, byte[] regular, String regularName, byte[] bold, String boldName) {
        try {
            BaseFont r = glm.loadFont(regularName, new ByteArrayInputStream(regular), 12f).getBaseFont();
            BaseFont b = glm.loadFont(boldName, new ByteArrayInputStream(bold), 12f).getBaseFont();
            java.awt.Font coverage = java.awt.Font.createFont(java.awt.Font.TRUETYPE_FONT, new ByteArrayInputStream(regular));
            return new Face(r, b, coverage);
        } catch (FontLoadException | java.awt.FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load the font " + regularName + ": " + e.getMessage(), e);
        }
    }

    private static byte[] bundled(String file) {
        try (InputStream in = FontSet.class.getResourceAsStream(BUNDLED + file)) {
            if (in == null) {
                throw new IllegalStateException("bundled font missing from the classpath: " + BUNDLED + file);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + file, e);
        }
    }
}
