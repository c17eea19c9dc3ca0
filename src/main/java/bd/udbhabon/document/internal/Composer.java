package bd.udbhabon.document.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.document.Align;
import bd.udbhabon.document.Annex;
import bd.udbhabon.document.BarChart;
import bd.udbhabon.document.Block;
import bd.udbhabon.document.CopyList;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Heading;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.MemoLine;
import bd.udbhabon.document.NumberedList;
import bd.udbhabon.document.Orientation;
import bd.udbhabon.document.Paragraph;
import bd.udbhabon.document.Signature;
import bd.udbhabon.document.Table;
import bd.udbhabon.document.internal.LineBreaker.Line;
import bd.udbhabon.document.internal.LineBreaker.Word;
import bd.udbhabon.document.internal.Shaper.Run;

import java.util.ArrayList;
import java.util.List;

/**
 * Lays a {@link Document} out on A4 pages, top to bottom, in the order and style of a Bangladesh
 * government letter. All positions come from shaped widths ({@link Shaper}). One per rendering.
 */
final class Composer {

    static final float A4_SHORT = 595.28f;
    static final float A4_LONG = 841.89f;

    private static final float BODY = 11.5f;
    private static final float SMALL = 10.5f;
    private static final float TITLE = 13f;
    /** Bengali needs room above for reph and ি-kar, below for u-kar and ra-phala. */
    private static final float LEADING = 1.6f;
    private static final float ASCENT = 1.15f;
    private static final float MARGIN_LEFT = 62f;
    private static final float MARGIN_RIGHT = 50f;
    private static final float MARGIN_TOP = 45f;
    private static final float MARGIN_BOTTOM = 55f;
    private static final float FOOTER_BASELINE = 30f;
    private static final float CELL_PAD = 4f;

    private final Shaper shaper;
    private final LineBreaker breaker;
    final float pageWidth;
    final float pageHeight;
    private final float left;
    private final float right;
    private final float bottom;

    private final List<Page> pages = new ArrayList<>();
    private Page page;
    private float y;

    Composer(Shaper shaper, Orientation orientation) {
        this.shaper = shaper;
        this.breaker = new LineBreaker(shaper);
        boolean portrait = orientation == Orientation.PORTRAIT;
        pageWidth = portrait ? A4_SHORT : A4_LONG;
        pageHeight = portrait ? A4_LONG : A4_SHORT;
        left = MARGIN_LEFT;
        right = pageWidth - MARGIN_RIGHT;
        bottom = pageHeight - MARGIN_BOTTOM;
    }

    List<Page> compose(Document doc) {
        newPage();
        letterhead(doc.letterhead());
        if (doc.memoLine() != null && !doc.memoAfterSignature()) {
            memoLine(doc.memoLine());
        }
        if (doc.title() != null) {
            text(doc.title(), true, TITLE, Align.CENTER, left, width());
            gap(0.5f);
        }
        if (doc.subject() != null) {
            text("বিষয়: " + doc.subject(), true, BODY, Align.JUSTIFIED, left, width());
            gap(0.5f);
        }
        blocks(doc.body());
        if (doc.signature() != null) {
            signature(doc.signature());
        }
        if (doc.memoAfterSignature()) {
            memoLine(doc.memoLine());
        }
        if (doc.distribution() != null) {
            ensure(2 * lineHeight(BODY));
            text(doc.distribution().heading(), true, BODY, Align.LEFT, left, width());
            list(doc.distribution().list());
        }
        if (doc.copyList() != null) {
            copyList(doc.copyList());
        }
        if (doc.closingSignature() != null) {
            signature(doc.closingSignature());
        }
        for (Annex annex : doc.annexes()) {
            newPage();
            text(annex.title(), true, TITLE, Align.CENTER, left, width());
            gap(0.5f);
            blocks(annex.blocks());
        }
        pageNumbers();
        return pages;
    }

    private void letterhead(Letterhead head) {
        text(head.government(), true, BODY + 0.5f, Align.CENTER, left, width());
        for (String line : head.officeLines()) {
            text(line, false, BODY, Align.CENTER, left, width());
        }
        if (head.website() != null) {
            text(head.website(), false, SMALL, Align.CENTER, left, width());
        }
        gap(1);
    }

    /** Memo number on the left; on the right "তারিখ:" and the two date lines centred on each other. */
    private void memoLine(MemoLine memo) {
        float lh = lineHeight(BODY);
        ensure(2 * lh);
        List<String> dates = memo.dateLines();
        List<List<Run>> dateRuns = dates.stream().map(d -> shaper.runs(d, false, BODY)).toList();
        float dateWidth = (float) dateRuns.stream().mapToDouble(Composer::width).max().orElse(0);
        List<Run> label = shaper.runs(MemoLine.DATE_LABEL.strip(), false, BODY);
        float dateLeft = right - dateWidth;
        float labelX = dateLeft - width(label) - shaper.width(label.getLast().font(), BODY, " ");
        float memoWidth = labelX - left - 10;
        List<Line> memoLines = breaker.lines(memo.memoText(), false, BODY, memoWidth);
        float top = y;
        for (int i = 0; i < memoLines.size(); i++) {
            y = top + i * lh;
            place(memoLines.get(i), left, memoWidth, Align.LEFT, true);
        }
        placeRuns(label, labelX, top);
        for (int i = 0; i < dateRuns.size(); i++) {
            List<Run> runs = dateRuns.get(i);
            placeRuns(runs, dateLeft + (dateWidth - width(runs)) / 2, top + i * lh);
        }
        page.rule(dateLeft, top + lh + 0.5f, right, top + lh + 0.5f);
        y = top + Math.max(memoLines.size(), dates.size()) * lh;
        gap(1);
    }

    private void blocks(List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block instanceof Heading h && i + 1 < blocks.size()) {
                // a heading is kept with the first lines of what follows, never alone at a page's foot
                ensure((breaker.lines(h.text(), true, BODY, width()).size() + 2) * lineHeight(BODY));
            }
            switch (block) {
                case Paragraph p -> text(p.text(), false, BODY, p.align(), left, width());
                case Heading h -> text(h.text(), true, BODY, h.align(), left, width());
                case NumberedList l -> list(l);
                case Table t -> new TableLayout(t).lay();
                case BarChart c -> chart(c);
            }
            gap(0.5f);
        }
    }

    /**
     * A bar chart as the pages draw it ({@code SvgBarChart}): the title in bold, then per bar its label on a line, the
     * bar as a filled rectangle scaled to the largest value the axis reaches, its value after it. A bar is kept with its
     * label; the title with the first bar.
     */
    private void chart(BarChart chart) {
        float lh = lineHeight(BODY);
        float barHeight = BODY * 0.9f;
        float row = lh + barHeight + 4;
        ensure(lineHeight(BODY) + row);
        text(chart.title(), true, BODY, Align.LEFT, left, width());
        float valueRoom = 90;
        float chartWidth = Math.min(width(), 420) - valueRoom;
        double scale = chart.max() > 0 ? chartWidth / chart.max() : 0;
        for (BarChart.Bar bar : chart.bars()) {
            ensure(row);
            text(bar.label(), false, SMALL, Align.LEFT, left, width());
            float length = (float) Math.min(chartWidth, bar.value() * scale);
            if (length > 0) {
                page.fill(left, y, length, barHeight);
            }
            List<Run> value = shaper.runs(bar.valueText(), false, SMALL);
            placeRuns(value, left + length + 6, y + (barHeight - SMALL * LEADING) / 2 + 1);
            y += barHeight + 4;
        }
    }

    /** Serials in a column of their own, each item's text hanging after it, justified. */
    private void list(NumberedList list) {
        float serialWidth = 0;
        for (int i = 0; i < list.items().size(); i++) {
            serialWidth = Math.max(serialWidth, width(shaper.runs(list.serial(i), false, BODY)));
        }
        float indent = serialWidth + 6;
        for (int i = 0; i < list.items().size(); i++) {
            ensure(lineHeight(BODY));
            placeRuns(shaper.runs(list.serial(i), false, BODY), left, y);
            text(list.items().get(i), false, BODY, Align.JUSTIFIED, left + indent, width() - indent);
        }
    }

    /** Right-hand column, lines centred, kept together on one page, room above to sign. */
    private void signature(Signature signature) {
        List<String> lines = signature.lines();
        float lh = lineHeight(BODY);
        gap(2.5f);
        ensure(lines.size() * lh);
        float column = width() * 0.42f;
        for (int i = 0; i < lines.size(); i++) {
            text(lines.get(i), i == 1, BODY, Align.CENTER, right - column, column);
        }
        gap(1);
    }

    private void copyList(CopyList copies) {
        gap(1);
        // the memo line, "… অনুলিপি প্রেরণ করা হইল:" and the first entry start on one page, so the
        // copy list's heading is never left alone at a page's foot (issue 19, point 13)
        float lh = lineHeight(BODY);
        int introLines = breaker.lines(copies.intro(), false, BODY, width()).size();
        ensure((Math.max(2, copies.memoLine().dateLines().size()) + 0.5f + introLines + (copies.list().items().isEmpty() ? 0 : 1)) * lh);
        memoLine(copies.memoLine());
        text(copies.intro(), false, BODY, Align.JUSTIFIED, left, width());
        list(copies.list());
    }

    /** "পৃষ্ঠা ১ / ৩" centred at the foot of every page, when there is more than one. */
    private void pageNumbers() {
        if (pages.size() < 2) {
            return;
        }
        String total = BanglaDigits.toBangla(pages.size());
        for (int i = 0; i < pages.size(); i++) {
            page = pages.get(i);
            List<Run> runs = shaper.runs("পৃষ্ঠা " + BanglaDigits.toBangla(i + 1) + " / " + total, false, SMALL);
            placeRuns(runs, (pageWidth - width(runs)) / 2, pageHeight - FOOTER_BASELINE);
        }
    }

    // ---- text placement

    /** Wraps and places text, starting new pages as needed. */
    private void text(String text, boolean bold, float size, Align align, float x, float width) {
        float lh = lineHeight(size);
        List<Line> lines = breaker.lines(text, bold, size, width);
        for (int i = 0; i < lines.size(); i++) {
            ensure(lh);
            place(lines.get(i), x, width, align, i == lines.size() - 1);
            y += lh;
        }
    }

    /** One line at the current y: aligned on shaped widths; justified lines spread the spaces. */
    private void place(Line line, float x, float width, Align align, boolean last) {
        float slack = width - line.width();
        float start = switch (align) {
            case CENTER -> x + slack / 2;
            case RIGHT -> x + slack;
            case LEFT, JUSTIFIED -> x;
        };
        long gaps = line.words().stream().limit(line.words().size() - 1).filter(w -> w.spaceAfter() > 0).count();
        float extra = align == Align.JUSTIFIED && !last && gaps > 0 && slack > 0 ? slack / gaps : 0;
        float baseline = y + ascent(line);
        float cx = start;
        for (int w = 0; w < line.words().size(); w++) {
            Word word = line.words().get(w);
            boolean spaced = w < line.words().size() - 1 && word.spaceAfter() > 0;
            for (int r = 0; r < word.runs().size(); r++) {
                Run run = word.runs().get(r);
                if (spaced && r == word.runs().size() - 1) {
                    // the space is drawn as a glyph so that copied text has it
                    run = new Run(run.font(), run.size(), run.text() + " ", run.width() + word.spaceAfter());
                }
                page.text(cx, baseline, run);
                cx += run.width();
            }
            if (spaced) {
                cx += extra;
            }
        }
    }

    private void placeRuns(List<Run> runs, float x, float top) {
        float cx = x;
        for (Run run : runs) {
            page.text(cx, top + ASCENT * run.size(), run);
            cx += run.width();
        }
    }

    private static float ascent(Line line) {
        return ASCENT * line.words().getFirst().runs().getFirst().size();
    }

    // ---- page flow

    private void ensure(float height) {
        if (y + height > bottom) {
            newPage();
        }
    }

    private void newPage() {
        page = new Page();
        pages.add(page);
        y = MARGIN_TOP;
    }

    private void gap(float lines) {
        y += lines * lineHeight(BODY) * 0.5f;
    }

    private float width() {
        return right - left;
    }

    private static float lineHeight(float size) {
        return size * LEADING;
    }

    private static float width(List<Run> runs) {
        float w = 0;
        for (Run r : runs) {
            w += r.width();
        }
        return w;
    }

    /**
     * A table: the header rows repeat on every page and are never left alone at the foot of a
     * page; rows joined by a cell spanning them stay on one page together. A row of its own that
     * does not fit the rest of the page moves to the next one when it fits there and leaves at most
     * a quarter of the page empty (the seeds print so); otherwise it is split line by line across
     * pages, at least {@link #KEEP} lines on each side.
     */
    private final class TableLayout {
        /** Lines of a split row kept together at the foot of a page and at the top of the next. */
        private static final int KEEP = 2;
        private final Table table;
        private final float[] columnX;
        private final float size = BODY - 0.5f;
        private final float lineHeight = lineHeight(size);

        TableLayout(Table table) {
            this.table = table;
            float total = (float) table.widths().stream().mapToDouble(Float::doubleValue).sum();
            columnX = new float[table.columns() + 1];
            columnX[0] = left;
            for (int c = 0; c < table.columns(); c++) {
                columnX[c + 1] = columnX[c] + width() * table.widths().get(c) / total;
            }
        }

        /** A cell laid out: its box from {@code row} to {@code lastRow}, its wrapped lines. */
        private record Cell(int row, int lastRow, float x, float width, List<Line> lines) {
        }

        void lay() {
            int n = table.rows().size();
            int[][] columns = table.cellColumns();
            List<List<Cell>> cells = new ArrayList<>(n);
            float[] heights = new float[n];
            for (int r = 0; r < n; r++) {
                List<Cell> row = new ArrayList<>();
                List<Table.Cell> source = table.rows().get(r).cells();
                for (int i = 0; i < source.size(); i++) {
                    Table.Cell cell = source.get(i);
                    float x = columnX[columns[r][i]];
                    float w = columnX[columns[r][i] + cell.span()] - x;
                    List<Line> lines = new ArrayList<>();
                    for (String paragraph : cell.paragraphs()) {
                        lines.addAll(breaker.lines(paragraph, r < table.headerRows(), size, w - 2 * CELL_PAD));
                    }
                    row.add(new Cell(r, r + cell.rowSpan() - 1, x, w, lines));
                    if (cell.rowSpan() == 1) {
                        heights[r] = Math.max(heights[r], needed(lines));
                    }
                }
                heights[r] = Math.max(heights[r], lineHeight + 2 * CELL_PAD);
                cells.add(row);
            }
            // a cell spanning rows that does not fit in them makes its last row taller
            int[] groupEnd = new int[n];
            for (int r = 0; r < n; r++) {
                groupEnd[r] = r;
            }
            for (List<Cell> row : cells) {
                for (Cell cell : row) {
                    float have = 0;
                    for (int k = cell.row(); k <= cell.lastRow(); k++) {
                        have += heights[k];
                    }
                    heights[cell.lastRow()] += Math.max(0, needed(cell.lines()) - have);
                    groupEnd[cell.row()] = Math.max(groupEnd[cell.row()], cell.lastRow());
                }
            }
            int headerRows = table.headerRows();
            float headerHeight = sum(heights, 0, headerRows);
            float pageRoom = bottom - MARGIN_TOP;
            boolean first = true;
            for (int r = headerRows; r < n; ) {
                int end = r;
                for (int k = r; k <= end; k++) {
                    end = Math.max(end, groupEnd[k]);
                }
                float groupHeight = sum(heights, r, end + 1);
                boolean fitsOnAPage = headerHeight + groupHeight <= pageRoom;
                float room = bottom - y - (first ? headerHeight : 0);
                if (end == r && groupHeight > room && (!fitsOnAPage || room > pageRoom / 4)) {
                    split(cells, r, heights, first);
                    first = false;
                    r++;
                    continue;
                }
                if (!fitsOnAPage) {
                    splitGroup(cells, heights, r, end, first);
                    first = false;
                    r = end + 1;
                    continue;
                }
                if (first || y + groupHeight > bottom) {
                    if (y + headerHeight + groupHeight > bottom) {
                        newPage();
                    }
                    draw(cells, heights, 0, headerRows);
                    first = false;
                }
                draw(cells, heights, r, end + 1);
                r = end + 1;
            }
            if (first) {
                ensure(headerHeight);
                draw(cells, heights, 0, headerRows);
            }
        }

        /**
         * A row of its own across pages: its cells' lines side by side, as many as the page has
         * room for, each piece boxed; the rest on the next page under the header again.
         */
        private void split(List<List<Cell>> cells, int r, float[] heights, boolean first) {
            List<Cell> row = cells.get(r);
            int headerRows = table.headerRows();
            int total = 0;
            for (Cell cell : row) {
                total = Math.max(total, cell.lines().size());
            }
            boolean fresh = false;
            if (first) {
                if (fitting(bottom - y - sum(heights, 0, headerRows)) < KEEP) {
                    newPage();
                    fresh = true;
                }
                draw(cells, heights, 0, headerRows);
            }
            int from = 0;
            while (from < total) {
                int rest = total - from;
                int count = Math.min(fitting(bottom - y), rest);
                if (count < rest && rest - count < KEEP) {
                    count = rest - KEEP; // not one lonely line at the top of the next page
                }
                if (count < Math.min(KEEP, rest)) {
                    if (fresh) {
                        throw new IllegalArgumentException("the table's header leaves no room on a page for row " + (r + 1));
                    }
                    newPage();
                    draw(cells, heights, 0, headerRows);
                    fresh = true;
                    continue;
                }
                slice(row, from, count);
                from += count;
                if (from < total) {
                    newPage();
                    draw(cells, heights, 0, headerRows);
                    fresh = true;
                }
            }
        }

        /**
         * Rows joined by cells spanning them, together taller than a page (an annual plan's objective
         * over many indicators, issue 14): broken between rows, under the header again on each page. A
         * spanning cell is boxed on every page it reaches, its lines as far as its rows there have room,
         * the rest carried on under it on the next page (its last piece is made tall enough for them).
         * A single row taller than a page is refused.
         */
        private void splitGroup(List<List<Cell>> cells, float[] heights, int r, int end, boolean first) {
            int headerRows = table.headerRows();
            float headerHeight = sum(heights, 0, headerRows);
            if (first || y + heights[r] > bottom) {
                if (!first || y + headerHeight + heights[r] > bottom) {
                    newPage();
                }
                draw(cells, heights, 0, headerRows);
            }
            java.util.Map<Cell, Integer> shown = new java.util.HashMap<>();
            int from = r;
            float top = y;
            for (int k = r; k <= end; k++) {
                carried(cells, heights, r, from, k, shown);
                if (k > from && top + sum(heights, from, k + 1) > bottom) {
                    piece(cells, heights, r, from, k - 1, shown);
                    newPage();
                    draw(cells, heights, 0, headerRows);
                    from = k;
                    top = y;
                    carried(cells, heights, r, from, k, shown);
                }
                if (top + sum(heights, from, k + 1) > bottom) {
                    throw new IllegalArgumentException("table row " + (k + 1) + ", joined to others by a cell spanning them, "
                            + "is taller than a page; split its text");
                }
            }
            piece(cells, heights, r, from, end, shown);
        }

        /** Makes row {@code k} tall enough for what is left of the cells continued from an earlier page that end in it. */
        private void carried(List<List<Cell>> cells, float[] heights, int r, int from, int k, java.util.Map<Cell, Integer> shown) {
            for (int s = r; s < from; s++) {
                for (Cell cell : cells.get(s)) {
                    if (cell.lastRow() == k) {
                        int left = cell.lines().size() - shown.getOrDefault(cell, 0);
                        float need = Math.max(1, left) * lineHeight + 2 * CELL_PAD;
                        heights[k] += Math.max(0, need - sum(heights, from, k + 1));
                    }
                }
            }
        }

        /**
         * Rows {@code from} to {@code to} (inclusive) of a group starting at {@code r}, at the current y: the cells
         * continued from the page before first, then each row's cells; a cell reaching beyond {@code to} shows the
         * lines its box here has room for.
         */
        private void piece(List<List<Cell>> cells, float[] heights, int r, int from, int to, java.util.Map<Cell, Integer> shown) {
            float top = y;
            for (int s = r; s <= to; s++) {
                for (Cell cell : cells.get(s)) {
                    if (s < from && cell.lastRow() < from) {
                        continue; // finished on an earlier page
                    }
                    int first = Math.max(s, from);
                    int last = Math.min(cell.lastRow(), to);
                    float boxTop = top + sum(heights, from, first);
                    float height = sum(heights, first, last + 1);
                    int start = shown.getOrDefault(cell, 0);
                    int count = cell.lastRow() <= to ? cell.lines().size() - start
                            : Math.min(cell.lines().size() - start, fitting(height));
                    y = boxTop + CELL_PAD;
                    for (int i = start; i < start + count; i++) {
                        place(cell.lines().get(i), cell.x() + CELL_PAD, cell.width() - 2 * CELL_PAD, Align.LEFT,
                                i == cell.lines().size() - 1);
                        y += lineHeight;
                    }
                    shown.put(cell, start + count);
                    if (table.ruled()) {
                        page.box(cell.x(), boxTop, cell.x() + cell.width(), boxTop + height);
                    }
                }
            }
            y = top + sum(heights, from, to + 1);
        }

        /** How many lines of a row fit in {@code room}, cell padding included. */
        private int fitting(float room) {
            return Math.max(0, (int) Math.floor((room - 2 * CELL_PAD) / lineHeight + 1e-3));
        }

        /** Lines {@code from} until {@code from + count} of every cell of a row, boxed at the current y. */
        private void slice(List<Cell> row, int from, int count) {
            float top = y;
            float height = count * lineHeight + 2 * CELL_PAD;
            for (Cell cell : row) {
                y = top + CELL_PAD;
                int to = Math.min(cell.lines().size(), from + count);
                for (int i = from; i < to; i++) {
                    place(cell.lines().get(i), cell.x() + CELL_PAD, cell.width() - 2 * CELL_PAD, Align.LEFT,
                            i == cell.lines().size() - 1);
                    y += lineHeight;
                }
                if (table.ruled()) {
                    page.box(cell.x(), top, cell.x() + cell.width(), top + height);
                }
            }
            y = top + height;
        }

        private float needed(List<Line> lines) {
            return Math.max(1, lines.size()) * lineHeight + 2 * CELL_PAD;
        }

        private static float sum(float[] heights, int from, int to) {
            float h = 0;
            for (int k = from; k < to; k++) {
                h += heights[k];
            }
            return h;
        }

        /** Draws rows {@code from} until {@code to} at the current y, each cell boxed when ruled. */
        private void draw(List<List<Cell>> cells, float[] heights, int from, int to) {
            float top = y;
            for (int r = from; r < to; r++) {
                boolean header = r < table.headerRows();
                for (Cell cell : cells.get(r)) {
                    float height = sum(heights, r, cell.lastRow() + 1);
                    y = top + CELL_PAD;
                    for (int i = 0; i < cell.lines().size(); i++) {
                        place(cell.lines().get(i), cell.x() + CELL_PAD, cell.width() - 2 * CELL_PAD,
                                header ? Align.CENTER : Align.LEFT, i == cell.lines().size() - 1);
                        y += lineHeight;
                    }
                    if (table.ruled()) {
                        page.box(cell.x(), top, cell.x() + cell.width(), top + height);
                    }
                }
                top += heights[r];
            }
            y = top;
        }
    }
}
