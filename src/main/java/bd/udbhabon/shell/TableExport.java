package bd.udbhabon.shell;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.http.MediaType;

/**
 * A table as the files officers open in Excel: CSV in UTF-8 with a byte order mark (without it
 * Excel reads Bangla as Latin-1), and XLSX streamed (only a window of rows in memory) with a bold
 * frozen header, an autofilter, column widths, a font that has Bangla, and dates as date cells.
 * Cells are strings, numbers or {@link LocalDate}s; null is an empty cell. Every CSV the product
 * writes goes through {@link #csv}, which neutralises text a spreadsheet would run as a formula;
 * XLSX cells are typed (a string cell is never a formula), so they need nothing.
 */
public final class TableExport {

    public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);
    public static final MediaType XLSX = MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    /** Present on Windows, where most offices open the files; LibreOffice falls back to a font with Bangla. */
    static final String BANGLA_FONT = "Nirmala UI";

    /** The rows, handed one by one to the writer so that a large export is never all in memory. */
    @FunctionalInterface
    public interface Rows {
        void each(Consumer<List<?>> row);
    }

    private TableExport() {
    }

    public static byte[] csv(List<String> headers, Rows rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8)) {
            writer.write('\uFEFF');
            writeRecord(writer, headers);
            rows.each(row -> {
                try {
                    writeRecord(writer, row);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    /**
     * One RFC 4180 record. A text cell a spreadsheet would read as a formula (OWASP "CSV injection":
     * it begins with {@code = + - @}, tab, CR or LF, or their full-width forms) is written as
     * {@code "'…"}: Excel and LibreOffice then show it as text, apostrophe included. Numbers are
     * written as they are, so a negative number stays a number (it cannot carry a formula); the
     * same digits as text ({@code "-5"}) get the apostrophe. Bangla text never starts with these.
     */
    private static void writeRecord(Writer out, List<?> values) throws IOException {
        for (int i = 0; i < values.size(); i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = values.get(i);
            String text = value == null ? "" : value.toString();
            if (values.size() == 1 && text.isEmpty()) {
                out.write("\"\""); // else the record is an empty line, which readers skip
            } else if (value instanceof Number || value instanceof LocalDate) {
                out.write(text);
            } else if (isFormula(text)) {
                out.write(quoted("'" + text));
            } else if (needsQuotes(text)) {
                out.write(quoted(text));
            } else {
                out.write(text);
            }
        }
        out.write("\r\n");
    }

    /** Whether a spreadsheet opening the CSV would take this text for a formula (or a DDE call). */
    static boolean isFormula(String text) {
        if (text.isEmpty()) {
            return false;
        }
        return switch (text.charAt(0)) {
            case '=', '+', '-', '@', '\t', '\r', '\n', '\uFF1D', '\uFF0B', '\uFF0D', '\uFF20' -> true;
            default -> false;
        };
    }

    private static boolean needsQuotes(String text) {
        if (text.isEmpty()) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ',' || c == '"' || c == '\r' || c == '\n') {
                return true;
            }
        }
        // readers trim unquoted edges; quoting keeps leading and trailing spaces
        return Character.isWhitespace(text.charAt(0)) || Character.isWhitespace(text.charAt(text.length() - 1));
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }

    /** @param widths each column's width in characters */
    public static byte[] xlsx(String sheetName, List<String> headers, int[] widths, Rows rows) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (SXSSFWorkbook book = new SXSSFWorkbook(200)) {
            Font font = book.createFont();
            font.setFontName(BANGLA_FONT);
            Font bold = book.createFont();
            bold.setFontName(BANGLA_FONT);
            bold.setBold(true);
            CellStyle text = book.createCellStyle();
            text.setFont(font);
            text.setWrapText(true);
            CellStyle header = book.createCellStyle();
            header.setFont(bold);
            CellStyle date = book.createCellStyle();
            date.setFont(font);
            date.setDataFormat(book.createDataFormat().getFormat("dd-mm-yyyy"));
            SXSSFSheet sheet = book.createSheet(sheetName);
            Row first = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                Cell cell = first.createCell(i);
                cell.setCellValue(headers.get(i));
                cell.setCellStyle(header);
                sheet.setColumnWidth(i, 256 * (i < widths.length ? widths[i] : 20));
            }
            sheet.createFreezePane(0, 1);
            int[] next = {1};
            rows.each(values -> {
                Row row = sheet.createRow(next[0]++);
                for (int i = 0; i < values.size(); i++) {
                    Cell cell = row.createCell(i);
                    switch (values.get(i)) {
                        case null -> cell.setCellStyle(text);
                        case LocalDate day -> {
                            cell.setCellValue(day);
                            cell.setCellStyle(date);
                        }
                        case Number n -> {
                            cell.setCellValue(n.doubleValue());
                            cell.setCellStyle(text);
                        }
                        default -> {
                            cell.setCellValue(values.get(i).toString());
                            cell.setCellStyle(text);
                        }
                    }
                }
            });
            sheet.setAutoFilter(new CellRangeAddress(0, Math.max(0, next[0] - 1), 0, headers.size() - 1));
            book.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
