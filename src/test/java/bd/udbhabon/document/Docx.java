package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.document.internal.DocxFonts;
import bd.udbhabon.document.internal.PoiDocxRenderer;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlError;
import org.apache.xmlbeans.XmlObject;
import org.apache.xmlbeans.XmlOptions;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The DOCX renderer of the tests (bundled fonts) and how the tests read a DOCX back with POI. */
public final class Docx {

    static final DocxRenderer RENDERER = new PoiDocxRenderer(DocxFonts.bundled());

    private Docx() {
    }

    public static XWPFDocument open(byte[] docx) {
        try {
            return new XWPFDocument(new ByteArrayInputStream(docx));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The text of every paragraph of the body in order, table cells row by row; a cell that only
     * continues a cell spanning down from above (vMerge continue) is skipped: its text is the
     * upper cell's. NFC, whitespace (the tab after a serial too) as single spaces, blanks dropped.
     */
    public static List<String> paragraphs(XWPFDocument doc) {
        List<String> texts = new ArrayList<>();
        for (IBodyElement element : doc.getBodyElements()) {
            switch (element) {
                case XWPFParagraph p -> texts.add(p.getText());
                case XWPFTable table -> {
                    for (XWPFTableRow row : table.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            if (!continuesFromAbove(cell)) {
                                cell.getParagraphs().forEach(p -> texts.add(p.getText()));
                            }
                        }
                    }
                }
                default -> throw new AssertionError("unexpected body element " + element);
            }
        }
        return normalized(texts);
    }

    static List<String> normalized(List<String> texts) {
        return texts.stream().map(t -> BanglaText.normalize(t).strip().replaceAll("\\s+", " "))
                .filter(t -> !t.isEmpty()).toList();
    }

    static boolean continuesFromAbove(XWPFTableCell cell) {
        CTTcPr pr = cell.getCTTc().getTcPr();
        return pr != null && pr.isSetVMerge() && (pr.getVMerge().getVal() == null || pr.getVMerge().getVal() == STMerge.CONTINUE);
    }

    /**
     * Reopens the package with POI and validates its WordprocessingML parts (document, styles,
     * settings, footers) against the OOXML schema as compiled into POI's XmlBeans.
     */
    public static XWPFDocument valid(byte[] docx) {
        XWPFDocument doc = open(docx);
        assertValid(doc.getDocument(), "document.xml");
        assertValid(doc.getStyles().getCtStyles(), "styles.xml");
        assertValid(doc.getSettings().getCTSettings(), "settings.xml");
        for (XWPFFooter footer : doc.getFooterList()) {
            assertValid(footer._getHdrFtr(), "footer");
        }
        return doc;
    }

    private static void assertValid(XmlObject xml, String part) {
        List<XmlError> errors = new ArrayList<>();
        boolean valid = xml.validate(new XmlOptions().setErrorListener(errors));
        assertThat(errors).as(part + " against the schema").isEmpty();
        assertThat(valid).as(part + " valid").isTrue();
    }
}
