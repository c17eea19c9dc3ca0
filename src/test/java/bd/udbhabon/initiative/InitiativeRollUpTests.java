package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.office.OfficeLevel;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
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
import org.springframework.test.context.TestPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The initiatives' roll-up, its exports, the JSON API and the corner (issue 15, points 8 and 9), over a small tree of the
 * test's own: a division → districts A and B → upazilas A1, A2 (under A) and B1 (under B); a ministry → a directorate → a
 * field office F that is also under district A. Their initiatives, TCV and services:
 * <ul>
 * <li>A: one running; A1: one running (TCV 30→7 days, ৳1,500→200, 5→1 visits, 1,000 cases a year) and one at pilot,
 * three services of which two run; A2: one idea and one being scaled up;</li>
 * <li>B1: one running, one stopped (its TCV not counted), and a replication of A1's running one;</li>
 * <li>F: a simplification at idea (TCV 10→4 days, ৳100→100, 3→2 visits, 500 cases).</li>
 * </ul>
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InitiativeRollUpTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    bd.udbhabon.training.Trainings trainings;

    long division;
    long districtA;
    long districtB;
    long upazilaA1;
    long upazilaA2;
    long upazilaB1;
    long ministry;
    long directorate;
    long fieldOffice;
    Initiative runningA;
    Initiative runningA1;
    Initiative pilotA1;
    Initiative scaleUpA2;
    Initiative runningB1;
    Initiative replication;
    Initiative simplificationF;

    @BeforeAll
    void tree() {
        division = fixtures.office(OfficeLevel.DIVISION, accounts.cabinetDivision(), null);
        districtA = fixtures.office(OfficeLevel.DISTRICT, division, null);
        districtB = fixtures.office(OfficeLevel.DISTRICT, division, null);
        upazilaA1 = fixtures.office(OfficeLevel.UPAZILA, districtA, null);
        upazilaA2 = fixtures.office(OfficeLevel.UPAZILA, districtA, null);
        upazilaB1 = fixtures.office(OfficeLevel.UPAZILA, districtB, null);
        ministry = fixtures.office(OfficeLevel.MINISTRY, null, accounts.cabinetDivision());
        directorate = fixtures.office(OfficeLevel.DIRECTORATE, null, ministry);
        fieldOffice = fixtures.office(OfficeLevel.OTHER, districtA, directorate);
        // the districts by their place: খ-জেলা (A) after ক-জেলা (B) in Bangla order, though A was made first
        jdbc.sql("update office set place_bn = 'খ-জেলা', place_en = 'Kha district' where id = ?").param(districtA).update();
        jdbc.sql("update office set place_bn = 'ক-জেলা', place_en = 'Ka district' where id = ?").param(districtB).update();

        runningA = fixtures.initiativeAt(districtA, Stage.RUNNING, "জেলা-ক");
        runningA1 = fixtures.initiativeAt(upazilaA1, Stage.RUNNING, "উপজেলা-ক১");
        pilotA1 = fixtures.initiativeAt(upazilaA1, Stage.PILOT, "পাইলট-ক১");
        fixtures.initiative(upazilaA2, InitiativeKind.IDEA, "ধারণা-ক২");
        scaleUpA2 = fixtures.initiativeAt(upazilaA2, Stage.SCALE_UP, "স্কেল-ক২");
        runningB1 = fixtures.initiativeAt(upazilaB1, Stage.RUNNING, "উপজেলা-খ১");
        Initiative stopped = fixtures.initiative(upazilaB1, InitiativeKind.DIGITISATION, "বন্ধ-খ১");
        initiatives.move(stopped.id(), new InitiativeService.Move(Stage.STOPPED, LocalDate.of(2023, 8, 1), null,
                "বাজেট পাওয়া যায়নি", null, List.of()));
        replication = initiatives.create(upazilaB1, new NewInitiative(InitiativeKind.REPLICATION, "=HYPERLINK(\"http://x\",\"রেপ্লিকেশন\")",
                null, "নথি নিষ্পত্তি", true, "সমস্যা", null, "সমাধান", null, List.of(), Stage.IDEA, LocalDate.of(2024, 1, 10),
                runningA1.id()));
        simplificationF = fixtures.initiative(fieldOffice, InitiativeKind.SIMPLIFICATION, "সহজিকরণ-চ");

        tcv(runningA1.id(), 30, 7, 1500, 200, 5, 1, 1000);
        tcv(simplificationF.id(), 10, 4, 100, 100, 3, 2, 500);
        tcv(stopped.id(), 50, 1, 5000, 0, 9, 0, 100000);   // stopped: saves nothing any more
        service(upazilaA1, "জন্ম নিবন্ধন অনলাইন", "https://a1.example.gov.bd/birth", true);
        service(upazilaA1, "ভূমি উন্নয়ন কর", "https://a1.example.gov.bd/land", true);
        service(upazilaA1, "নাগরিক সনদ", null, false);
        // two workshops below the division (2 and 1 days), one outside it: the roll-up's training lines
        workshop(upazilaA1, 2);
        workshop(districtB, 1);
        workshop(ministry, 3);
    }

    private void workshop(long office, int days) {
        trainings.create(office, new bd.udbhabon.training.NewTraining(bd.udbhabon.training.TrainingKind.WORKSHOP,
                LocalDate.of(2024, 2, 1), days, "স্মার্ট বাংলাদেশ বিষয়ক কর্মশালা", null, null, null, null, null, List.of(),
                List.of(new bd.udbhabon.training.NewTraining.Guest("অতিথি " + office, "প্রশিক্ষক"))), List.of());
    }

    /** A TCV row as part B's form writes it (initiative_tcv). */
    private void tcv(long initiative, int timeBefore, int timeAfter, int costBefore, int costAfter, int visitsBefore,
                     int visitsAfter, int cases) {
        jdbc.sql("""
                        insert into initiative_tcv (initiative_id, time_before, time_after, cost_before, cost_after, visits_before,
                                                    visits_after, cases_per_year, measured_on) values (?, ?, ?, ?, ?, ?, ?, ?, date '2024-06-30')""")
                .param(initiative).param(timeBefore).param(timeAfter).param(costBefore).param(costAfter).param(visitsBefore)
                .param(visitsAfter).param(cases).update();
    }

    /** A service of the register as part C's form writes it (office_service). */
    private void service(long office, String name, String link, boolean running) {
        jdbc.sql("insert into office_service (office_id, name_bn, kind, link, running, checked_on) values (?, ?, 'DIGITISED', ?, ?, date '2025-06-30')")
                .param(office).param(name).param(link).param(running).update();
    }

    private Browsing user(Role role, long office) {
        String name = "i-rollup-" + role.name().toLowerCase() + "-" + System.nanoTime();
        accounts.create(name, role, office);
        Browsing browsing = new Browsing(port);
        browsing.signIn(name, TestAccounts.PASSWORD);
        return browsing;
    }

    private static String cell(Document page, String row, String testId) {
        return page.selectFirst("tr[data-testid=" + row + "] [data-testid=" + testId + "]").text();
    }

    private static String summary(Document page, String testId) {
        return page.selectFirst("table[data-testid=summary] [data-testid=" + testId + "]").text();
    }

    @Test
    void theDivisionCountsItsWholeScopeByStageKindAndLevelWithTheSavingsAYearAndDrillsDown() {
        var page = user(Role.REVIEWER, division).get("/offices/" + division + "/initiatives/roll-up");
        assertThat(page.status()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        assertThat(summary(html, "total")).isEqualTo("৯");
        assertThat(summary(html, "running")).as("running or scaling up").isEqualTo("৪");
        assertThat(summary(html, "replicated")).isEqualTo("১");
        assertThat(summary(html, "measured")).as("the stopped one's TCV left out").isEqualTo("২");
        assertThat(summary(html, "days-saved")).as("23,000 + 3,000").isEqualTo("২৬,০০০");
        assertThat(summary(html, "taka-saved")).as("1,300,000 + 0").isEqualTo("১৩,০০,০০০");
        assertThat(summary(html, "visits-saved")).as("4,000 + 500").isEqualTo("৪,৫০০");
        assertThat(summary(html, "services")).isEqualTo("৩টি সেবার মধ্যে ২টি সচল");
        assertThat(html.select("[data-testid=other-line]").eachText()).as("the trainings of the scope, from the training module")
                .contains("কর্মশালা (আয়োজিত) ২", "প্রশিক্ষণ, কর্মশালা ও লার্নিং সেশনের মোট দিন ৩", "অংশগ্রহণকারী (মোট) ২");

        assertThat(cell(html, "level-DISTRICT", "RUNNING")).isEqualTo("১");
        assertThat(cell(html, "level-UPAZILA", "total")).isEqualTo("৭");
        assertThat(cell(html, "level-UPAZILA", "STOPPED")).isEqualTo("১");
        assertThat(cell(html, "level-UPAZILA", "SCALE_UP")).isEqualTo("১");
        assertThat(cell(html, "level-OTHER", "IDEA")).isEqualTo("১");
        assertThat(cell(html, "level-total", "IDEA")).as("A2's idea, the replication, F's").isEqualTo("৩");
        assertThat(cell(html, "level-total", "total")).isEqualTo("৯");
        assertThat(cell(html, "kind-REPLICATION", "count")).isEqualTo("১");
        assertThat(cell(html, "kind-SIMPLIFICATION", "count")).isEqualTo("১");
        assertThat(cell(html, "kind-DIGITISATION", "count")).isEqualTo("১");
        assertThat(cell(html, "kind-IDEA", "count")).isEqualTo("৬");
        assertThat(html.select("svg[data-testid=stage-chart] text.chart-label").eachText()).as("the chart's labels in Bangla")
                .startsWith("ধারণা", "প্রসেস ম্যাপ");
        assertThat(html.select("svg[data-testid=stage-chart] text.chart-value").eachText()).as("its values, as the table's total row")
                .containsExactly("৩", "০", "০", "১", "০", "১", "৩", "১");

        assertThat(html.select("table[data-testid=below] tbody tr").eachAttr("data-testid"))
                .containsExactlyInAnyOrder("below-" + districtA, "below-" + districtB);
        assertThat(cell(html, "below-" + districtA, "total")).as("A, A1, A2 and F").isEqualTo("৬");
        assertThat(cell(html, "below-" + districtA, "days-saved")).isEqualTo("২৬,০০০");
        assertThat(cell(html, "below-" + districtA, "replicated")).isEqualTo("১");
        assertThat(cell(html, "below-" + districtB, "total")).isEqualTo("৩");
        assertThat(cell(html, "below-" + districtB, "running")).isEqualTo("১");
        String drill = html.selectFirst("tr[data-testid=below-" + districtA + "] a[data-testid=drill]").attr("href");
        assertThat(drill).isEqualTo("/offices/" + districtA + "/initiatives/roll-up");

        Document district = Jsoup.parse(user(Role.TEAM_MEMBER, districtA).get(drill).body());
        assertThat(summary(district, "total")).isEqualTo("৬");
        assertThat(district.select("table[data-testid=below] tbody tr").eachAttr("data-testid"))
                .containsExactlyInAnyOrder("below-" + upazilaA1, "below-" + upazilaA2, "below-" + fieldOffice);
        Document upazila = Jsoup.parse(user(Role.TEAM_MEMBER, upazilaA1).get("/offices/" + upazilaA1 + "/initiatives/roll-up").body());
        assertThat(summary(upazila, "total")).isEqualTo("২");
        assertThat(upazila.selectFirst("[data-testid=no-below]")).isNotNull();

        Document ministryPage = Jsoup.parse(user(Role.TEAM_HEAD, ministry).get("/offices/" + ministry + "/initiatives/roll-up").body());
        assertThat(summary(ministryPage, "total")).as("the line hierarchy: F through its directorate").isEqualTo("১");
        assertThat(cell(ministryPage, "below-" + directorate, "days-saved")).isEqualTo("৩,০০০");

        Document country = Jsoup.parse(user(Role.REVIEWER, accounts.cabinetDivision())
                .get("/offices/" + accounts.cabinetDivision() + "/initiatives/roll-up").body());
        assertThat(cell(country, "below-" + division, "total")).isEqualTo("৯");
        assertThat(cell(country, "below-" + ministry, "total")).isEqualTo("১");

        var english = Jsoup.parse(user(Role.REVIEWER, division).get("/offices/" + division + "/initiatives/roll-up?lang=en").body());
        assertThat(summary(english, "taka-saved")).isEqualTo("13,00,000");
        assertThat(summary(english, "services")).isEqualTo("2 of 3 services running");
    }

    @Test
    void aStageMoveShowsAtOnceUpTheHierarchy() {
        long district = fixtures.office(OfficeLevel.DISTRICT, division, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        Initiative idea = fixtures.initiative(upazila, InitiativeKind.IDEA, "সরানো");
        Browsing reader = user(Role.REVIEWER, district);
        String path = "/offices/" + district + "/initiatives/roll-up";
        assertThat(cell(Jsoup.parse(reader.get(path).body()), "level-total", "IDEA")).isEqualTo("১");
        initiatives.move(idea.id(), new InitiativeService.Move(Stage.PROCESS_MAP, LocalDate.of(2023, 8, 1), null, null, null, List.of()));
        Document after = Jsoup.parse(reader.get(path).body());
        assertThat(cell(after, "level-total", "IDEA")).isEqualTo("০");
        assertThat(cell(after, "level-total", "PROCESS_MAP")).isEqualTo("১");
    }

    @Test
    void onlyTheOfficeAndItsSuperiorsReadTheRollUpAndTheCabinetsIsTheNationalPage() {
        assertThat(user(Role.TEAM_MEMBER, districtB).get("/offices/" + districtA + "/initiatives/roll-up").status()).as("a sibling").isEqualTo(403);
        assertThat(user(Role.TEAM_MEMBER, districtA).get("/offices/" + division + "/initiatives/roll-up").status()).as("a superior's").isEqualTo(403);
        assertThat(new Browsing(port).get("/offices/" + districtA + "/initiatives/roll-up").status()).isEqualTo(302);
        Browsing own = user(Role.TEAM_MEMBER, districtA);
        assertThat(own.get("/offices/" + districtA).body()).contains("/offices/" + districtA + "/initiatives/roll-up");
        assertThat(own.get("/initiatives/roll-up").status()).as("not national").isEqualTo(403);
        var national = user(Role.REVIEWER, accounts.cabinetDivision()).get("/initiatives/roll-up");
        assertThat(national.status()).isEqualTo(302);
        assertThat(national.location()).endsWith("/initiatives/roll-up").contains("/offices/");
    }

    @Test
    void theExportsCarryEachTableWithNumbersAsNumbersAndFormulasNeutralised() throws IOException {
        Browsing reader = user(Role.TEAM_MEMBER, division);
        String base = "/offices/" + division + "/initiatives/roll-up";
        var below = reader.bytes(base + ".csv?table=below");
        assertThat(below.status()).isEqualTo(200);
        assertThat(below.disposition()).startsWith("attachment").contains("below.csv");
        List<CSVRecord> rows = csv(below.body());
        assertThat(rows.getFirst().toList()).startsWith("নাম (বাংলা)", "নাম (ইংরেজি)", "দপ্তরের স্তর", "ধারণা");
        int total = rows.getFirst().toList().indexOf("মোট");
        int days = rows.getFirst().toList().indexOf("নাগরিকের সময় সাশ্রয় (দিন, বছরে)");
        CSVRecord a = rows.stream().filter(r -> r.get(0).equals(name(districtA))).findFirst().orElseThrow();
        assertThat(a.get(total)).isEqualTo("6");
        assertThat(new java.math.BigDecimal(a.get(days))).isEqualByComparingTo("26000");
        assertThat(rows).hasSize(3);

        List<CSVRecord> levels = csv(reader.bytes(base + ".csv").body());
        assertThat(levels.getLast().get(0)).isEqualTo("মোট");
        assertThat(levels.getLast().get(total - 2)).isEqualTo("9");

        List<CSVRecord> every = csv(reader.bytes(base + ".csv?table=initiatives").body());
        assertThat(every).hasSize(1 + 9);
        assertThat(every.stream().map(r -> r.get(5))).as("a title a spreadsheet would run").contains("'=HYPERLINK(\"http://x\",\"রেপ্লিকেশন\")");
        CSVRecord a1 = every.stream().filter(r -> r.get(0).equals(Long.toString(runningA1.id()))).findFirst().orElseThrow();
        assertThat(a1.get(7)).isEqualTo("চলমান");
        assertThat(new java.math.BigDecimal(a1.get(10))).isEqualByComparingTo("23000");
        assertThat(every.stream().filter(r -> r.get(0).equals(Long.toString(replication.id()))).findFirst().orElseThrow().get(9))
                .isEqualTo(Long.toString(runningA1.id()));

        assertThat(user(Role.TEAM_MEMBER, districtA).bytes(base + ".csv?table=below").status()).isEqualTo(403);

        var xlsx = reader.bytes(base + ".xlsx?table=initiatives");
        assertThat(xlsx.status()).isEqualTo(200);
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo(9);
            boolean seen = false;
            for (int i = 1; i <= 9; i++) {
                var row = sheet.getRow(i);
                if ((long) row.getCell(0).getNumericCellValue() == runningA1.id()) {
                    assertThat(row.getCell(11).getCellType()).isEqualTo(CellType.NUMERIC);
                    assertThat(row.getCell(11).getNumericCellValue()).isEqualTo(1_300_000.0);
                    assertThat(row.getCell(8).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(runningA1.stageSince());
                    seen = true;
                }
                if ((long) row.getCell(0).getNumericCellValue() == replication.id()) {
                    assertThat(row.getCell(5).getCellType()).as("a text cell, never a formula").isEqualTo(CellType.STRING);
                }
            }
            assertThat(seen).isTrue();
        }
    }

    private String name(long office) {
        return jdbc.sql("select name_bn from office where id = ?").param(office).query(String.class).single();
    }

    private static List<CSVRecord> csv(byte[] body) throws IOException {
        return CSVFormat.DEFAULT.parse(new StringReader(new String(body, StandardCharsets.UTF_8).substring(1))).getRecords();
    }

    // ---- the JSON API

    @Test
    void theApiGivesTheOfficesInitiativesOneWithItsHistoryTcvAndReplicationsAndTheRollUp() {
        Browsing superior = user(Role.REVIEWER, districtA);
        JsonNode list = JSON.readTree(superior.get("/api/v1/offices/" + upazilaA1 + "/initiatives").body());
        assertThat(list).extracting(n -> n.get("id").asLong()).containsExactlyInAnyOrder(runningA1.id(), pilotA1.id());
        assertThat(list).extracting(n -> n.get("stage").asString()).containsExactlyInAnyOrder("RUNNING", "PILOT");

        var one = superior.get("/api/v1/offices/" + upazilaA1 + "/initiatives/" + runningA1.id());
        assertThat(one.status()).isEqualTo(200);
        JsonNode i = JSON.readTree(one.body());
        assertThat(i.get("kind").asString()).isEqualTo("IDEA");
        assertThat(i.get("history")).extracting(h -> h.get("stage").asString())
                .containsExactly("IDEA", "PROCESS_MAP", "APPROVED_FOR_PILOT", "PILOT", "ASSESSMENT", "SCALE_UP", "RUNNING");
        assertThat(i.get("history").get(0).get("enteredOn").asString()).isEqualTo("2023-07-10");
        assertThat(i.get("tcv").get("timeSavedPerCase").decimalValue()).isEqualByComparingTo("23");
        assertThat(i.get("tcv").get("costSavedPerYear").decimalValue()).isEqualByComparingTo("1300000");
        assertThat(i.get("tcv").get("visitsSavedPerYear").asLong()).isEqualTo(4000);
        assertThat(i.get("replications")).extracting(r -> r.get("officeId").asLong()).containsExactly(upazilaB1);
        assertThat(JSON.readTree(superior.get("/api/v1/offices/" + upazilaA1 + "/initiatives/" + pilotA1.id()).body()).get("tcv"))
                .as("not measured: left out").isNull();

        var elsewhere = superior.get("/api/v1/offices/" + upazilaA1 + "/initiatives/" + scaleUpA2.id());
        assertThat(elsewhere.status()).as("another office's initiative under this office's path").isEqualTo(404);
        assertThat(JSON.readTree(elsewhere.body()).get("message").asString()).contains("উদ্যোগটি পাওয়া যায়নি");

        JsonNode rollUp = JSON.readTree(user(Role.REVIEWER, division).get("/api/v1/offices/" + division + "/initiatives/roll-up").body());
        assertThat(rollUp.get("total").get("total").asLong()).isEqualTo(9);
        assertThat(rollUp.get("total").get("running").asLong()).isEqualTo(4);
        assertThat(rollUp.get("total").get("byStage").get("STOPPED").asLong()).isEqualTo(1);
        assertThat(rollUp.get("total").get("byKind").get("REPLICATION").asLong()).isEqualTo(1);
        assertThat(rollUp.get("total").get("daysSavedPerYear").decimalValue()).isEqualByComparingTo("26000");
        assertThat(rollUp.get("total").get("servicesRunning").asLong()).isEqualTo(2);
        assertThat(rollUp.get("byLevel").get("UPAZILA").get("total").asLong()).isEqualTo(7);
        assertThat(rollUp.get("below")).extracting(b -> b.get("id").asLong()).containsExactlyInAnyOrder(districtA, districtB);

        Browsing sibling = user(Role.TEAM_MEMBER, upazilaA2);
        for (String p : List.of("/api/v1/offices/" + upazilaA1 + "/initiatives", "/api/v1/offices/" + upazilaA1 + "/initiatives/" + runningA1.id(),
                "/api/v1/offices/" + upazilaA1 + "/initiatives/roll-up")) {
            assertThat(sibling.get(p).status()).as("a sibling: " + p).isEqualTo(403);
            assertThat(new Browsing(port).get(p).status()).as("anonymous: " + p).isEqualTo(401);
        }
    }

    // ---- the corner (point 8)

    @Test
    void theDivisionsCornerListsItsOfficesRunningInitiativesDistrictByDistrict() {
        Document corner = Jsoup.parse(new Browsing(port).get("/corner/" + division).body());
        var section = corner.selectFirst("[data-testid=corner-initiatives]");
        assertThat(section).isNotNull();
        assertThat(section.select("[data-testid=corner-by-district] > tbody").eachAttr("data-testid"))
                .as("ক-জেলা before খ-জেলা").containsExactly("corner-district-" + districtB, "corner-district-" + districtA);
        var a = section.selectFirst("tbody[data-testid=corner-district-" + districtA + "]");
        assertThat(a.selectFirst("[data-testid=district-name]").text()).startsWith("খ-জেলা").contains("চলমান উদ্যোগ ৩টি");
        assertThat(a.select("tr[data-testid^=corner-below-]").eachAttr("data-testid")).containsExactlyInAnyOrder(
                "corner-below-" + runningA.id(), "corner-below-" + runningA1.id(), "corner-below-" + scaleUpA2.id());
        assertThat(a.text()).doesNotContain("পাইলট-ক১", "ধারণা-ক২", "সহজিকরণ-চ");
        var b = section.selectFirst("tbody[data-testid=corner-district-" + districtB + "]");
        assertThat(b.select("tr[data-testid^=corner-below-]").eachAttr("data-testid")).containsExactly("corner-below-" + runningB1.id());
        assertThat(b.text()).contains("উপজেলা-খ১").doesNotContain("বন্ধ-খ১");
        assertThat(section.selectFirst("[data-testid=corner-running-none]")).as("the division has none of its own").isNotNull();

        Document upazila = Jsoup.parse(new Browsing(port).get("/corner/" + upazilaA1).body());
        var own = upazila.selectFirst("[data-testid=corner-initiatives]");
        assertThat(own.select("[data-testid=corner-running] li").eachAttr("data-testid")).containsExactly("corner-initiative-" + runningA1.id());
        assertThat(own.selectFirst("[data-testid=corner-services-summary]").text()).isEqualTo("৩টি সেবার মধ্যে ২টি সচল");
        assertThat(own.select("[data-testid=corner-services] a").eachAttr("href"))
                .containsExactly("https://a1.example.gov.bd/birth", "https://a1.example.gov.bd/land");
        assertThat(own.selectFirst("[data-testid=corner-by-district]")).as("an upazila has no district-wise list").isNull();

        Document district = Jsoup.parse(new Browsing(port).get("/corner/" + districtB).body());
        assertThat(district.select("[data-testid=corner-by-district] > tbody").eachAttr("data-testid"))
                .containsExactly("corner-district-" + districtB);
        assertThat(Jsoup.parse(new Browsing(port).get("/corner/" + ministry).body()).selectFirst("[data-testid=corner-initiatives]"))
                .as("nothing of its own, and a ministry lists no districts").isNull();
    }
}
