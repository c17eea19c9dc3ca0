package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaText;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Copy/paste and search give the exact text: what poppler extracts from the PDF (it honours the
 * ActualText of our runs) is the document's text in reading order. Compared after NFC, with every
 * run of whitespace as one space: line breaks, and the wider gaps of justified lines, which
 * extractors turn into extra spaces, are layout, not text. Page numbers are left out.
 */
class TextExtractionTest {

    @Test
    void seedOfficeOrderComesBackExactly() {
        Document doc = SeedDocuments.officeOrder();
        String extracted = Tools.pdfText(Renderers.PDF.render(doc));

        assertThat(words(withoutPageNumbers(extracted))).isEqualTo(words(readingOrder(doc)));
        assertThat(extracted).contains("নম্বর: ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯/১(৭)", "কার্যপরিধি", "প্রজ্ঞাপন",
                "(জ্যেষ্ঠতার ক্রমানুসারে নয়)", "dcdinajpur@mopa.gov.bd", "পৃষ্ঠা ১ / ৩");
    }

    @Test
    void minutesWithTablesAndDistributionComeBackExactly() {
        Document doc = SeedDocuments.minutes();
        String extracted = words(withoutPageNumbers(Tools.pdfText(Renderers.PDF.render(doc))));
        Table decisions = (Table) doc.body().get(2);
        String header = words(String.join(" ", decisions.rows().subList(0, 2).stream()
                .flatMap(r -> r.cells().stream()).map(Table.Cell::text).toList()));

        int first = extracted.indexOf(header);
        String repeats = extracted.substring(first + header.length());
        assertThat(repeats.split(java.util.regex.Pattern.quote(header), -1).length - 1)
                .as("the header rows repeated on the pages the table continues on").isGreaterThanOrEqualTo(1);
        String withoutRepeats = extracted.substring(0, first + header.length()) + repeats.replace(" " + header, "");
        assertThat(withoutRepeats).isEqualTo(words(readingOrder(doc)));
        assertThat(extracted).contains("বিতরণ (জ্যেষ্ঠতার ক্রমানুসারে নয়):", "কার্যবিবরণী");
    }

    static String withoutPageNumbers(String text) {
        return text.replaceAll("পৃষ্ঠা [০-৯]+ / [০-৯]+", " ");
    }

    static String words(String text) {
        return BanglaText.normalize(text).strip().replaceAll("\\s+", " ");
    }

    /** The document's text in the order the layout draws it. */
    static String readingOrder(Document doc) {
        List<String> parts = new ArrayList<>();
        Letterhead head = doc.letterhead();
        parts.add(head.government());
        parts.addAll(head.officeLines());
        parts.add(head.website());
        if (doc.memoLine() != null) {
            memo(doc.memoLine(), parts);
        }
        parts.add(doc.title());
        if (doc.subject() != null) {
            parts.add("বিষয়: " + doc.subject());
        }
        blocks(doc.body(), parts);
        if (doc.signature() != null) {
            parts.addAll(doc.signature().lines());
        }
        if (doc.distribution() != null) {
            parts.add(doc.distribution().heading());
            list(doc.distribution().list(), parts);
        }
        if (doc.copyList() != null) {
            memo(doc.copyList().memoLine(), parts);
            parts.add(doc.copyList().intro());
            list(doc.copyList().list(), parts);
            parts.addAll(doc.signature().lines());
        }
        for (Annex annex : doc.annexes()) {
            parts.add(annex.title());
            blocks(annex.blocks(), parts);
        }
        return String.join(" ", parts.stream().filter(p -> p != null).toList());
    }

    private static void memo(MemoLine memo, List<String> parts) {
        parts.add(memo.memoText());
        parts.add(MemoLine.DATE_LABEL);
        parts.addAll(memo.dateLines());
    }

    private static void blocks(List<Block> blocks, List<String> parts) {
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> parts.add(p.text());
                case Heading h -> parts.add(h.text());
                case NumberedList l -> list(l, parts);
                case Table t -> t.rows().forEach(r -> r.cells().forEach(c -> parts.add(c.text())));
            }
        }
    }

    private static void list(NumberedList list, List<String> parts) {
        for (int i = 0; i < list.items().size(); i++) {
            parts.add(list.serial(i));
            parts.add(list.items().get(i));
        }
    }
}
