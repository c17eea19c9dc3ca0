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

    /**
     * As {@link #difference}, for the PDF, which continues a table row that does not fit the rest
     * of a page on the next one: there a row's cells come back in rounds, a piece of every cell in
     * column order on each page. Every cell's words must still come back whole and in order, and
     * nothing else may come in between. (A piece is taken as long as its words match, so two cells
     * of one row must not start with the same word; the seeds' rows do not.)
     */
    static String differenceWithSplitRows(Document doc, String actual) {
        String[] got = words(actual).split(" ");
        int g = 0;
        for (List<String[]> row : readingRows(doc)) {
            int[] at = new int[row.size()];
            boolean moved = true;
            while (moved) {
                moved = false;
                for (int c = 0; c < row.size(); c++) {
                    String[] want = row.get(c);
                    while (at[c] < want.length) {
                        int next = match(want[at[c]], got, g);
                        if (next < 0) {
                            break;
                        }
                        g = next;
                        at[c]++;
                        moved = true;
                    }
                }
            }
            for (int c = 0; c < row.size(); c++) {
                String[] want = row.get(c);
                if (at[c] < want.length) {
                    return "expected \"" + want[at[c]] + "\" (word " + (at[c] + 1) + " of \""
                           + String.join(" ", java.util.Arrays.copyOfRange(want, 0, Math.min(want.length, 8)))
                           + "…\") but got \"" + String.join(" ", java.util.Arrays.copyOfRange(got, g, Math.min(got.length, g + 8))) + "\"";
                }
            }
        }
        return g == got.length ? null : "more text than expected: \""
                + String.join(" ", java.util.Arrays.copyOfRange(got, g, Math.min(got.length, g + 12))) + "\"";
    }

    /** Where {@code want} ends if it starts at {@code got[g]}, pieces of a word broken across lines joined; else -1. */
    private static int match(String want, String[] got, int g) {
        if (g >= got.length) {
            return -1;
        }
        StringBuilder word = new StringBuilder(got[g++]);
        while (!word.toString().equals(want) && want.startsWith(word.toString()) && g < got.length && !word.isEmpty()) {
            word.append(got[g++]);
        }
        return word.toString().equals(want) ? g : -1;
    }

    /**
     * The reading order in rows: a table row is its cells' words, anything else a row of one cell
     * (the table's header rows too, as they come back the first time).
     */
    private static List<List<String[]>> readingRows(Document doc) {
        List<List<String[]>> rows = new ArrayList<>();
        List<String> text = new ArrayList<>();
        for (String part : parts(doc, true)) {
            if (part != null && part.startsWith(ROW)) {
                flush(text, rows);
                List<String[]> row = new ArrayList<>();
                for (String cell : part.substring(ROW.length()).split(CELL, -1)) {
                    String w = words(cell);
                    row.add(w.isEmpty() ? new String[0] : w.split(" "));
                }
                rows.add(row);
            } else {
                text.add(part);
            }
        }
        flush(text, rows);
        return rows;
    }

    private static void flush(List<String> text, List<List<String[]>> rows) {
        String w = words(String.join(" ", text.stream().filter(p -> p != null && !p.isEmpty()).toList()));
        if (!w.isEmpty()) {
            rows.add(List.<String[]>of(w.split(" ")));
        }
        text.clear();
    }

    private static final String ROW = "\u0001row:";
    private static final String CELL = "\u0002";

    /** The document's text in the order it is printed, as one line of words. */
    static String readingOrder(Document doc) {
        return words(String.join(" ", parts(doc, false).stream().filter(p -> p != null && !p.isEmpty()).toList()));
    }

    /** The pieces of text in print order; with {@code markRows}, each table body row one piece marked as such. */
    private static List<String> parts(Document doc, boolean markRows) {
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
        blocks(doc.body(), parts, markRows);
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
            blocks(annex.blocks(), parts, markRows);
        }
        return parts;
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

    private static void blocks(List<Block> blocks, List<String> parts, boolean markRows) {
        for (Block block : blocks) {
            switch (block) {
                case Paragraph p -> parts.add(p.text());
                case Heading h -> parts.add(h.text());
                case NumberedList l -> list(l, parts);
                case BarChart c -> {
                    parts.add(c.title());
                    c.bars().forEach(b -> {
                        parts.add(b.label());
                        parts.add(b.valueText());
                    });
                }
                case Table t -> {
                    for (int r = 0; r < t.rows().size(); r++) {
                        List<Table.Cell> cells = t.rows().get(r).cells();
                        if (markRows && r >= t.headerRows()) {
                            parts.add(ROW + String.join(CELL, cells.stream().map(c -> String.join(" ", c.paragraphs())).toList()));
                        } else {
                            cells.forEach(c -> parts.addAll(c.paragraphs()));
                        }
                    }
                }
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
