package bd.udbhabon.document;

import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLanguage;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a DOCX of ours is, read back with POI: the model's text in reading order, valid against the
 * OOXML schema, A4 with the PDF's margins, real tables (spans, repeated header rows, rows kept whole),
 * fonts and language in the styles, page numbers as fields, the document properties.
 */
class DocxRenderingTest {

    private static final Path PREVIEW = Path.of("target/document-preview");

    /** Every golden seed: valid, and its paragraphs and table cells are the model's text in order. */
    @TestFactory
    Stream<DynamicTest> everyGoldenSeedReadsBackAsItsText() {
        return SeedDocuments.golden().entrySet().stream().map(seed -> DynamicTest.dynamicTest(seed.getKey(), () -> {
            byte[] docx = Docx.RENDERER.render(seed.getValue());
            Files.createDirectories(PREVIEW);
            Files.write(PREVIEW.resolve("seed-" + seed.getKey() + ".docx"), docx);
            XWPFDocument doc = Docx.valid(docx);
            assertThat(String.join(" ", Docx.paragraphs(doc))).isEqualTo(DocumentText.readingOrder(seed.getValue()));
            assertThat(doc.getHeaderFooterPolicy().getDefaultFooter()).satisfies(footer -> {
                assertThat(footer.getText()).startsWith("পৃষ্ঠা ");
                assertThat(footer._getHdrFtr().xmlText()).contains("w:instr=\" PAGE ", "w:instr=\" NUMPAGES ");
            });
            assertThat(doc.getHeaderFooterPolicy().getFirstPageFooter().getText()).as("none on the first page").isBlank();
            assertThat(doc.getDocument().getBody().getSectPr().isSetTitlePg()).isTrue();
        }));
    }

    @Test
    void theSchemaCheckCatchesABrokenDocument() {
        XWPFDocument doc = Docx.open(Docx.RENDERER.render(SeedDocuments.officeOrder()));
        doc.getDocument().getBody().addNewTbl(); // a table needs its properties, grid and rows
        assertThat(doc.getDocument().validate()).isFalse();
    }

    @Test
    void metadataA4AndThePdfsMargins() {
        XWPFDocument doc = Docx.open(Docx.RENDERER.render(SeedDocuments.officeOrder()));
        POIXMLProperties.CoreProperties core = doc.getProperties().getCoreProperties();
        assertThat(core.getTitle()).isEqualTo("অফিস আদেশ");
        assertThat(core.getCreator()).isEqualTo("জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
        assertThat(core.getCreated()).isNotNull();
        assertThat(core.getUnderlyingProperties().getLanguageProperty()).contains("bn-BD");
        assertThat(doc.getProperties().getExtendedProperties().getApplication()).isEqualTo("Udbhabon");

        CTSectPr section = doc.getDocument().getBody().getSectPr();
        CTPageSz size = section.getPgSz();
        assertThat(List.of(size.getW(), size.getH())).map(String::valueOf).containsExactly("11906", "16838");
        CTPageMar margins = section.getPgMar();
        assertThat(List.of(margins.getLeft(), margins.getRight(), margins.getTop(), margins.getBottom()))
                .map(String::valueOf).containsExactly("1240", "1000", "900", "1100");
    }

    @Test
    void theSubjectGoesToTheProperties() {
        Document doc = Document.builder().letterhead(null, "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়")
                .subject("ইনোভেশন টিম সভার কার্যবিবরণী").paragraph("সভাপতি সভার কার্যক্রম শুরু করেন।").build();
        XWPFDocument docx = Docx.valid(Docx.RENDERER.render(doc));
        POIXMLProperties.CoreProperties core = docx.getProperties().getCoreProperties();
        assertThat(core.getSubject()).isEqualTo("ইনোভেশন টিম সভার কার্যবিবরণী");
        assertThat(core.getTitle()).as("no title: the office").isEqualTo("মহিলা ও শিশু বিষয়ক মন্ত্রণালয়");
        assertThat(Docx.paragraphs(docx)).contains("বিষয়: ইনোভেশন টিম সভার কার্যবিবরণী");
    }

    @Test
    void landscapeIsA4TurnedSidewaysAndTablesTakeItsWidth() {
        Document doc = Document.builder().landscape().letterhead(null, "বিভাগীয় কমিশনারের কার্যালয়").title("পরিশিষ্ট-ক")
                .table(Table.of(new float[] {1, 3}, List.of(List.of("ক্রমিক", "নাম"), List.of("১", "করিম")))).build();
        XWPFDocument docx = Docx.valid(Docx.RENDERER.render(doc));
        CTPageSz size = docx.getDocument().getBody().getSectPr().getPgSz();
        assertThat(List.of(size.getW(), size.getH())).map(String::valueOf).containsExactly("16838", "11906");
        assertThat(size.getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);
        XWPFTable table = docx.getTables().getFirst();
        assertThat(String.valueOf(table.getCTTbl().getTblPr().getTblW().getW())).isEqualTo(String.valueOf(16838 - 1240 - 1000));
        assertThat(table.getCTTbl().getTblGrid().getGridColList()).map(c -> String.valueOf(c.getW()))
                .containsExactly("3650", "10948");
    }

    /**
     * Header cells spanning two rows and two columns, a body cell spanning two rows, a cell of two
     * paragraphs: gridSpan and vMerge restart/continue where the model puts them, each row covering
     * all columns once.
     */
    @Test
    void cellsSpanningColumnsAndRows() {
        Table table = new Table(List.of(1f, 3f, 2f, 2f), 2, List.of(
                Table.Row.of(Table.Cell.down("ক্রমিক", 2), Table.Cell.down("আলোচ্য বিষয়", 2), new Table.Cell("বাস্তবায়ন", 2)),
                Table.Row.of(new Table.Cell("দায়িত্ব"), new Table.Cell("সময়")),
                Table.Row.of(Table.Cell.down("১", 2), new Table.Cell("ই-নথি"),
                        Table.Cell.of("১। জেলা প্রশাসক", "২। বিভাগীয় কমিশনার"), new Table.Cell("চলমান")),
                Table.Row.of(new Table.Cell("সেবা সহজিকরণ"), new Table.Cell("সকল দপ্তর, ডিসেম্বর ২০২৩", 2))));
        Document doc = Document.builder().letterhead(null, "বিভাগীয় কমিশনারের কার্যালয়").table(table).build();
        XWPFDocument docx = Docx.valid(Docx.RENDERER.render(doc));

        List<XWPFTableRow> rows = docx.getTables().getFirst().getRows();
        assertThat(rows).extracting(r -> cellShapes(r)).containsExactly(
                List.of("restart", "restart", "span 2"),
                List.of("continue", "continue", "1", "1"),
                List.of("restart", "1", "1", "1"),
                List.of("continue", "1", "span 2"));
        assertThat(rows.get(2).getCell(2).getParagraphs()).extracting(XWPFParagraph::getText)
                .containsExactly("১। জেলা প্রশাসক", "২। বিভাগীয় কমিশনার");
        assertThat(rows.get(3).getCell(2).getCTTc().getTcPr().getTcW().getW()).hasToString(
                String.valueOf(widthOf(rows.get(2), 2) + widthOf(rows.get(2), 3)));
        assertThat(String.join(" ", Docx.paragraphs(docx))).isEqualTo(DocumentText.readingOrder(doc));
        assertThat(rows.get(2).getCell(1).getParagraphs().getFirst().getCTP().getPPr().isSetKeepNext())
                .as("rows joined by a cell spanning them are kept together").isTrue();
        assertThat(rows.get(3).getCell(1).getParagraphs().getFirst().getCTP().getPPr().isSetKeepNext()).isFalse();
    }

    /** The header rows repeat on every page (tblHeader), bold, centred and whole; body rows may break across pages. */
    @Test
    void headerRowsRepeatAndStayWholeBodyRowsMayBreak() throws Exception {
        Document doc = SeedDocuments.minutes();
        XWPFDocument docx = Docx.open(Docx.RENDERER.render(doc));
        Table model = DocumentText.tablesWithHeaders(doc).getFirst();
        XWPFTable table = docx.getTables().stream().filter(t -> t.getRows().size() == model.rows().size()
                && t.getRow(0).isRepeatHeader()).findFirst().orElseThrow();

        for (int r = 0; r < table.getRows().size(); r++) {
            XWPFTableRow row = table.getRow(r);
            assertThat(row.isRepeatHeader()).as("row %d repeats", r + 1).isEqualTo(r < model.headerRows());
            assertThat(row.isCantSplitRow()).as("only header rows can't split, row %d", r + 1).isEqualTo(r < model.headerRows());
            String style = r < model.headerRows() ? "CellHeader" : "CellText";
            assertThat(row.getTableCells()).allSatisfy(c -> assertThat(c.getParagraphs().getFirst().getStyle()).isEqualTo(style));
        }
        CTStyle header = style(docx, "CellHeader");
        assertThat(header.getRPr().sizeOfBArray()).isOne();
        assertThat(header.getPPr().getJc().getVal()).hasToString("center");
        assertThat(table.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal()).isEqualTo(STBorder.SINGLE);
    }

    @Test
    void unruledTablesAndTheMemoLineHaveNoBordersTheDateHasItsRule() {
        XWPFDocument docx = Docx.open(Docx.RENDERER.render(SeedDocuments.officeOrder()));
        XWPFTable memo = docx.getTables().getFirst();
        assertThat(memo.getCTTbl().getTblPr().getTblBorders().getInsideV().getVal()).isEqualTo(STBorder.NONE);
        assertThat(memo.getCTTbl().getTblPr().getTblBorders().getBottom().getVal()).isEqualTo(STBorder.NONE);
        XWPFTableRow row = memo.getRow(0);
        assertThat(row.getTableCells()).extracting(XWPFTableCell::getText)
                .containsExactly("নম্বর: ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯", "তারিখ:", "৮ পৌষ ১৪৩০ বঙ্গাব্দ২৩ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ");
        List<XWPFParagraph> dates = row.getCell(2).getParagraphs();
        assertThat(dates.getFirst().getCTP().getPPr().getPBdr().getBottom().getVal()).isEqualTo(STBorder.SINGLE);
        assertThat(dates.getLast().getCTP().getPPr().isSetPBdr()).isFalse();
        int right = 0;
        for (XWPFTableCell cell : row.getTableCells()) {
            right += Integer.parseInt(String.valueOf(cell.getCTTc().getTcPr().getTcW().getW()));
        }
        assertThat(right).as("the dates end on the right margin").isEqualTo(11906 - 1240 - 1000);

        Table details = new Table(List.of(1f, 3f), 0, List.of(Table.Row.of(List.of("সভাপতি", "ড. মোঃ সহিদউল্লাহ"))), false);
        XWPFDocument unruled = Docx.open(Docx.RENDERER.render(Document.builder().letterhead(null, "জনপ্রশাসন মন্ত্রণালয়")
                .table(details).build()));
        assertThat(unruled.getTables().getFirst().getCTTbl().getTblPr().getTblBorders().getTop().getVal()).isEqualTo(STBorder.NONE);
    }

    /** Serials are text ("(১)"), not Word numbering, hanging before the item at the indent. */
    @Test
    void listsCarryTheirSerialsAsTextWithAHangingIndent() {
        XWPFDocument docx = Docx.open(Docx.RENDERER.render(SeedDocuments.officeOrder()));
        List<XWPFParagraph> items = docx.getParagraphs().stream().filter(p -> "NumberedItem".equals(p.getStyle())).toList();
        assertThat(items).hasSizeGreaterThan(21);
        assertThat(items.getFirst().getText()).startsWith("(১)\tনিজ/আওতাধীন দপ্তরের");
        assertThat(items).allSatisfy(p -> {
            assertThat(p.getCTP().getPPr().isSetNumPr()).isFalse();
            assertThat(p.getCTP().getPPr().getInd().getHanging()).isEqualTo(p.getCTP().getPPr().getInd().getLeft());
        });
        assertThat(docx.getNumbering()).isNull();
    }

    /**
     * Fonts, sizes and language once, in the styles: Latin in Noto Sans, complex script (Bangla) in
     * the Bangla font, language bn-BD for complex script; every bold and size also for complex
     * script; no run with properties of its own.
     */
    @Test
    void fontsSizesAndLanguageAreSetOnceForTheComplexScriptRange() {
        XWPFDocument docx = Docx.open(Docx.RENDERER.render(SeedDocuments.minutes()));
        CTStyles styles = docx.getStyles().getCtStyles();
        CTRPr defaults = styles.getDocDefaults().getRPrDefault().getRPr();
        CTFonts fonts = defaults.getRFontsArray(0);
        assertThat(List.of(fonts.getAscii(), fonts.getHAnsi(), fonts.getCs(), fonts.getEastAsia()))
                .containsExactly("Noto Sans", "Noto Sans", "Noto Serif Bengali", "Noto Serif Bengali");
        CTLanguage lang = defaults.getLangArray(0);
        assertThat(lang.getBidi()).isEqualTo("bn-BD");
        assertThat(lang.getVal()).isEqualTo("en-US");
        assertThat(String.valueOf(defaults.getSzArray(0).getVal())).isEqualTo("23");
        assertThat(String.valueOf(defaults.getSzCsArray(0).getVal())).isEqualTo("23");

        for (CTStyle style : styles.getStyleList()) {
            CTRPr rPr = style.getRPr();
            if (rPr != null) {
                assertThat(rPr.sizeOfBCsArray()).as(style.getStyleId() + " bold for Bangla too").isEqualTo(rPr.sizeOfBArray());
                assertThat(rPr.sizeOfSzCsArray()).as(style.getStyleId() + " size for Bangla too").isEqualTo(rPr.sizeOfSzArray());
                if (rPr.sizeOfSzArray() > 0) {
                    assertThat(String.valueOf(rPr.getSzCsArray(0).getVal())).isEqualTo(String.valueOf(rPr.getSzArray(0).getVal()));
                }
                assertThat(rPr.sizeOfRFontsArray() + rPr.sizeOfLangArray()).as(style.getStyleId() + " fonts only in the defaults").isZero();
            }
        }
        List<XmlObject> runProperties = new ArrayList<>();
        runProperties.addAll(List.of(docx.getDocument().selectPath(
                "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:r/w:rPr")));
        docx.getFooterList().forEach(f -> runProperties.addAll(List.of(f._getHdrFtr().selectPath(
                "declare namespace w='http://schemas.openxmlformats.org/wordprocessingml/2006/main' .//w:r/w:rPr"))));
        assertThat(runProperties).as("runs take everything from their paragraph style").isEmpty();
        assertThat(docx.getSettings().getCTSettings().xmlText()).contains("w:bidi=\"bn-BD\"", "compatibilityMode");
    }

    @Test
    void annexesStartOnANewPage() {
        Document doc = Document.builder().letterhead(null, "মহিলা ও শিশু বিষয়ক মন্ত্রণালয়").title("কার্যবিবরণী")
                .paragraph("সভার কার্যক্রম শুরু হয়।")
                .annex("পরিশিষ্ট ‘ক’", Table.of(new float[] {1, 4}, List.of(List.of("ক্রমিক", "নাম"), List.of("১", "রহিম"))))
                .annex("পরিশিষ্ট ‘খ’", new Paragraph("কর্মপরিকল্পনা"))
                .build();
        XWPFDocument docx = Docx.valid(Docx.RENDERER.render(doc));
        List<XWPFParagraph> titles = docx.getParagraphs().stream().filter(p -> "AnnexTitle".equals(p.getStyle())).toList();
        assertThat(titles).extracting(XWPFParagraph::getText).containsExactly("পরিশিষ্ট ‘ক’", "পরিশিষ্ট ‘খ’");
        CTPPrGeneral annexTitle = style(docx, "AnnexTitle").getPPr();
        assertThat(annexTitle.isSetPageBreakBefore()).isTrue();
        assertThat(String.join(" ", Docx.paragraphs(docx))).isEqualTo(DocumentText.readingOrder(doc));
    }

    @Test
    void rendersTheSameFromFourThreads() throws Exception {
        Document doc = SeedDocuments.minutes();
        List<String> expected = Docx.paragraphs(Docx.open(Docx.RENDERER.render(doc)));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<byte[]>> results = pool.invokeAll(Collections.nCopies(8, () -> Docx.RENDERER.render(doc)));
            for (Future<byte[]> result : results) {
                assertThat(Docx.paragraphs(Docx.open(result.get()))).isEqualTo(expected);
            }
        }
    }

    private static List<String> cellShapes(XWPFTableRow row) {
        return row.getTableCells().stream().map(cell -> {
            CTTcPr pr = cell.getCTTc().getTcPr();
            if (pr.isSetVMerge()) {
                return pr.getVMerge().getVal() == STMerge.RESTART ? "restart" : "continue";
            }
            return pr.isSetGridSpan() ? "span " + pr.getGridSpan().getVal() : "1";
        }).toList();
    }

    private static int widthOf(XWPFTableRow row, int cell) {
        return Integer.parseInt(String.valueOf(row.getCell(cell).getCTTc().getTcPr().getTcW().getW()));
    }

    private static CTStyle style(XWPFDocument docx, String id) {
        return docx.getStyles().getStyle(id).getCTStyle();
    }
}
