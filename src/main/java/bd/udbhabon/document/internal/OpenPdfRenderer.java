package bd.udbhabon.document.internal;

import bd.udbhabon.document.Document;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.internal.Shaper.Run;
import org.openpdf.text.Rectangle;
import org.openpdf.text.pdf.BaseFont;
import org.openpdf.text.pdf.GlyphLayoutManager;
import org.openpdf.text.pdf.PdfContentByte;
import org.openpdf.text.pdf.PdfName;
import org.openpdf.text.pdf.PdfString;
import org.openpdf.text.pdf.PdfWriter;

import java.io.OutputStream;
import java.util.List;

/**
 * {@link PdfRenderer} on OpenPDF. The document is laid out completely first ({@link Composer}), so
 * bad input fails before anything is written; then every run is drawn where the layout put it,
 * through {@link GlyphLayoutManager#showText}, which shapes with the JDK (HarfBuzz inside) and
 * wraps the glyphs in a marked-content span whose ActualText is the run's Unicode text. Fonts are
 * embedded as Identity-H subsets.
 */
public final class OpenPdfRenderer implements PdfRenderer {

    public static final String CREATOR = "Udbhabon";
    public static final String LANGUAGE = "bn-BD";

    private final FontSet fonts;

    public OpenPdfRenderer(FontSet fonts) {
        this.fonts = fonts;
    }

    @Override
    public void render(Document doc, OutputStream out) {
        Composer composer = new Composer(new Shaper(fonts), doc.orientation());
        List<Page> pages = composer.compose(doc);
        Rectangle size = new Rectangle(composer.pageWidth, composer.pageHeight);

        org.openpdf.text.Document pdf = new org.openpdf.text.Document(size, 0, 0, 0, 0);
        pdf.setGlyphLayoutManager(fonts.glyphLayout());
        PdfWriter writer = PdfWriter.getInstance(pdf, out);
        writer.getExtraCatalog().put(PdfName.LANG, new PdfString(LANGUAGE));
        pdf.addTitle(doc.title() != null ? doc.title() : doc.letterhead().office());
        if (doc.subject() != null) {
            pdf.addSubject(doc.subject());
        }
        pdf.addAuthor(doc.letterhead().office());
        pdf.addCreator(CREATOR);
        pdf.addCreationDate();
        pdf.open();
        for (int i = 0; i < pages.size(); i++) {
            if (i > 0) {
                pdf.newPage();
            }
            draw(writer.getDirectContent(), pages.get(i), composer.pageHeight);
            writer.setPageEmpty(false);
        }
        pdf.close();
    }

    private void draw(PdfContentByte cb, Page page, float height) {
        if (!page.fills.isEmpty()) {
            // a chart's bars: dark grey, so they print on any printer and the black text beside them stays readable
            cb.saveState();
            cb.setGrayFill(0.3f);
            for (Page.Fill fill : page.fills) {
                cb.rectangle(fill.x(), height - fill.y() - fill.height(), fill.width(), fill.height());
            }
            cb.fill();
            cb.restoreState();
        }
        if (!page.rules.isEmpty()) {
            cb.setLineWidth(0.5f);
            for (Page.Rule rule : page.rules) {
                cb.moveTo(rule.x1(), height - rule.y1());
                cb.lineTo(rule.x2(), height - rule.y2());
            }
            cb.stroke();
        }
        GlyphLayoutManager glm = fonts.glyphLayout();
        cb.beginText();
        BaseFont font = null;
        float fontSize = 0;
        for (Page.Text text : page.texts) {
            Run run = text.run();
            if (run.font() != font || run.size() != fontSize) {
                font = run.font();
                fontSize = run.size();
                cb.setFontAndSize(font, fontSize);
            }
            cb.setTextMatrix(text.x(), height - text.baseline());
            glm.showText(cb, font, fontSize, run.text());
        }
        cb.endText();
    }
}
