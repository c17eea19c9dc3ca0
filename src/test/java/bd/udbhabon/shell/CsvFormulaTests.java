package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.office.OfficeLevel;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Jhenaidah district's administrator names offices as an attacker would (OWASP "CSV injection"):
 * a formula, a DDE call behind + - and @, and (stored before inputs were cleaned) a tab. The names
 * reach the district's and the Cabinet Division's compliance.csv and the decision register's CSV
 * as text a spreadsheet shows and never runs; the XLSX keeps them as plain text cells.
 */
@IntegrationTest
// its own application context: the upazilas it adds would change the registry that OfficeApiTests counts
@TestPropertySource(properties = "udbhabon.test.context=csv-formulas")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CsvFormulaTests {

    static final List<String> NAMES = List.of("=HYPERLINK(\"http://x\",\"y\")", "+SUM(1,1)*cmd|' /C calc'!A0",
            "-2+3+cmd|' /C calc'!A0", "@SUM(1,1)*cmd|' /C calc'!A0");
    static final String TAB_FIRST = "\t=1+1";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DecisionRegister register;
    @Autowired
    JdbcClient jdbc;

    long jhenaidah;
    long cabinet;
    /** Each name's office. */
    Map<String, Long> offices = new LinkedHashMap<>();

    @BeforeAll
    void officesNamedAsFormulas() {
        jhenaidah = accounts.office(OfficeLevel.DISTRICT, "Jhenaidah");
        cabinet = accounts.cabinetDivision();
        accounts.create("jhenaidah-admin", Role.OFFICE_ADMIN, jhenaidah);
        accounts.create("jhenaidah-ms", Role.MEMBER_SECRETARY, jhenaidah);
        accounts.create("cabinet-csv-reader", Role.REVIEWER, cabinet);
        Browsing admin = signedIn("jhenaidah-admin");
        for (int i = 0; i < NAMES.size(); i++) {
            var created = admin.json("POST", "/api/v1/offices/" + jhenaidah + "/children",
                    "{\"level\":\"UPAZILA\",\"nameBn\":\"%s\",\"nameEn\":\"Formula office %d\"}".formatted(json(NAMES.get(i)), i));
            assertThat(created.status()).as(created.body()).isEqualTo(201);
            offices.put(NAMES.get(i), jdbc.sql("select id from office where admin_parent_id = ? and name_bn = ?")
                    .params(jhenaidah, NAMES.get(i)).query(Long.class).single());
        }
        // Inputs are cleaned of control characters now; a name stored before that could still start with a tab.
        jdbc.sql("update office set name_en = ? where id = ?").params(TAB_FIRST, offices.get(NAMES.getFirst())).update();

        for (int i = 0; i < NAMES.size(); i++) {
            String name = NAMES.get(i);
            NewDecision decision = new NewDecision(700_000L, i + 1, "জেলা ইনোভেশন টিমের সভা, ১০ জানুয়ারি ২০২৫",
                    LocalDate.of(2025, 1, 10), i == 0 ? "=1+2" : "ই-সেবা", "উপজেলা পর্যায়ে ই-সেবা চালু করতে হবে।",
                    LocalDate.of(2025, 6, 30), List.of(Owner.office(offices.get(name), name)));
            accounts.as("jhenaidah-ms", () -> register.record(jhenaidah, decision));
        }
    }

    @Test
    void theCabinetDivisionsAndTheDistrictsComplianceCsvShowTheNamesAsText() {
        for (var reader : List.of(signedIn("cabinet-csv-reader").bytes("/offices/" + cabinet + "/compliance.csv"),
                signedIn("jhenaidah-admin").bytes("/offices/" + jhenaidah + "/compliance.csv"))) {
            assertThat(reader.status()).isEqualTo(200);
            String text = new String(reader.body(), StandardCharsets.UTF_8);
            List<CSVRecord> rows = parse(text);
            for (String name : NAMES) {
                CSVRecord row = rows.stream().filter(r -> r.get(0).endsWith(name)).findFirst().orElseThrow();
                assertThat(row.get(0)).isEqualTo("'" + name);
            }
            CSVRecord tabRow = rows.stream().filter(r -> r.get(0).equals("'" + NAMES.getFirst())).findFirst().orElseThrow();
            assertThat(tabRow.get(1)).isEqualTo("'" + TAB_FIRST);
            // Quoted as well as prefixed, so the comma inside the formula cannot open a new cell.
            assertThat(text).contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"", "\"'@SUM(1,1)*cmd|' /C calc'!A0\"");
            assertThat(text).contains("জেলা প্রশাসকের কার্যালয়, ঝিনাইদহ");
            assertNoCellRuns(rows);
        }
    }

    @Test
    void theDecisionRegisterCsvShowsThemAsTextAndTheXlsxAsPlainTextCells() throws Exception {
        Browsing ms = signedIn("jhenaidah-ms");
        var csv = ms.bytes("/offices/" + jhenaidah + "/decisions.csv");
        assertThat(csv.status()).isEqualTo(200);
        List<CSVRecord> rows = parse(new String(csv.body(), StandardCharsets.UTF_8));
        List<String> owners = rows.stream().skip(1).map(r -> r.get(5)).toList();
        assertThat(owners).containsAll(NAMES.stream().map(n -> "'" + n).toList());
        assertThat(rows.stream().skip(1).map(r -> r.get(3))).contains("'=1+2", "ই-সেবা");
        assertThat(rows.stream().skip(1).map(r -> r.get(0))).as("the serial, a number, is written as it is")
                .allMatch(serial -> serial.matches("\\d+"));
        assertNoCellRuns(rows);

        var xlsx = ms.bytes("/offices/" + jhenaidah + "/decisions.xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            List<String> cells = new ArrayList<>();
            for (var row : book.getSheetAt(0)) {
                var cell = row.getCell(5);
                if (row.getRowNum() > 0 && cell != null) {
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    cells.add(cell.getStringCellValue());
                }
            }
            assertThat(cells).containsAll(NAMES);
        }
    }

    /** No cell a spreadsheet would take for a formula: the first character is none of = + - @ tab CR. */
    private static void assertNoCellRuns(List<CSVRecord> rows) {
        for (CSVRecord row : rows) {
            for (String cell : row) {
                assertThat(cell.isEmpty() || "=+-@\t\r".indexOf(cell.charAt(0)) < 0).as(cell).isTrue();
            }
        }
    }

    private static List<CSVRecord> parse(String text) {
        try {
            return CSVFormat.DEFAULT.parse(new StringReader(text.substring(1))).getRecords();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String json(String text) {
        return text.replace("\\", "\\\\").replace("\"", "\\\"");
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
