package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaDigits;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A table row taller than a page (standing item 2 of minutes listing every carried decision) is
 * split across pages, in the PDF and the DOCX; a tall row that does not fit the rest of a page
 * starts there instead of leaving the page half empty.
 */
class TallRowTest {

    private static final List<String> HEADER = List.of("ক্রঃ", "আলোচনার বিষয়", "আলোচনা", "সিদ্ধান্ত");

    /** "বাস্তবায়নাধীন-১ …": a numbered piece of text that poppler gives back as one word. */
    private static String marker(int i) {
        return "বাস্তবায়নাধীন-" + BanglaDigits.toBangla(i);
    }

    /** A row whose discussion cell lists {@code n} decisions, one paragraph each, between two short rows. */
    private static Document minutes(int before, int n) {
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i <= n; i++) {
            paragraphs.add(marker(i) + " জেলা পর্যায়ে উদ্যোগ;");
        }
        List<Table.Row> rows = new ArrayList<>();
        rows.add(Table.Row.of(HEADER));
        rows.add(Table.Row.of(List.of("১.", "গত সভার কার্যবিবরণী অনুমোদন", "কোনো সংশোধনী নেই।", "দৃঢ়ীকরণ করা হয়।")));
        rows.add(Table.Row.of(new Table.Cell("২."), new Table.Cell("পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার"),
                new Table.Cell(paragraphs, 1, 1), new Table.Cell("অবাস্তবায়িত সিদ্ধান্তসমূহ দ্রুত বাস্তবায়ন করতে হবে।")));
        rows.add(Table.Row.of(List.of("৩.", "শেষ-বিষয়", "আলোচনা হয়।", "সিদ্ধান্ত হয়।")));
        Document.Builder doc = Document.builder().letterhead("www.rajshahidiv.gov.bd", "বিভাগীয় কমিশনারের কার্যালয়", "রাজশাহী")
                .title("বিভাগীয় ইনোভেশন টিমের সভার কার্যবিবরণী");
        for (int i = 0; i < before; i++) {
            doc.paragraph("উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়। সভায় জানানো হয় যে, জনগণের দোরগোড়ায় ই-সেবা পৌঁছে দিতে হবে।");
        }
        return doc.table(new Table(List.of(1f, 2f, 8f, 3f), 1, rows)).build();
    }

    /** The text of each page, without spaces; the PDF is left in target/document-preview to look at. */
    private static List<String> pages(String name, byte[] pdf) {
        try {
            Files.write(Files.createDirectories(Path.of("target/document-preview")).resolve(name + ".pdf"), pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Stream.of(Tools.pdfText(pdf).split("\f")).map(p -> p.replaceAll("\\s+", "")).toList();
    }

    private static int pageOf(List<String> pages, String text) {
        return IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains(text)).findFirst().orElse(-1);
    }

    @Test
    void aRowTallerThanAPageContinuesOnTheNextPagesInOrderUnderTheHeader() {
        int n = 120;
        List<String> pages = pages("tall-row", Renderers.PDF.render(minutes(0, n)));
        String all = String.join("", pages);
        int at = -1;
        for (int i = 1; i <= n; i++) {
            // "-১" is also the start of "-১০": look for the marker with the word after it
            String m = marker(i) + "জেলা";
            assertThat(all).as("decision %d once", i).containsOnlyOnce(m);
            assertThat(all.indexOf(m)).as("decision %d after decision %d", i, i - 1).isGreaterThan(at);
            at = all.indexOf(m);
        }
        int first = pageOf(pages, marker(1) + "জেলা");
        int last = pageOf(pages, marker(n) + "জেলা");
        assertThat(last - first).as("the row runs over pages").isGreaterThanOrEqualTo(2);
        for (int p = first; p <= last; p++) {
            assertThat(pages.get(p)).as("header on page %d", p + 1).contains("আলোচনারবিষয়");
        }
        assertThat(pageOf(pages, "শেষ-বিষয়")).as("the next row follows the split one").isGreaterThanOrEqualTo(last);
        assertThat(pages.get(first)).as("the row starts right after row 1, on the same page")
                .contains("গতসভারকার্যবিবরণীঅনুমোদন");
    }

    @Test
    void aTallRowThatWouldLeaveMuchOfThePageEmptyStartsOnItAndKeepsTwoLinesTogether() {
        // a row of some 30 lines (about two thirds of a page) after a third of a page of text
        List<String> pages = pages("tall-row-after-text", Renderers.PDF.render(minutes(8, 30)));
        assertThat(pageOf(pages, marker(1) + "জেলা")).as("the row starts on page 1").isZero();
        assertThat(pageOf(pages, marker(30) + "জেলা")).as("and ends on page 2").isOne();
        assertThat(pageOf(pages, marker(2) + "জেলা")).as("not one lonely line at the foot").isZero();
        assertThat(pageOf(pages, marker(29) + "জেলা")).as("nor at the top of the next").isOne();
    }

    @Test
    void theDocxLetsTheTallRowBreakAndRepeatsTheHeader() {
        int n = 120;
        byte[] bytes = Docx.RENDERER.render(minutes(0, n));
        XWPFDocument docx = Docx.valid(bytes);
        XWPFTable table = docx.getTables().stream().filter(t -> t.getRows().size() == 4).findFirst().orElseThrow();
        assertThat(table.getRow(0).isRepeatHeader()).isTrue();
        XWPFTableRow tall = table.getRow(2);
        assertThat(tall.isCantSplitRow()).as("the tall row may break across pages").isFalse();
        String text = String.join(" ", tall.getCell(2).getParagraphs().stream().map(p -> p.getText()).toList());
        int at = -1;
        for (int i = 1; i <= n; i++) {
            String m = marker(i) + " জেলা";
            assertThat(text.indexOf(m)).as("decision %d in order", i).isGreaterThan(at);
            at = text.indexOf(m);
        }
    }
}
