package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.supervision.OfficeFigures;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chain upward (issue 14, point 5): a division → two districts → four upazilas, and a ministry → a
 * directorate → a field office that is also under the first district, each in another state for 2010-11's
 * first quarter. Reports are plain rows ({@link PlanReportRows}) until the submission part is merged.
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlanRollUpTests {

    static final String Q1 = "year=2010-11&quarter=1";
    /** 20 October 2010 (after the 15 October deadline) and 10 October 2010, in Dhaka. */
    static final Instant LATE = Instant.parse("2010-10-20T05:00:00Z");
    static final Instant ON_TIME = Instant.parse("2010-10-10T05:00:00Z");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    PlanReportRows rows;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<OfficeFigures> figureSources;

    long division;
    long districtA;
    long districtB;
    long upazilaA1;
    long upazilaA2;
    long upazilaA3;
    long upazilaB1;
    long ministry;
    long directorate;
    long fieldOffice;
    long reportOfA;
    long reportOfA1;

    @BeforeAll
    void tree() {
        var year = PlanFixtures.PAST;
        division = fixtures.office(OfficeLevel.DIVISION, accounts.cabinetDivision(), null);
        districtA = fixtures.office(OfficeLevel.DISTRICT, division, null);
        districtB = fixtures.office(OfficeLevel.DISTRICT, division, null);
        upazilaA1 = fixtures.office(OfficeLevel.UPAZILA, districtA, null);
        upazilaA2 = fixtures.office(OfficeLevel.UPAZILA, districtA, null);
        upazilaA3 = fixtures.office(OfficeLevel.UPAZILA, districtA, null);
        upazilaB1 = fixtures.office(OfficeLevel.UPAZILA, districtB, null);
        ministry = fixtures.office(OfficeLevel.MINISTRY, null, accounts.cabinetDivision());
        directorate = fixtures.office(OfficeLevel.DIRECTORATE, null, ministry);
        fieldOffice = fixtures.office(OfficeLevel.OTHER, districtA, directorate);
        // a name a spreadsheet would run as a formula
        jdbc.sql("update office set name_en = '=HYPERLINK(\"http://x\",\"y\")' where id = ?").param(upazilaA2).update();

        ActionPlan a = issued(districtA, year);
        reportOfA = rows.report(a, 1, "SUBMITTED", true, new BigDecimal("12.10"), division, LATE);
        rows.subordinate(reportOfA, upazilaA1, "SUBMITTED", false, new BigDecimal("30.50"));
        rows.subordinate(reportOfA, upazilaA2, "MISSING", false, null);
        rows.report(issued(districtB, year), 1, "ACCEPTED", false, new BigDecimal("40"), division, ON_TIME);
        ActionPlan a1 = issued(upazilaA1, year);
        reportOfA1 = rows.report(a1, 1, "SUBMITTED", false, new BigDecimal("30.50"), districtA, ON_TIME);
        rows.progress(a1, 1, new IndicatorCode(1, 4, 1), new BigDecimal("97.76"), new BigDecimal("90"),
                "ই-নথির প্রতিবেদনে পরে নিষ্পত্তি যোগ হয়েছে", "ই-নথি-প্রতিবেদন.pdf");
        issued(upazilaA2, year);                                    // report missing
        fixtures.plan(upazilaA3, year);                             // plan not issued
        // upazila B1 and the directorate: no plan
        rows.report(issued(fieldOffice, year), 1, "RETURNED", false, new BigDecimal("20"), directorate, ON_TIME);
        rows.report(fixtures.plan(ministry, year), 1, "DRAFT", false, null, null, null);
    }

    private ActionPlan issued(long office, bd.udbhabon.bangla.FiscalYear year) {
        ActionPlan plan = fixtures.plan(office, year);
        rows.issue(plan);
        return plan;
    }

    private Browsing user(Role role, long office) {
        String name = "rollup-" + role.name().toLowerCase() + "-" + System.nanoTime();
        accounts.create(name, role, office);
        Browsing browsing = new Browsing(port);
        browsing.signIn(name, TestAccounts.PASSWORD);
        return browsing;
    }

    private String name(long office) {
        return jdbc.sql("select name_bn from office where id = ?").param(office).query(String.class).single();
    }

    private static String cell(Document page, String row, String testId) {
        return page.selectFirst("tr[data-testid=" + row + "] [data-testid=" + testId + "]").text();
    }

    /**
     * The supervision read side asks for an office's every year at once on each plan write: the same figures as year
     * by year, for a year over (2009-10, no plan), one begun (2010-11, asked in its second quarter) and one to come.
     */
    @Test
    void thePlansFiguresOfSeveralYearsAtOnceAreEachYearsOwn() {
        OfficeFigures plans = figureSources.stream().filter(s -> s.recordTypes().contains("plan_report")).findFirst().orElseThrow();
        var years = List.of(new bd.udbhabon.bangla.FiscalYear(2009), PlanFixtures.PAST, new bd.udbhabon.bangla.FiscalYear(2011));
        LocalDate asOf = LocalDate.of(2010, 11, 15);
        for (long office : List.of(districtA, districtB, upazilaA1, upazilaA2, upazilaA3, upazilaB1, fieldOffice, ministry)) {
            var atOnce = plans.officeFigures(office, years, asOf);
            assertThat(atOnce.keySet()).containsExactlyElementsOf(years);
            for (var year : years) {
                assertThat(atOnce.get(year)).as("office %d, %s", office, year)
                        .containsExactlyInAnyOrderElementsOf(plans.figures(year, List.of(office), asOf));
            }
        }
        var districtAsYear = plans.officeFigures(districtA, years, asOf).get(PlanFixtures.PAST);
        assertThat(districtAsYear).contains(new OfficeFigures.Figure(districtA, 0, "plan.issued", 1, 1),
                new OfficeFigures.Figure(districtA, 1, "plan.reports", 1, 1), new OfficeFigures.Figure(districtA, 1, "plan.late", 1, 0),
                new OfficeFigures.Figure(districtA, 1, "plan.score", 1210, 10_000), new OfficeFigures.Figure(districtA, 2, "plan.reports", 0, 1));
        assertThat(plans.officeFigures(upazilaB1, years, asOf).values()).allMatch(List::isEmpty);
    }

    @Test
    void theDistrictSeesEachOfficeBelowItsStateScoreAndCountsAndNamesTheMissingOnesInBangla() {
        var page = user(Role.TEAM_MEMBER, districtA).get("/offices/" + districtA + "/plan-reports?" + Q1);
        assertThat(page.status()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(html.select("table[data-testid=children] tbody tr").eachAttr("data-testid")).as("the upazilas reporting here first")
                .containsExactly("row-" + upazilaA1, "row-" + upazilaA2, "row-" + upazilaA3, "row-" + fieldOffice);
        assertThat(cell(html, "row-" + upazilaA1, "state")).contains("দাখিল হয়েছে");
        assertThat(cell(html, "row-" + upazilaA1, "score")).contains("৩০.৫", "নিম্নতর কলামের হার");
        assertThat(cell(html, "row-" + upazilaA1, "submitted")).contains("১০ অক্টোবর ২০১০", "বঙ্গাব্দ");
        assertThat(html.selectFirst("tr[data-testid=row-" + upazilaA1 + "] a[data-testid=review]").attr("href"))
                .as("reviewed here, by the superior").isEqualTo("/offices/" + districtA + "/plan-reports/" + reportOfA1);
        assertThat(html.selectFirst("tr[data-testid=row-" + fieldOffice + "] a[data-testid=review]")).as("reviewed up its line").isNull();
        assertThat(cell(html, "row-" + upazilaA2, "state")).contains("প্রতিবেদন পাওয়া যায়নি");
        assertThat(cell(html, "row-" + upazilaA3, "state")).contains("কর্মপরিকল্পনা জারি হয়নি");
        assertThat(cell(html, "row-" + fieldOffice, "state")).contains("ফেরত পাঠানো");
        assertThat(cell(html, "count-UPAZILA", "SUBMITTED")).isEqualTo("১");
        assertThat(cell(html, "count-UPAZILA", "MISSING")).isEqualTo("১");
        assertThat(cell(html, "count-UPAZILA", "PLAN_NOT_ISSUED")).isEqualTo("১");
        assertThat(cell(html, "count-OTHER", "RETURNED")).isEqualTo("১");
        assertThat(cell(html, "count-total", "total")).isEqualTo("৪");
        assertThat(html.selectFirst("[data-testid=missing-sentence]").text()).isEqualTo(
                "এই দপ্তরে প্রতিবেদন দেয় এমন ৩টি দপ্তরের মধ্যে ২টির জুলাই-সেপ্টেম্বর (প্রথম কোয়ার্টার) প্রতিবেদন পাওয়া যায়নি: "
                        + name(upazilaA2) + " ও " + name(upazilaA3) + "।");
        assertThat(html.selectFirst("[data-testid=own-state]").text()).contains("বিলম্বে দাখিল", "১২.১");
        assertThat(html.selectFirst("[data-testid=due-on]").text()).contains("১৫ অক্টোবর ২০১০", "বঙ্গাব্দ");
        assertThat(page.body()).as("nothing of the sibling district").doesNotContain("row-" + upazilaB1, "row-" + districtB);

        var english = user(Role.TEAM_MEMBER, districtA).get("/offices/" + districtA + "/plan-reports?" + Q1 + "&lang=en");
        assertThat(Jsoup.parse(english.body()).selectFirst("[data-testid=missing-sentence]").text())
                .startsWith("Of the 3 offices reporting to this office, 2 have not sent their July-September (first quarter) report: ");
    }

    @Test
    void theDivisionCountsItsWholeScopeAndDrillsDownToADistrictsUpazilas() {
        Browsing reader = user(Role.REVIEWER, division);
        Document html = Jsoup.parse(reader.get("/offices/" + division + "/plan-reports?" + Q1).body());
        assertThat(html.select("table[data-testid=children] tbody tr").eachAttr("data-testid"))
                .containsExactlyInAnyOrder("row-" + districtA, "row-" + districtB);
        assertThat(cell(html, "row-" + districtA, "state")).contains("বিলম্বে দাখিল");
        assertThat(cell(html, "row-" + districtB, "state")).contains("গৃহীত");
        assertThat(cell(html, "row-" + districtA, "below-received")).isEqualTo("৪টির মধ্যে ২টির প্রতিবেদন পাওয়া গেছে");
        assertThat(cell(html, "row-" + districtB, "below-received")).isEqualTo("১টির মধ্যে ০টির প্রতিবেদন পাওয়া গেছে");
        assertThat(cell(html, "count-DISTRICT", "SUBMITTED_LATE")).isEqualTo("১");
        assertThat(cell(html, "count-DISTRICT", "ACCEPTED")).isEqualTo("১");
        assertThat(cell(html, "count-UPAZILA", "NO_PLAN")).isEqualTo("১");
        assertThat(cell(html, "count-total", "total")).isEqualTo("৭");
        assertThat(html.selectFirst("[data-testid=missing-sentence]").text())
                .isEqualTo("এই দপ্তরে প্রতিবেদন দেয় এমন ২টি দপ্তরের সবার জুলাই-সেপ্টেম্বর (প্রথম কোয়ার্টার) প্রতিবেদন পাওয়া গেছে।");

        String drill = html.selectFirst("tr[data-testid=row-" + districtA + "] a[data-testid=drill]").attr("href");
        assertThat(drill).isEqualTo("/offices/" + districtA + "/plan-reports?year=2010-11&quarter=1");
        Document district = Jsoup.parse(reader.get(drill).body());
        assertThat(district.select("table[data-testid=children] tbody tr")).hasSize(4);
        Document upazila = Jsoup.parse(reader.get("/offices/" + upazilaA1 + "/plan-reports?" + Q1).body());
        assertThat(upazila.selectFirst("[data-testid=no-children]")).isNotNull();

        // one state's offices in the whole scope
        Document missing = Jsoup.parse(reader.get("/offices/" + division + "/plan-reports?" + Q1 + "&state=MISSING").body());
        assertThat(missing.select("table[data-testid=listing] tbody tr").eachAttr("data-testid")).containsExactly("row-" + upazilaA2);
        assertThat(missing.selectFirst("[data-testid=listing-count]").text()).isEqualTo("প্রতিবেদন পাওয়া যায়নি: ১টি দপ্তর");
    }

    @Test
    void theLineHierarchyAndTheCabinetDivisionSeeTheirOfficesAndTheMinistryNamesItsMissingDirectorate() {
        Document ministryPage = Jsoup.parse(user(Role.TEAM_HEAD, ministry).get("/offices/" + ministry + "/plan-reports?" + Q1).body());
        assertThat(ministryPage.select("table[data-testid=children] tbody tr").eachAttr("data-testid")).containsExactly("row-" + directorate);
        assertThat(cell(ministryPage, "row-" + directorate, "state")).contains("কর্মপরিকল্পনা নেই");
        assertThat(cell(ministryPage, "row-" + directorate, "below-received")).isEqualTo("১টির মধ্যে ১টির প্রতিবেদন পাওয়া গেছে");
        assertThat(ministryPage.selectFirst("[data-testid=missing-sentence]").text()).contains("১টির", name(directorate));
        assertThat(ministryPage.selectFirst("[data-testid=own-state]").text()).contains("খসড়া");

        Document country = Jsoup.parse(user(Role.REVIEWER, accounts.cabinetDivision())
                .get("/offices/" + accounts.cabinetDivision() + "/plan-reports?" + Q1).body());
        assertThat(cell(country, "row-" + division, "state")).contains("কর্মপরিকল্পনা নেই");
        assertThat(cell(country, "row-" + ministry, "state")).contains("খসড়া");
        assertThat(country.selectFirst("[data-testid=own-state]")).as("the Cabinet Division reports to no one").isNull();
        assertThat(country.selectFirst("[data-testid=missing-sentence]").text()).contains(name(ministry), name(division));
    }

    @Test
    void onlyTheOfficeAndItsSuperiorsReadTheRollUp() {
        assertThat(user(Role.TEAM_MEMBER, districtB).get("/offices/" + districtA + "/plan-reports").status()).as("a sibling").isEqualTo(403);
        assertThat(user(Role.TEAM_MEMBER, districtA).get("/offices/" + division + "/plan-reports").status()).as("a superior's").isEqualTo(403);
        assertThat(new Browsing(port).get("/offices/" + districtA + "/plan-reports").status()).isEqualTo(302);
        Browsing own = user(Role.TEAM_MEMBER, districtA);
        assertThat(own.get("/offices/" + districtA + "/plan-reports").status()).as("the latest quarter ended").isEqualTo(200);
        assertThat(own.get("/offices/" + districtA + "/plan-reports?year=2010-11&quarter=৫").status()).isEqualTo(400);
        assertThat(own.get("/offices/" + districtA).body()).contains("/offices/" + districtA + "/plan-reports");
        assertThat(own.get("/offices/" + upazilaA1).body()).as("no offices below").doesNotContain("plan-rollup-link");
    }

    @Test
    void theExportsCarryEveryTableWithFormulasNeutralised() throws IOException {
        Browsing reader = user(Role.TEAM_MEMBER, districtA);
        var csv = reader.bytes("/offices/" + districtA + "/plan-reports.csv?" + Q1);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.disposition()).startsWith("attachment").contains(".csv");
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(new StringReader(new String(csv.body(), 3, csv.body().length - 3,
                StandardCharsets.UTF_8))).getRecords();
        assertThat(records.getFirst().toList()).containsExactly("নাম (বাংলা)", "নাম (ইংরেজি)", "দপ্তরের স্তর", "প্রতিবেদন যায়", "অবস্থা",
                "বিলম্বে", "দাখিলের তারিখ", "স্কোর (এ পর্যন্ত)", "স্কোরের নিয়ম");
        assertThat(records).hasSize(5);
        CSVRecord a1 = records.stream().filter(r -> r.get(0).equals(name(upazilaA1))).findFirst().orElseThrow();
        assertThat(a1.toList().subList(3, 9)).containsExactly(name(districtA), "দাখিল হয়েছে", "", "2010-10-10", "30.50", "নিম্নতর কলামের হার");
        CSVRecord field = records.stream().filter(r -> r.get(0).equals(name(fieldOffice))).findFirst().orElseThrow();
        assertThat(field.get(3)).as("reports up its line").isEqualTo(name(directorate));
        assertThat(records.stream().map(r -> r.get(1))).contains("'=HYPERLINK(\"http://x\",\"y\")");

        assertThat(reader.bytes("/offices/" + division + "/plan-reports.csv?" + Q1 + "&table=below").status())
                .as("the district's reader may not read the division's").isEqualTo(403);

        Browsing divisionReader = user(Role.TEAM_MEMBER, division);
        var belowRows = CSVFormat.DEFAULT.parse(new StringReader(new String(divisionReader.bytes("/offices/" + division
                + "/plan-reports.csv?" + Q1 + "&table=below").body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(belowRows).hasSize(3);
        CSVRecord rowA = belowRows.stream().filter(r -> r.get(0).equals(name(districtA))).findFirst().orElseThrow();
        assertThat(rowA.get(3)).isEqualTo("হ্যাঁ");
        assertThat(rowA.get(4)).isEqualTo("বিলম্বে দাখিল");
        assertThat(rowA.get(9 + 2)).as("below: report missing").isEqualTo("1");
        assertThat(rowA.get(9 + 8)).as("below: total").isEqualTo("4");
        var counts = CSVFormat.DEFAULT.parse(new StringReader(new String(divisionReader.bytes("/offices/" + division
                + "/plan-reports.csv?" + Q1 + "&table=counts").body(), StandardCharsets.UTF_8).substring(1))).getRecords();
        assertThat(counts.getLast().toList()).containsExactly("মোট", "1", "1", "1", "0", "1", "1", "1", "1", "7");

        var xlsx = reader.bytes("/offices/" + districtA + "/plan-reports.xlsx?" + Q1);
        assertThat(xlsx.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(4).getStringCellValue()).isEqualTo("অবস্থা");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            boolean seen = false;
            for (int i = 1; i <= 4; i++) {
                var row = sheet.getRow(i);
                if (row.getCell(0).getStringCellValue().equals(name(upazilaA1))) {
                    assertThat(row.getCell(7).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(7).getNumericCellValue()).isEqualTo(30.5);
                    assertThat(row.getCell(6).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(java.time.LocalDate.of(2010, 10, 10));
                    seen = true;
                }
                if (row.getCell(0).getStringCellValue().equals(name(upazilaA2))) {
                    assertThat(row.getCell(1).getCellType()).as("a text cell, never a formula").isEqualTo(CellType.STRING);
                }
            }
            assertThat(seen).isTrue();
        }
    }

    // ---- the JSON API (point 9)

    private static JsonNode json(Browsing.Page page) {
        return JSON.readTree(page.body());
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void theApiGivesThePlanItsProgressWithScoresAndRuleTheReportWithItsHistoryAndTheRollUp() {
        Browsing superior = user(Role.REVIEWER, division);
        var plan = superior.get("/api/v1/offices/" + upazilaA1 + "/plans/2010-11");
        assertThat(plan.status()).isEqualTo(200);
        JsonNode p = json(plan);
        assertThat(p.get("fiscalYear").asString()).isEqualTo("2010-11");
        assertThat(p.get("current").get("status").asString()).isEqualTo("ISSUED");
        assertThat(p.get("versions")).hasSize(1);
        JsonNode efile = p.get("current").get("sections").get(0).get("activities").get(3).get("indicators").get(0);
        assertThat(efile.get("code").asString()).isEqualTo("[1.4.1]");
        assertThat(efile.get("targets").get(0).asString()).isEqualTo("85");
        assertThat(efile.get("ownRow").asBoolean()).isFalse();

        JsonNode progress = json(superior.get("/api/v1/offices/" + upazilaA1 + "/plans/2010-11/progress/1"));
        assertThat(progress.get("scoreRule").asString()).isEqualTo("STEP");
        JsonNode row = null;
        for (JsonNode i : progress.get("indicators")) {
            if (i.get("code").asString().equals("[1.4.1]")) {
                row = i;
            }
        }
        assertThat(row.get("achieved").asString()).isEqualTo("97.76");
        assertThat(row.get("proposed").asString()).isEqualTo("90");
        assertThat(row.get("proposedSource").asString()).isEqualTo("ই-নথি সিস্টেমের প্রতিবেদন");
        assertThat(row.get("overridden").asBoolean()).isTrue();
        assertThat(row.get("overrideReason").asString()).isEqualTo("ই-নথির প্রতিবেদনে পরে নিষ্পত্তি যোগ হয়েছে");
        assertThat(row.get("evidence").get(0).get("name").asString()).isEqualTo("ই-নথি-প্রতিবেদন.pdf");
        assertThat(row.get("percent").decimalValue()).isEqualByComparingTo("100");
        assertThat(row.get("score").decimalValue()).isEqualByComparingTo(row.get("weight").decimalValue());
        assertThat(progress.get("score").decimalValue()).isEqualByComparingTo(row.get("score").decimalValue());

        JsonNode report = json(superior.get("/api/v1/offices/" + districtA + "/plans/2010-11/reports/1"));
        assertThat(report.get("state").asString()).isEqualTo("SUBMITTED_LATE");
        assertThat(report.get("late").asBoolean()).isTrue();
        assertThat(report.get("superior").get("id").asLong()).isEqualTo(division);
        assertThat(report.get("history").get(0).get("action").asString()).isEqualTo("SUBMIT");
        assertThat(report.get("subordinates")).hasSize(2);
        assertThat(report.get("subordinates").get(1).get("state").asString()).isEqualTo("MISSING");
        JsonNode missing = json(superior.get("/api/v1/offices/" + upazilaA2 + "/plans/2010-11/reports/1"));
        assertThat(missing.get("state").asString()).isEqualTo("MISSING");
        assertThat(missing.get("id")).as("none started: left out, as the API leaves out nulls").isNull();
        JsonNode returned = json(superior.get("/api/v1/offices/" + fieldOffice + "/plans/2010-11/reports/1"));
        assertThat(returned.get("history").get(1).get("comment").asString()).isEqualTo("প্রমাণক সংযুক্ত করুন");

        JsonNode rollUp = json(superior.get("/api/v1/offices/" + districtA + "/plan-reports?" + Q1));
        assertThat(rollUp.get("dueOn").asString()).isEqualTo("2010-10-15");
        assertThat(rollUp.get("counts").get("TOTAL").asLong()).isEqualTo(4);
        assertThat(rollUp.get("countsByLevel").get("UPAZILA").get("MISSING").asLong()).isEqualTo(1);
        assertThat(rollUp.get("below")).hasSize(4);
        assertThat(rollUp.get("below").get(3).get("reportsHere").asBoolean()).isFalse();
        assertThat(rollUp.get("notReceived")).extracting(n -> n.get("id").asLong()).containsExactly(upazilaA2, upazilaA3);
        assertThat(rollUp.get("missingSentence").asString()).contains("পাওয়া যায়নি");
        assertThat(rollUp.get("own").get("state").asString()).isEqualTo("SUBMITTED_LATE");
        JsonNode listing = json(superior.get("/api/v1/offices/" + division + "/plan-reports?" + Q1 + "&state=no_plan")).get("listing");
        assertThat(listing.get("total").asLong()).isEqualTo(1);
        assertThat(listing.get("items").get(0).get("id").asLong()).isEqualTo(upazilaB1);
        assertThat(superior.get("/api/v1/offices/" + division + "/plan-reports?" + Q1 + "&state=LOST").status()).isEqualTo(400);
    }

    @Test
    void theApiLetsInTheOfficeAndItsSuperiorsOnlyAndAnswersNoneWith404InTheUsersLanguage() {
        String path = "/api/v1/offices/" + upazilaA1 + "/plans/2010-11";
        assertThat(user(Role.TEAM_MEMBER, upazilaA1).get(path).status()).as("own").isEqualTo(200);
        assertThat(user(Role.TEAM_MEMBER, districtA).get(path).status()).as("superior").isEqualTo(200);
        assertThat(user(Role.TEAM_MEMBER, accounts.cabinetDivision()).get(path + "/reports/1").status()).as("the Cabinet Division").isEqualTo(200);
        Browsing sibling = user(Role.TEAM_MEMBER, upazilaA2);
        for (String p : List.of(path, path + "/progress/1", path + "/reports/1", "/api/v1/offices/" + upazilaA1 + "/plan-reports")) {
            assertThat(sibling.get(p).status()).as("a sibling: " + p).isEqualTo(403);
            assertThat(new Browsing(port).get(p).status()).as("anonymous: " + p).isEqualTo(401);
        }
        Browsing reader = user(Role.TEAM_MEMBER, districtB);
        var none = reader.get("/api/v1/offices/" + upazilaB1 + "/plans/2010-11");
        assertThat(none.status()).isEqualTo(404);
        assertThat(json(none).get("message").asString()).isEqualTo("এই অর্থবছরে এই দপ্তরের কোনো কর্মপরিকল্পনা নেই।");
        assertThat(json(reader.get("/api/v1/offices/" + upazilaB1 + "/plans/2010-11?lang=en")).get("message").asString())
                .isEqualTo("This office has no action plan for this fiscal year.");
        assertThat(reader.get("/api/v1/offices/" + upazilaB1 + "/plans/2010-11/reports/1").status()).isEqualTo(404);
        assertThat(reader.get("/api/v1/offices/" + upazilaB1 + "/plans/20-11").status()).isEqualTo(400);
    }
}
