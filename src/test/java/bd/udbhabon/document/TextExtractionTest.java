package bd.udbhabon.document;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import bd.udbhabon.bangla.BanglaDigits;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static bd.udbhabon.document.DocumentText.words;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copy/paste and search give the exact text: what poppler extracts from the PDF (it honours the
 * ActualText of our runs) is the document's text in reading order ({@link DocumentText}), for every
 * seed document; only a word too long for its table column may come back broken across lines, and a row
 * continued on the next page comes back a piece of every cell per page. Header rows repeated on a continuation page and the page numbers are layout and
 * are taken out before comparing; that they are there is checked too.
 */
class TextExtractionTest {

    @TestFactory
    Stream<DynamicTest> everySeedDocumentComesBackExactly() {
        return SeedDocuments.golden().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Document doc = e.getValue();
            String extracted = words(withoutPageNumbers(Tools.pdfText(Renderers.PDF.render(doc))));
            assertThat(DocumentText.differenceWithSplitRows(doc, withoutRepeatedHeaders(doc, extracted)))
                    .as("the extracted text against the document's").isNull();
        }));
    }

    @Test
    void officeOrderKeepsItsMarks() {
        String extracted = Tools.pdfText(Renderers.PDF.render(SeedDocuments.officeOrder()));
        assertThat(extracted).contains("নম্বর: ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)", "কার্যপরিধি", "প্রজ্ঞাপন",
                "(জ্যেষ্ঠতার ক্রমানুসারে নয়)", "dcdinajpur@mopa.gov.bd", "পৃষ্ঠা ১ / ৩");
    }

    /** Seed 003's chair signs with phone, fax and e-mail, in that order, in the PDF and the DOCX (issue 18, point 6). */
    @Test
    void theSignatureCarriesTheFaxBetweenPhoneAndEmail() {
        Document doc = SeedDocuments.minutes();
        String pdf = Tools.pdfText(Renderers.PDF.render(doc));
        assertThat(pdf).containsSubsequence("ফোন: ০২৫৮৮৮৫৭২৩৩", "ফ্যাক্স: ০২৫৮৮৮৫৭৫২৯", "divcomrajshahi@mopa.gov.bd");
        assertThat(String.join("\n", Docx.paragraphs(Docx.open(Docx.RENDERER.render(doc)))))
                .containsSubsequence("ফোন: ০২৫৮৮৮৫৭২৩৩", "ফ্যাক্স: ০২৫৮৮৮৫৭৫২৯", "ইমেইল: divcomrajshahi@mopa.gov.bd");
        assertThat(Tools.pdfText(Renderers.PDF.render(SeedDocuments.officeOrder()))).as("no fax, no line").doesNotContain("ফ্যাক্স");
    }

    @Test
    void decisionTableHeaderRepeatsOnEveryPageItContinuesOn() {
        Document doc = SeedDocuments.minutes();
        Table table = DocumentText.tablesWithHeaders(doc).getFirst();
        String header = DocumentText.header(table);
        // the end of the last row's longest cell: the table's last page, the row may be split
        String longest = table.rows().getLast().cells().stream().map(c -> words(c.text()))
                .max(java.util.Comparator.comparingInt(String::length)).orElseThrow();
        String lastDecision = longest.substring(longest.length() - 20);
        List<String> pages = Stream.of(Tools.pdfText(Renderers.PDF.render(doc)).split("\f")).map(DocumentText::words).toList();
        int first = IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains(header)).findFirst().orElseThrow();
        int last = IntStream.range(0, pages.size()).filter(i -> pages.get(i).contains(lastDecision)).findFirst().orElseThrow();
        assertThat(last).as("the table continues over pages").isGreaterThan(first);
        for (int i = 0; i < pages.size(); i++) {
            int headers = pages.get(i).split(Pattern.quote(header), -1).length - 1;
            assertThat(headers).as("header rows on page %d", i + 1).isEqualTo(i >= first && i <= last ? 1 : 0);
        }
        assertThat(String.join(" ", pages)).contains("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", "কার্যবিবরণী",
                "পৃষ্ঠা " + BanglaDigits.toBangla(pages.size()) + " / " + BanglaDigits.toBangla(pages.size()));
    }

    static String withoutPageNumbers(String text) {
        return text.replaceAll("পৃষ্ঠা [০-৯]+ / [০-৯]+", " ");
    }

    /** Keeps the first occurrence of each table's header and removes the repeats. */
    static String withoutRepeatedHeaders(Document doc, String text) {
        String result = text;
        for (Table table : DocumentText.tablesWithHeaders(doc)) {
            String header = DocumentText.header(table);
            int first = result.indexOf(header);
            if (first >= 0) {
                int end = first + header.length();
                result = result.substring(0, end) + result.substring(end).replace(" " + header, "");
            }
        }
        return result;
    }
}
