package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.TemplateRow;
import bd.udbhabon.shell.FormErrors;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * A template import file, CSV (UTF-8) or XLSX (its first sheet): a header row naming the columns by
 * their English names or Bangla headers ({@link TemplateRow#COLUMNS}), then one row per indicator.
 * Blank rows are skipped; each row keeps its line number for the report.
 */
public final class TemplateFile {

    /** A row of the file with its line (1 = the first line). */
    public record Line(int line, TemplateRow row) {
    }

    /** The rows read, or what is wrong with the file as a whole ({@code file}'s message). */
    public record Read(List<Line> lines, FormErrors problem) {

        public boolean ok() {
            return problem == null;
        }
    }

    private TemplateFile() {
    }

    public static Read csv(byte[] bytes) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return problem("plan.import.error.notUtf8");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> cells = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try {
            for (CSVRecord record : CSVFormat.DEFAULT.builder().setTrim(true).get().parse(new StringReader(text))) {
                cells.add(record.toList());
                numbers.add((int) record.getRecordNumber());
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            return problem("plan.import.error.unreadable");
        }
        return rows(cells, numbers);
    }

    public static Read xlsx(byte[] bytes) {
        List<List<String>> cells = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            if (book.getNumberOfSheets() == 0) {
                return problem("plan.import.error.empty");
            }
            Sheet sheet = book.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            var evaluator = book.getCreationHelper().createFormulaEvaluator();
            for (Row row : sheet) {
                if (row.getRowNum() > TemplateRules.MAX_ROWS + 50) {
                    return problem("plan.error.tooManyRows", TemplateRules.MAX_ROWS);
                }
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Math.max(0, row.getLastCellNum()); c++) {
                    values.add(text(row.getCell(c), formatter, evaluator));
                }
                cells.add(values);
                numbers.add(row.getRowNum() + 1);
            }
        } catch (IOException | RuntimeException e) { // not a workbook, or one POI refuses (too large when unpacked)
            return problem("plan.import.error.unreadable");
        }
        return rows(cells, numbers);
    }

    /** A cell as typed: a day as yyyy-mm-dd, a number without Excel's display (0.85 shown as 85% stays "85%"). */
    private static String text(Cell cell, DataFormatter formatter, org.apache.poi.ss.usermodel.FormulaEvaluator evaluator) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        if (type == CellType.NUMERIC) {
            if (DateUtil.isCellDateFormatted(cell)) {
                return cell.getLocalDateTimeCellValue().toLocalDate().toString();
            }
            String format = cell.getCellStyle().getDataFormatString();
            if (format != null && format.contains("%")) {
                return BigDecimal.valueOf(cell.getNumericCellValue()).movePointRight(2).stripTrailingZeros().toPlainString() + "%";
            }
            return BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
        }
        return formatter.formatCellValue(cell, evaluator).strip();
    }

    private static Read rows(List<List<String>> cells, List<Integer> numbers) {
        int first = 0;
        while (first < cells.size() && blank(cells.get(first))) {
            first++;
        }
        if (first == cells.size()) {
            return problem("plan.import.error.empty");
        }
        List<String> header = cells.get(first);
        Map<String, Integer> columns = new HashMap<>();
        List<String> unknown = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            if (header.get(i).isBlank()) {
                continue;
            }
            String column = TemplateRow.column(header.get(i));
            if (column == null || columns.putIfAbsent(column, i) != null) {
                unknown.add(header.get(i));
            }
        }
        if (!unknown.isEmpty()) {
            return problem("plan.import.error.unknownColumn", String.join(", ", unknown), columnList());
        }
        if (!columns.containsKey("code") || !columns.containsKey("indicator")) {
            return problem("plan.import.error.header", columnList());
        }
        List<Line> lines = new ArrayList<>();
        for (int r = first + 1; r < cells.size(); r++) {
            List<String> row = cells.get(r);
            if (blank(row)) {
                continue;
            }
            lines.add(new Line(numbers.get(r), TemplateRow.fromColumns(name -> {
                Integer index = columns.get(name);
                return index == null || index >= row.size() ? "" : row.get(index);
            })));
        }
        if (lines.isEmpty()) {
            return problem("plan.import.error.empty");
        }
        if (lines.size() > TemplateRules.MAX_ROWS) {
            return problem("plan.error.tooManyRows", TemplateRules.MAX_ROWS);
        }
        return new Read(lines, null);
    }

    private static String columnList() {
        return TemplateRow.COLUMNS.stream().map(c -> c.headerBn() + " (" + c.name() + ")").collect(Collectors.joining(", "));
    }

    private static boolean blank(List<String> row) {
        return row.stream().allMatch(String::isBlank);
    }

    private static Read problem(String key, Object... args) {
        return new Read(List.of(), new FormErrors().add("file", key, args));
    }
}
