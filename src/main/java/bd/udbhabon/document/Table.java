package bd.udbhabon.document;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table. The first {@code headerRows} rows are the header: bold, centred, and repeated at the
 * top of every page the table continues on. A cell may span columns ({@code span}) and rows
 * ({@code rowSpan}); every row, counting the cells reaching down into it from above, covers all
 * columns exactly once. Cell text wraps within the cell; a cell may hold several paragraphs
 * (seed 003: "১। জেলা প্রশাসক …" and "২। বিভাগীয় …" in one implementing-authority cell).
 *
 * <p>A {@code ruled} table has lines around every cell (minutes, member lists); an unruled one is a
 * layout of label and value (the meeting details "সভাপতি … স্থান … উপস্থিতি" at the top of
 * minutes).
 *
 * @param widths relative column widths (e.g. 1, 6, 3), scaled to the text width
 */
public record Table(List<Float> widths, int headerRows, List<Row> rows, boolean ruled) implements Block {

    public Table {
        widths = List.copyOf(widths);
        rows = List.copyOf(rows);
        if (widths.isEmpty() || widths.stream().anyMatch(w -> !(w > 0))) {
            throw new IllegalArgumentException("a table needs at least one column, every width positive: " + widths);
        }
        if (headerRows < 0 || headerRows > rows.size()) {
            throw new IllegalArgumentException("header rows " + headerRows + " out of 0.." + rows.size());
        }
        checkGrid(widths.size(), headerRows, rows);
    }

    public Table(List<Float> widths, int headerRows, List<Row> rows) {
        this(widths, headerRows, rows, true);
    }

    /** A ruled table with one header row and simple cells, from plain strings. */
    public static Table of(float[] widths, List<List<String>> headerAndRows) {
        List<Row> rows = headerAndRows.stream().map(Row::of).toList();
        return new Table(boxed(widths), rows.isEmpty() ? 0 : 1, rows, true);
    }

    /** An unruled two-or-more-column layout without header, e.g. the meeting details. */
    public static Table unruled(float[] widths, List<List<String>> rows) {
        return new Table(boxed(widths), 0, rows.stream().map(Row::of).toList(), false);
    }

    private static List<Float> boxed(float[] widths) {
        Float[] boxed = new Float[widths.length];
        for (int i = 0; i < widths.length; i++) {
            boxed[i] = widths[i];
        }
        return Arrays.asList(boxed);
    }

    public int columns() {
        return widths.size();
    }

    /**
     * Where each cell sits: {@code columnOf(r)[i]} is the first column of the i-th cell of row r,
     * after skipping the columns that cells of earlier rows span down into.
     */
    public int[][] cellColumns() {
        int[][] columns = new int[rows.size()][];
        int[] coveredUntil = new int[widths.size()]; // row index up to which a column is taken from above
        for (int r = 0; r < rows.size(); r++) {
            List<Cell> cells = rows.get(r).cells();
            columns[r] = new int[cells.size()];
            int c = 0;
            for (int i = 0; i < cells.size(); i++) {
                while (c < widths.size() && coveredUntil[c] > r) {
                    c++;
                }
                columns[r][i] = c;
                for (int k = c; k < Math.min(widths.size(), c + cells.get(i).span()); k++) {
                    coveredUntil[k] = r + cells.get(i).rowSpan();
                }
                c += cells.get(i).span();
            }
        }
        return columns;
    }

    private static void checkGrid(int columns, int headerRows, List<Row> rows) {
        int[] coveredUntil = new int[columns];
        for (int r = 0; r < rows.size(); r++) {
            int c = 0;
            for (Cell cell : rows.get(r).cells()) {
                while (c < columns && coveredUntil[c] > r) {
                    c++;
                }
                if (c + cell.span() > columns) {
                    throw new IllegalArgumentException("row " + (r + 1) + " has more cells than the table's "
                            + columns + " columns");
                }
                int lastRow = r + cell.rowSpan();
                if (lastRow > rows.size()) {
                    throw new IllegalArgumentException("a cell in row " + (r + 1) + " spans " + cell.rowSpan()
                            + " rows, past the end of the table");
                }
                if (r < headerRows && lastRow > headerRows) {
                    throw new IllegalArgumentException("a header cell in row " + (r + 1) + " spans into the body");
                }
                for (int k = c; k < c + cell.span(); k++) {
                    if (coveredUntil[k] > r) {
                        throw new IllegalArgumentException("row " + (r + 1) + ": cells overlap in column " + (k + 1));
                    }
                    coveredUntil[k] = lastRow;
                }
                c += cell.span();
            }
            for (int k = 0; k < columns; k++) {
                if (coveredUntil[k] <= r) {
                    throw new IllegalArgumentException("row " + (r + 1) + " leaves column " + (k + 1) + " empty; the table has "
                            + columns + " columns");
                }
            }
        }
    }

    public record Row(List<Cell> cells) {

        public Row {
            cells = List.copyOf(cells);
        }

        public static Row of(List<String> texts) {
            return new Row(texts.stream().map(Cell::new).toList());
        }

        public static Row of(Cell... cells) {
            return new Row(List.of(cells));
        }
    }

    /** One cell: one or more paragraphs, spanning {@code span} columns and {@code rowSpan} rows. */
    public record Cell(List<String> paragraphs, int span, int rowSpan) {

        public Cell {
            paragraphs = Texts.cleanAll(Objects.requireNonNull(paragraphs, "cell"), "table cell");
            if (paragraphs.isEmpty()) {
                paragraphs = List.of("");
            }
            if (span < 1 || rowSpan < 1) {
                throw new IllegalArgumentException("a cell spans at least one column and one row, not "
                        + span + " × " + rowSpan);
            }
        }

        public Cell(String text) {
            this(List.of(text), 1, 1);
        }

        public Cell(String text, int span) {
            this(List.of(text), span, 1);
        }

        /** A cell of several paragraphs, one column and row. */
        public static Cell of(String... paragraphs) {
            return new Cell(List.of(paragraphs), 1, 1);
        }

        /** A cell of one paragraph spanning {@code rows} rows. */
        public static Cell down(String text, int rows) {
            return new Cell(List.of(text), 1, rows);
        }

        /** The paragraphs joined by spaces, as a reader copying the cell gets them. */
        public String text() {
            return String.join(" ", paragraphs);
        }
    }
}
