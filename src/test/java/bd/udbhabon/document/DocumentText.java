package bd.udbhabon.document;

import bd.udbhabon.bangla.BanglaText;

import java.util.ArrayList;
import java.util.List;

/**
 * The text of a document in reading order, derived from the model, which every rendering must give
 * back: the PDF through poppler, the DOCX through POI, the HTML preview through the browser.
 * Compared after NFC with every run of whitespace as one space: line breaks are layout, not text.
 */
final class DocumentText {

    private DocumentText() {
    }

    static String words(String text) {
        return BanglaText.normalize(text).strip().replaceAll("\\s+", " ");
    }

    /**
     * Null if {@code actual} has the words of {@code expected}, in order, else a description of the
     * first difference with some context. A word the layout had to break across lines (too long for
     * its table column) may come back in pieces; everything else must be equal, spaces included:
     * two words run together or a changed character is a difference.
     */
    static String difference(String expected, String actual) {
        String[] want = words(expected).split(" ");
        String[] got = words(actual).split(" ");
        int g = 0;
        for (int w = 0; w < want.length; w++) {
            StringBuilder word = new StringBuilder(g < got.length ? got[g++] : "");
            while (!word.toString().equals(want[w]) && want[w].startsWith(word.toString()) && g < got.length
                    && !word.isEmpty()) {
                word.append(got[g++]);
            }
            if (!word.toString().equals(want[w])) {
                return "word " + (w + 1) + ": expected \"" + want[w] + "\" but got \"" + word + "\" after \""
                        + String.join(" ", java.util.Arrays.copyOfRange(want, Math.max(0, w - 8), w)) + "\"";
            }
        }
        return g == got.length ? null : "more text than expected: \""
                + String.join(" ", java.util.Arrays.copyOfRange(got, g, Math.min(got.length, g + 12))) + "\"";
    }

    /** The document's text in the order it is printed, as one line of words. */
    static String readingOrder(Document doc) {
        List<String> parts = new ArrayList<>();
        Letterhead head = doc.letterhead();
        parts.add(head.government());
        parts.addAll(head.officeLines());
        parts.add(head.website());
        if (doc.memoLine() != null && !doc.memoAfterSignature()) {
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
        if (doc.memoAfterSignature()) {
            memo(doc.memoLine(), parts);
        }
        if (doc.distribution() != null) {
            parts.add(doc.distribution().heading());
            list(doc.distribution().list(), parts);
        }
        if (doc.copyList() != null) {
            memo(doc.copyList().memoLine(), parts);
            parts.add(doc.copyList().intro());
            list(doc.copyList().list(), parts);
        }
        if (doc.closingSignature() != null) {
            parts.addAll(doc.closingSignature().lines());
        }
        for (Annex annex : doc.annexes()) {
            parts.add(annex.title());
            blocks(annex.blocks(), parts);
        }
        return words(String.join(" ", parts.stream().filter(p -> p != null && !p.isEmpty()).toList()));
    }

    /** The header rows of a table as one line of words, the text that repeats on every page. */
    static String header(Table table) {
        return words(String.join(" ", table.rows().subList(0, table.headerRows()).stream()
                .flatMap(r -> r.cells().stream()).map(Table.Cell::text).toList()));
    }

    /** The tables whose header rows repeat when they continue on a new page. */
    static List<Table> tablesWithHeaders(Document doc) {
        List<Block> blocks = new ArrayList<>(doc.body());
        doc.annexes().forEach(a -> blocks.addAll(a.blocks()));
        return blocks.stream().filter(b -> b instanceof Table t && t.headerRows() > 0).map(b -> (Table) b).toList();
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
                case Table t -> t.rows().forEach(r -> r.cells().forEach(c -> parts.addAll(c.paragraphs())));
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
