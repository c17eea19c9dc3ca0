package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/** The CSV every export writes: RFC 4180 as Excel reads it, with formulas neutralised as OWASP asks. */
class TableExportTest {

    @Test
    void textASpreadsheetWouldRunIsWrittenQuotedAfterAnApostrophe() throws Exception {
        List<String> formulas = List.of("=HYPERLINK(\"http://x\",\"y\")", "+1+1", "-2+3+cmd|' /C calc'!A0", "@SUM(1,2)",
                "\t=1+1", "\r=1+1", "\n=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)");
        String csv = csv(List.of("a"), formulas.stream().map(f -> List.<Object>of(f)).toList());
        List<CSVRecord> rows = parse(csv);
        for (int i = 0; i < formulas.size(); i++) {
            assertThat(rows.get(i + 1).get(0)).as(formulas.get(i)).isEqualTo("'" + formulas.get(i));
        }
        assertThat(csv).contains("\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n", "\r\n\"'+1+1\"\r\n", "\r\n\"'@SUM(1,2)\"\r\n");
    }

    @Test
    void numbersStayNumbersAndBanglaAndOrdinaryTextAreUnchanged() throws Exception {
        String csv = csv(List.of("ক্রমিক", "দপ্তর", "তারিখ", "লেখা"), List.of(
                Arrays.<Object>asList(-5, "জেলা প্রশাসকের কার্যালয়, দিনাজপুর", LocalDate.of(2023, 6, 19), "-5"),
                Arrays.<Object>asList(12.5, "Deputy Commissioner's Office, Dinajpur", null, "a = b, c")));
        // A number cannot carry a formula: -5 as a number is written as it is; "-5" as text is neutralised.
        assertThat(csv).startsWith("\uFEFFক্রমিক,দপ্তর,তারিখ,লেখা\r\n")
                .contains("\r\n-5,\"জেলা প্রশাসকের কার্যালয়, দিনাজপুর\",2023-06-19,\"'-5\"\r\n")
                .contains("\r\n12.5,\"Deputy Commissioner's Office, Dinajpur\",,\"a = b, c\"\r\n");
        List<CSVRecord> rows = parse(csv);
        assertThat(rows.get(2).toList()).containsExactly("12.5", "Deputy Commissioner's Office, Dinajpur", "", "a = b, c");
        assertThat(rows.get(1).toList()).containsExactly("-5", "জেলা প্রশাসকের কার্যালয়, দিনাজপুর", "2023-06-19", "'-5");
    }

    @Test
    void aLoneEmptyCellIsNotAnEmptyLine() throws Exception {
        List<CSVRecord> rows = parse(csv(List.of("h"), List.of(Arrays.asList((Object) null), List.<Object>of(" padded "))));
        assertThat(rows).hasSize(3);
        assertThat(rows.get(1).get(0)).isEmpty();
        assertThat(rows.get(2).get(0)).isEqualTo(" padded ");
    }

    private static String csv(List<String> headers, List<List<Object>> rows) {
        byte[] bytes = TableExport.csv(headers, row -> rows.forEach(row));
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static List<CSVRecord> parse(String csv) throws Exception {
        return CSVFormat.DEFAULT.parse(new StringReader(csv.substring(1))).getRecords();
    }
}
