package bd.udbhabon.document.internal;

import bd.udbhabon.document.Align;
import bd.udbhabon.document.Annex;
import bd.udbhabon.document.BarChart;
import bd.udbhabon.document.Block;
import bd.udbhabon.document.CopyList;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.DocxRenderer;
import bd.udbhabon.document.Heading;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.MemoLine;
import bd.udbhabon.document.NumberedList;
import bd.udbhabon.document.Orientation;
import bd.udbhabon.document.Paragraph;
import bd.udbhabon.document.Signature;
import bd.udbhabon.document.Table;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xwpf.usermodel.XWPFChart;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBody;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTP;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSettings;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblBorders;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblCellMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTcPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTText;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTrPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STMerge;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

import javax.xml.namespace.QName;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.List;
import java.util.Optional;

/**
 * {@link DocxRenderer} on Apache POI (XWPF, and the OOXML beans under it where XWPF has no method).
 * The same content, order and look as the PDF ({@link Composer}), in the terms of a word
 * processor: styles defined once in the styles part ({@code documents/docx-styles.xml}), real
 * tables (spans, repeated header rows, rows not split), page numbers as PAGE / NUMPAGES fields.
 * The word processor breaks lines and pages itself, so unlike the PDF nothing is measured here.
 * The whole document is built in memory first: bad input fails before a byte is written.
 */
public final class PoiDocxRenderer implements DocxRenderer {

    private static final String APPLICATION = OpenPdfRenderer.CREATOR;
    private static final String LANGUAGE = OpenPdfRenderer.LANGUAGE;
    private static final String WORD_MAIN = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    // twips (1/20 pt); the PDF's page: A4, margins 62 / 50 / 45 / 55 pt
    private static final int A4_SHORT = 11906;
    private static final int A4_LONG = 16838;
    private static final int MARGIN_LEFT = 1240;
    private static final int MARGIN_RIGHT = 1000;
    private static final int MARGIN_TOP = 900;
    private static final int MARGIN_BOTTOM = 1100;
    /** From the foot of the page to the foot of the page-number line: its baseline near 30 pt, as in the PDF. */
    private static final int FOOTER = 480;
    /** The PDF's gaps: half a body line (18.4 pt) per "line" of gap. */
    private static final int HALF_GAP = 92;
    private static final int GAP = 184;
    private static final int SIGNATURE_GAP = 460;
    private static final int CELL_PAD = 80;
    /** The signature block is the right 42% of the text width, as in the PDF. */
    private static final float SIGNATURE_INDENT = 0.58f;
    /** Wide enough for the longest Gregorian date line ("২৮ সেপ্টেম্বর ২০২৩ খ্রিস্টাব্দ", 116 pt in Noto Serif Bengali). */
    private static final int DATE_COLUMN = 2800;
    private static final int DATE_LABEL_COLUMN = 760;
    /** Serial widths for the hanging indent of lists, a little over Noto Serif Bengali's at 11.5 pt. */
    private static final int SERIAL_DIGIT = 140;
    private static final int SERIAL_OTHER = 80;
    private static final int SERIAL_GAP = 120;
    /** Lines in eighths of a point: 0.5 pt, as in the PDF. */
    private static final BigInteger RULE = BigInteger.valueOf(4);

    private final DocxFonts fonts;
    private final CTStyles styles;

    public PoiDocxRenderer(DocxFonts fonts) {
        this.fonts = fonts;
        this.styles = styles(fonts.bangla());
    }

    @Override
    public void render(Document doc, OutputStream out) throws IOException {
        XWPFDocument docx = new XWPFDocument();
        try {
            new Writer(docx, doc.orientation()).write(doc);
            docx.write(out);
        } finally {
            // close() would save the whole package once more, into memory; nothing else is held
            docx.getPackage().revert();
        }
    }

    /** Parsed once (parsing sets up a SAX parser, slow); each document gets a copy. */
    private static CTStyles styles(String banglaFont) {
        try (InputStream in = PoiDocxRenderer.class.getResourceAsStream("/documents/docx-styles.xml")) {
            if (in == null) {
                throw new IllegalStateException("missing from the classpath: /documents/docx-styles.xml");
            }
            String escaped = banglaFont.replace("&", "&amp;").replace("\"", "&quot;").replace("<", "&lt;");
            String xml = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("BANGLA_FONT", escaped);
            return StylesDocument.Factory.parse(xml).getStyles();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (XmlException e) {
            throw new IllegalStateException("documents/docx-styles.xml is not valid: " + e.getMessage(), e);
        }
    }

    /** Builds one document; one per rendering. */
    private final class Writer {
        private final XWPFDocument docx;
        private final CTBody body;
        private final boolean portrait;
        private final int textWidth;
        /** The last paragraph of the body, to give it the gap after a block. */
        private CTP last;

        Writer(XWPFDocument docx, Orientation orientation) {
            this.docx = docx;
            this.body = docx.getDocument().getBody();
            this.portrait = orientation == Orientation.PORTRAIT;
            this.textWidth = (portrait ? A4_SHORT : A4_LONG) - MARGIN_LEFT - MARGIN_RIGHT;
        }

        void write(Document doc) {
            styles();
            settings();
            properties(doc);
            letterhead(doc.letterhead());
            if (doc.memoLine() != null && !doc.memoAfterSignature()) {
                memoLine(doc.memoLine());
            }
            if (doc.title() != null) {
                paragraph("PaperTitle", doc.title());
            }
            if (doc.subject() != null) {
                paragraph("PaperSubject", "বিষয়: " + doc.subject());
            }
            blocks(doc.body());
            if (doc.signature() != null) {
                signature(doc.signature());
            }
            if (doc.memoAfterSignature()) {
                memoLine(doc.memoLine());
            }
            if (doc.distribution() != null) {
                paragraph("DistributionHeading", doc.distribution().heading());
                list(doc.distribution().list(), 0);
            }
            if (doc.copyList() != null) {
                copyList(doc.copyList());
            }
            if (doc.closingSignature() != null) {
                signature(doc.closingSignature());
            }
            for (Annex annex : doc.annexes()) {
                paragraph("AnnexTitle", annex.title());
                blocks(annex.blocks());
            }
            section();
        }

        // ---- parts

        private void styles() {
            docx.createStyles().setStyles((CTStyles) styles.copy());
        }

        /** Word 2013+ layout (else Word opens it in compatibility mode); Bangla as the complex-script theme language. */
        private void settings() {
            CTSettings settings = docx.getSettings().getCTSettings();
            try (XmlCursor cursor = settings.newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(word("compat"));
                cursor.beginElement(word("compatSetting"));
                cursor.insertAttributeWithValue(word("name"), "compatibilityMode");
                cursor.insertAttributeWithValue(word("uri"), "http://schemas.microsoft.com/office/word");
                cursor.insertAttributeWithValue(word("val"), "15");
            }
            try (XmlCursor cursor = settings.newCursor()) {
                cursor.toEndToken();
                cursor.beginElement(word("themeFontLang"));
                cursor.insertAttributeWithValue(word("val"), "en-US");
                cursor.insertAttributeWithValue(word("bidi"), LANGUAGE);
            }
        }

        private static QName word(String name) {
            return new QName(WORD_MAIN, name);
        }

        private void properties(Document doc) {
            String office = doc.letterhead().office();
            POIXMLProperties properties = docx.getProperties();
            POIXMLProperties.CoreProperties core = properties.getCoreProperties();
            core.setTitle(doc.title() != null ? doc.title() : office);
            if (doc.subject() != null) {
                core.setSubjectProperty(doc.subject());
            }
            core.setCreator(office);
            core.setCreated(Optional.of(new Date()));
            core.getUnderlyingProperties().setLanguageProperty(LANGUAGE);
            properties.getExtendedProperties().setApplication(APPLICATION);
            properties.getExtendedProperties().setCompany(office);
        }

        /** A4 with the PDF's margins, page numbers in the footer. */
        private void section() {
            CTSectPr section = body.isSetSectPr() ? body.getSectPr() : body.addNewSectPr();
            CTPageSz size = section.addNewPgSz();
            size.setW(BigInteger.valueOf(portrait ? A4_SHORT : A4_LONG));
            size.setH(BigInteger.valueOf(portrait ? A4_LONG : A4_SHORT));
            if (!portrait) {
                size.setOrient(STPageOrientation.LANDSCAPE);
            }
            CTPageMar margins = section.addNewPgMar();
            margins.setTop(BigInteger.valueOf(MARGIN_TOP));
            margins.setBottom(BigInteger.valueOf(MARGIN_BOTTOM));
            margins.setLeft(BigInteger.valueOf(MARGIN_LEFT));
            margins.setRight(BigInteger.valueOf(MARGIN_RIGHT));
            margins.setHeader(BigInteger.valueOf(MARGIN_TOP / 2));
            margins.setFooter(BigInteger.valueOf(FOOTER));
            margins.setGutter(BigInteger.ZERO);
            // no number format of Word or LibreOffice writes Bangla digits: see docs/modules/document.md
            section.addNewPgNumType().setFmt(STNumberFormat.DECIMAL);
            pageNumbers(section);
        }

        /**
         * "পৃষ্ঠা 2 / 3", centred, from the second page on: the word processor paginates, so the
         * numbers are fields, and as in the HTML preview nothing can know that a paper has one page
         * only, so the first page carries none (a one-page letter has none in the PDF either).
         */
        private void pageNumbers(CTSectPr section) {
            // through XWPF: a footer without XWPF paragraphs gets an empty one added when written
            docx.createFooter(HeaderFooterType.FIRST).createParagraph().getCTP().addNewPPr().addNewPStyle().setVal("PageNumbers");
            if (!section.isSetTitlePg()) {
                section.addNewTitlePg();
            }
            CTP p = docx.createFooter(HeaderFooterType.DEFAULT).createParagraph().getCTP();
            p.addNewPPr().addNewPStyle().setVal("PageNumbers");
            text(p, "পৃষ্ঠা ");
            field(p, "PAGE");
            text(p, " / ");
            field(p, "NUMPAGES");
        }

        private void field(CTP p, String name) {
            CTSimpleField field = p.addNewFldSimple();
            field.setInstr(" " + name + " \\* Arabic ");
            field.addNewR().addNewT().setStringValue("1");
        }

        // ---- the paper

        private void letterhead(Letterhead head) {
            paragraph("GovernmentLine", head.government());
            for (String line : head.officeLines()) {
                paragraph("Letterhead", line);
            }
            if (head.website() != null) {
                paragraph("LetterheadWebsite", head.website());
            }
            gap(GAP);
        }

        /**
         * Three borderless columns: the memo number; "তারিখ:"; the Bangla date above the Gregorian one,
         * centred on each other, the rule between them as the Bangla date's bottom border.
         */
        private void memoLine(MemoLine memo) {
            memoLine(memo, false);
        }

        /** @param keepWithNext the memo line stays on the page of what follows it (a copy list's) */
        private void memoLine(MemoLine memo, boolean keepWithNext) {
            int memoWidth = textWidth - DATE_LABEL_COLUMN - DATE_COLUMN;
            CTTbl table = table(new int[] {memoWidth, DATE_LABEL_COLUMN, DATE_COLUMN}, false, 0);
            CTRow row = row(table, false);
            keep(paragraph(cell(row, memoWidth, 1), "MemoLine", memo.memoText()), keepWithNext);
            CTTc label = cell(row, DATE_LABEL_COLUMN, 1);
            label.getTcPr().addNewTcMar().addNewRight().setW(BigInteger.valueOf(CELL_PAD));
            CTP labelText = paragraph(label, "MemoLine", MemoLine.DATE_LABEL.strip());
            align(labelText, Align.RIGHT, Align.LEFT);
            keep(labelText, keepWithNext);
            CTTc dates = cell(row, DATE_COLUMN, 1);
            List<String> lines = memo.dateLines();
            for (int i = 0; i < lines.size(); i++) {
                CTP date = paragraph(dates, "MemoLine", lines.get(i));
                align(date, Align.CENTER, Align.LEFT);
                keep(date, keepWithNext);
                if (i == 0) {
                    CTBorder rule = date.getPPr().addNewPBdr().addNewBottom();
                    rule.setVal(STBorder.SINGLE);
                    rule.setSz(RULE);
                    rule.setSpace(BigInteger.ZERO);
                    rule.setColor("auto");
                }
            }
            gap(GAP);
        }

        private void blocks(List<Block> blocks) {
            for (Block block : blocks) {
                switch (block) {
                    case Paragraph p -> align(paragraph("PaperText", p.text()), p.align(), Align.JUSTIFIED);
                    case Heading h -> align(paragraph("PaperHeading", h.text()), h.align(), Align.LEFT);
                    case NumberedList l -> list(l, HALF_GAP);
                    case Table t -> table(t);
                    case BarChart c -> chart(c);
                }
            }
        }

        /**
         * A bar chart as a Word chart (a drawing with its own small workbook, so it stays editable): horizontal bars in
         * the bar's order from the top, its title above as a heading, the axis to the chart's largest value.
         */
        private void chart(BarChart c) {
            align(paragraph("PaperHeading", c.title()), Align.LEFT, Align.LEFT);
            keep(last, true);
            int n = c.bars().size();
            String[] labels = new String[n];
            Double[] values = new Double[n];
            // Word draws a bar chart's first category at the bottom: reversed, so it reads top to bottom as the PDF
            for (int i = 0; i < n; i++) {
                BarChart.Bar bar = c.bars().get(n - 1 - i);
                fonts.check(bar.label());
                labels[i] = bar.label();
                values[i] = bar.value();
            }
            try {
                XWPFParagraph holder = docx.createParagraph();
                holder.getCTP().addNewPPr().addNewPStyle().setVal("PaperText");
                last = holder.getCTP();
                int emuPerTwip = 635;
                XWPFChart chart = docx.createChart(holder.createRun(), textWidth * emuPerTwip,
                        (int) ((Math.max(1, n) * 0.4 + 0.6) * 914_400));
                XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.LEFT);
                XDDFValueAxis axis = chart.createValueAxis(AxisPosition.BOTTOM);
                axis.setCrosses(AxisCrosses.AUTO_ZERO);
                axis.setMinimum(0);
                if (c.max() > 0) {
                    axis.setMaximum(c.max());
                }
                XDDFDataSource<String> names = XDDFDataSourcesFactory.fromArray(labels,
                        chart.formatRange(new CellRangeAddress(1, Math.max(1, n), 0, 0)), 0);
                XDDFNumericalDataSource<Double> numbers = XDDFDataSourcesFactory.fromArray(values,
                        chart.formatRange(new CellRangeAddress(1, Math.max(1, n), 1, 1)), 1);
                XDDFBarChartData data = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, axis);
                data.setBarDirection(BarDirection.BAR);
                data.setVaryColors(false);
                XDDFChartData.Series series = data.addSeries(names, numbers);
                series.setTitle(c.title(), chart.setSheetTitle(c.title(), 1));
                chart.plot(data);
            } catch (IOException | InvalidFormatException e) {
                throw new IllegalStateException("the chart could not be written: " + c.title(), e);
            }
            gap(HALF_GAP);
        }

        /**
         * The serial written out (not Word numbering, so that the text is exactly the model's), a tab,
         * the item hanging at the indent.
         */
        private void list(NumberedList list, int gapAfter) {
            int indent = serialIndent(list);
            for (int i = 0; i < list.items().size(); i++) {
                CTP p = paragraph("NumberedItem");
                CTPPr pPr = p.getPPr();
                CTTabStop tab = pPr.addNewTabs().addNewTab();
                tab.setVal(STTabJc.LEFT);
                tab.setPos(BigInteger.valueOf(indent));
                CTInd ind = pPr.addNewInd();
                ind.setLeft(BigInteger.valueOf(indent));
                ind.setHanging(BigInteger.valueOf(indent));
                CTR run = p.addNewR();
                text(run, list.serial(i));
                run.addNewTab();
                text(run, list.items().get(i));
            }
            if (gapAfter > 0 && !list.items().isEmpty()) {
                gap(gapAfter);
            }
        }

        private int serialIndent(NumberedList list) {
            int widest = 0;
            for (int i = 0; i < list.items().size(); i++) {
                int width = list.serial(i).codePoints().map(cp -> Character.isDigit(cp) ? SERIAL_DIGIT : SERIAL_OTHER).sum();
                widest = Math.max(widest, width);
            }
            return widest + SERIAL_GAP;
        }

        /** The right-hand column, lines centred, the name bold, kept together on one page. */
        private void signature(Signature signature) {
            List<String> lines = signature.lines();
            int indent = Math.round(textWidth * SIGNATURE_INDENT);
            for (int i = 0; i < lines.size(); i++) {
                CTP p = paragraph(i == 1 ? "SignatureName" : "SignatureLine", lines.get(i));
                p.getPPr().addNewInd().setLeft(BigInteger.valueOf(indent));
                if (i == 0) {
                    spacing(p).setBefore(BigInteger.valueOf(SIGNATURE_GAP));
                }
            }
            last.getPPr().addNewKeepNext().setVal(false);
            gap(GAP);
        }

        private void copyList(CopyList copies) {
            gap(GAP);
            memoLine(copies.memoLine(), true);
            CTP intro = paragraph("PaperText", copies.intro());
            spacing(intro).setAfter(BigInteger.ZERO);
            keep(intro, true); // the copy list's heading stays with its first entry (issue 19, point 13)
            list(copies.list(), 0);
        }

        // ---- tables

        /**
         * A real table: fixed column widths from the relative ones, header rows repeated on every
         * page, never split and kept with the first body row; body rows may break across pages,
         * rows joined by a cell spanning them are kept together; spans as gridSpan and vMerge.
         */
        private void table(Table t) {
            int[] grid = columnWidths(t.widths());
            CTTbl table = table(grid, t.ruled(), CELL_PAD);
            int columns = grid.length;
            Table.Cell[] spanningDown = new Table.Cell[columns];
            int[] coveredUntil = new int[columns];
            int lastRowOfGroup = -1;
            for (int r = 0; r < t.rows().size(); r++) {
                boolean header = r < t.headerRows();
                for (Table.Cell cell : t.rows().get(r).cells()) {
                    lastRowOfGroup = Math.max(lastRowOfGroup, r + cell.rowSpan() - 1);
                }
                boolean keepWithNext = lastRowOfGroup > r; // header rows keep with the next by their style
                String style = header ? "CellHeader" : "CellText";
                CTRow row = row(table, header);
                List<Table.Cell> cells = t.rows().get(r).cells();
                int next = 0;
                for (int c = 0; c < columns; ) {
                    if (coveredUntil[c] > r) {
                        Table.Cell above = spanningDown[c];
                        CTTc tc = cell(row, width(grid, c, above.span()), above.span());
                        tc.getTcPr().addNewVMerge();
                        keep(paragraph(tc, style, ""), keepWithNext);
                        c += above.span();
                        continue;
                    }
                    Table.Cell cell = cells.get(next++);
                    CTTc tc = cell(row, width(grid, c, cell.span()), cell.span());
                    if (cell.rowSpan() > 1) {
                        tc.getTcPr().addNewVMerge().setVal(STMerge.RESTART);
                        for (int k = c; k < c + cell.span(); k++) {
                            spanningDown[k] = cell;
                            coveredUntil[k] = r + cell.rowSpan();
                        }
                    }
                    for (String text : cell.paragraphs()) {
                        keep(paragraph(tc, style, text), keepWithNext);
                    }
                    c += cell.span();
                }
            }
            gap(HALF_GAP);
        }

        private int[] columnWidths(List<Float> relative) {
            double total = relative.stream().mapToDouble(Float::doubleValue).sum();
            int[] widths = new int[relative.size()];
            int used = 0;
            for (int c = 0; c < widths.length - 1; c++) {
                widths[c] = (int) Math.round(textWidth * relative.get(c) / total);
                used += widths[c];
            }
            widths[widths.length - 1] = textWidth - used;
            return widths;
        }

        private static int width(int[] grid, int from, int span) {
            int w = 0;
            for (int c = from; c < from + span; c++) {
                w += grid[c];
            }
            return w;
        }

        private CTTbl table(int[] grid, boolean ruled, int cellPad) {
            CTTbl table = body.addNewTbl();
            CTTblPr pr = table.addNewTblPr();
            width(pr.addNewTblW(), textWidth);
            CTTblBorders borders = pr.addNewTblBorders();
            for (CTBorder side : new CTBorder[] {borders.addNewTop(), borders.addNewLeft(), borders.addNewBottom(),
                    borders.addNewRight(), borders.addNewInsideH(), borders.addNewInsideV()}) {
                side.setVal(ruled ? STBorder.SINGLE : STBorder.NONE);
                if (ruled) {
                    side.setSz(RULE);
                    side.setSpace(BigInteger.ZERO);
                    side.setColor("auto");
                }
            }
            pr.addNewTblLayout().setType(STTblLayoutType.FIXED);
            CTTblCellMar margins = pr.addNewTblCellMar();
            for (CTTblWidth side : new CTTblWidth[] {margins.addNewTop(), margins.addNewLeft(), margins.addNewBottom(),
                    margins.addNewRight()}) {
                width(side, cellPad);
            }
            CTTblGrid tblGrid = table.addNewTblGrid();
            for (int w : grid) {
                tblGrid.addNewGridCol().setW(BigInteger.valueOf(w));
            }
            last = null;
            return table;
        }

        private static CTRow row(CTTbl table, boolean header) {
            CTRow row = table.addNewTr();
            CTTrPr pr = row.addNewTrPr();
            if (header) {
                pr.addNewCantSplit();
                pr.addNewTblHeader();
            }
            // body rows may break across pages (a row taller than a page must); widow control keeps two lines together
            return row;
        }

        private static CTTc cell(CTRow row, int width, int span) {
            CTTc cell = row.addNewTc();
            CTTcPr pr = cell.addNewTcPr();
            width(pr.addNewTcW(), width);
            if (span > 1) {
                pr.addNewGridSpan().setVal(BigInteger.valueOf(span));
            }
            return cell;
        }

        private static void width(CTTblWidth width, int twips) {
            width.setW(BigInteger.valueOf(twips));
            width.setType(STTblWidth.DXA);
        }

        /**
         * The PDF's vertical gap: more space after the last paragraph; after a table, which has no
         * space after, a paragraph of that height (which also keeps Word from joining two tables).
         */
        private void gap(int twips) {
            if (last == null) {
                CTP p = paragraph("Gap");
                if (twips != HALF_GAP) {
                    CTSpacing spacing = spacing(p);
                    spacing.setLine(BigInteger.valueOf(twips));
                    spacing.setLineRule(STLineSpacingRule.EXACT);
                }
            } else {
                CTSpacing spacing = spacing(last);
                BigInteger before = spacing.isSetAfter() ? new BigInteger(String.valueOf(spacing.getAfter())) : BigInteger.ZERO;
                spacing.setAfter(before.add(BigInteger.valueOf(twips)));
            }
        }

        // ---- paragraphs and text

        private CTP paragraph(String style) {
            CTP p = body.addNewP();
            p.addNewPPr().addNewPStyle().setVal(style);
            last = p;
            return p;
        }

        private CTP paragraph(String style, String text) {
            CTP p = paragraph(style);
            text(p, text);
            return p;
        }

        private CTP paragraph(CTTc cell, String style, String text) {
            CTP p = cell.addNewP();
            p.addNewPPr().addNewPStyle().setVal(style);
            text(p, text);
            return p;
        }

        private void text(CTP p, String text) {
            if (!text.isEmpty()) {
                text(p.addNewR(), text);
            }
        }

        private void text(CTR run, String text) {
            fonts.check(text);
            CTText t = run.addNewT();
            t.setStringValue(text);
            if (text.startsWith(" ") || text.endsWith(" ")) {
                try (XmlCursor cursor = t.newCursor()) {
                    cursor.toNextToken();
                    cursor.insertAttributeWithValue(new QName("http://www.w3.org/XML/1998/namespace", "space"), "preserve");
                }
            }
        }

        /** Alignment as direct formatting, only where it differs from the style's. */
        private static void align(CTP p, Align align, Align style) {
            if (align == style) {
                return;
            }
            STJc.Enum jc = switch (align) {
                case LEFT -> STJc.LEFT;
                case CENTER -> STJc.CENTER;
                case RIGHT -> STJc.RIGHT;
                case JUSTIFIED -> STJc.BOTH;
            };
            p.getPPr().addNewJc().setVal(jc);
        }

        private static void keep(CTP p, boolean withNext) {
            if (withNext) {
                p.getPPr().addNewKeepNext();
            }
        }

        private static CTSpacing spacing(CTP p) {
            CTPPr pPr = p.getPPr();
            return pPr.isSetSpacing() ? pPr.getSpacing() : pPr.addNewSpacing();
        }
    }
}
