package bd.udbhabon.document;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.util.regex.Pattern;
import java.util.stream.Stream;

import static bd.udbhabon.document.DocumentText.words;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copy/paste and search give the exact text: what poppler extracts from the PDF (it honours the
 * ActualText of our runs) is the document's text in reading order ({@link DocumentText}), for every
 * seed document; only a word too long for its table column may come back broken across lines. Header rows repeated on a continuation page and the page numbers are layout and
 * are taken out before comparing; that they are there is checked too.
 */
class TextExtractionTest {

    @TestFactory
    Stream<DynamicTest> everySeedDocumentComesBackExactly() {
        return SeedDocuments.golden().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(), () -> {
            Document doc = e.getValue();
            String extracted = words(withoutPageNumbers(Tools.pdfText(Renderers.PDF.render(doc))));
            assertThat(DocumentText.difference(DocumentText.readingOrder(doc), withoutRepeatedHeaders(doc, extracted)))
                    .as("the extracted text against the document's").isNull();
        }));
    }

    @Test
    void officeOrderKeepsItsMarks() {
        String extracted = Tools.pdfText(Renderers.PDF.render(SeedDocuments.officeOrder()));
        assertThat(extracted).contains("নম্বর: ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)", "কার্যপরিধি", "প্রজ্ঞাপন",
                "(জ্যেষ্ঠতার ক্রমানুসারে নয়)", "dcdinajpur@mopa.gov.bd", "পৃষ্ঠা ১ / ৩");
    }

    @Test
    void decisionTableHeaderRepeatsOnEveryPageItContinuesOn() {
        Document doc = SeedDocuments.minutes();
        String extracted = words(Tools.pdfText(Renderers.PDF.render(doc)));
        String header = DocumentText.header(DocumentText.tablesWithHeaders(doc).getFirst());
        assertThat(extracted.split(Pattern.quote(header), -1).length - 1).as("header on pages 1, 2 and 3").isEqualTo(3);
        assertThat(extracted).contains("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", "কার্যবিবরণী", "পৃষ্ঠা ৪ / ৪");
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
