package bd.udbhabon.team;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.internal.ComplianceUpdater;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance view as officers see it, over Meherpur district and its three upazilas: Meherpur
 * Sadar's team meets every rule, Gangni's lacks an officer able to develop skills, Mujibnagar has
 * none. Seen by the district and by the Cabinet Division (whose numbers are compared before and
 * after, since other tests share the database).
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ComplianceViewTests {

    static final String LACKS_SKILLS = "ন্যূনতম ১ জন দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা নেই";
    static final String NOTIFICATION_2025 = "ইনোভেশন টিম গঠন ও কার্যপরিধি সংশোধন সংক্রান্ত প্রজ্ঞাপন (০৬.১১.২০২৫)";
    static final List<String> COLUMNS = List.of("offices", "with-team", "compliant", "not-compliant", "no-rules", "no-team");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater updater;

    long cabinet;
    long khulna;
    long meherpur;
    long sadar;
    long gangni;
    long mujibnagar;
    Browsing district;
    Browsing cabinetReader;
    Map<String, Long> cabinetBefore;

    @BeforeAll
    void teams() {
        cabinet = accounts.cabinetDivision();
        khulna = accounts.office(OfficeLevel.DIVISION, "Khulna");
        meherpur = accounts.office(OfficeLevel.DISTRICT, "Meherpur");
        sadar = accounts.upazila(meherpur, "Meherpur Sadar");
        gangni = accounts.upazila(meherpur, "Gangni");
        mujibnagar = accounts.upazila(meherpur, "Mujibnagar");
        accounts.create("meherpur-reviewer", Role.REVIEWER, meherpur);
        accounts.create("cabinet-reviewer", Role.REVIEWER, cabinet);
        district = signIn("meherpur-reviewer");
        cabinetReader = signIn("cabinet-reviewer");

        cabinetBefore = numbers(page(cabinetReader, "/offices/" + cabinet + "/compliance"), khulna);
        var fixtures = new TeamFixtures(jdbc, offices, updater);
        fixtures.upazilaTeam(sadar, true);
        fixtures.upazilaTeam(gangni, false);
    }

    @Test
    void theDistrictSeesItsUpazilasCountedByLevelAndEachUpazilasStanding() {
        Document page = page(district, "/offices/" + meherpur + "/compliance");
        assertThat(page.select("tr[data-testid^=tally-]")).extracting(e -> e.attr("data-testid"))
                .containsExactly("tally-DISTRICT", "tally-UPAZILA", "tally-total");
        assertThat(cells(page, "tally-DISTRICT")).containsExactly("১", "০", "০", "০", "০", "১");
        assertThat(cells(page, "tally-UPAZILA")).containsExactly("৩", "২", "১", "১", "০", "১");
        assertThat(cells(page, "tally-total")).containsExactly("৪", "২", "১", "১", "০", "২");
        assertThat(page.selectFirst("[data-testid=own-verdict]").text()).isEqualTo("টিম নেই");

        assertThat(page.select("[data-testid=children] tbody tr")).extracting(e -> e.attr("data-testid"))
                .containsExactlyInAnyOrder("row-" + sadar, "row-" + gangni, "row-" + mujibnagar);
        Element good = page.selectFirst("[data-testid=row-" + sadar + "]");
        assertThat(good.selectFirst("[data-testid=verdict]").text()).isEqualTo("সব শর্ত পূরণ");
        assertThat(good.selectFirst("[data-testid=lacking]").text()).isEmpty();
        assertThat(good.selectFirst("[data-testid=scope-compliant]").text()).isEqualTo("১/১ দপ্তরে সব শর্ত পূরণ");
        Element lacking = page.selectFirst("[data-testid=row-" + gangni + "]");
        assertThat(lacking.selectFirst("[data-testid=verdict]").text()).isEqualTo("সব শর্ত পূরণ হয়নি");
        assertThat(lacking.selectFirst("[data-testid=lacking]").text()).isEqualTo(LACKS_SKILLS);
        assertThat(lacking.selectFirst("[data-testid=notifications]").text()).isEqualTo("গঠন ও যাচাই: " + NOTIFICATION_2025);
        assertThat(lacking.text()).contains("০১ ডিসেম্বর ২০২৫",
                "০/১ দপ্তরে সব শর্ত পূরণ", "সব শর্ত পূরণ হয়নি ১, টিম নেই ০");
        assertThat(lacking.selectFirst("[data-testid=office-compliance-link]").attr("href")).isEqualTo("/offices/" + gangni + "/compliance");
        assertThat(lacking.selectFirst("[data-testid=office-team-link]").attr("href")).isEqualTo("/offices/" + gangni + "/team");
        Element none = page.selectFirst("[data-testid=row-" + mujibnagar + "]");
        assertThat(none.selectFirst("[data-testid=verdict]").text()).isEqualTo("টিম নেই");
        assertThat(none.selectFirst("[data-testid=scope-compliant]").text()).isEqualTo("০/১ দপ্তরে সব শর্ত পূরণ");
    }

    @Test
    void anUpazilasOwnRowNamesEveryRuleItMeetsAndWhatItLacks() {
        Document page = page(district, "/offices/" + gangni + "/compliance");
        assertThat(page.selectFirst("[data-testid=own-verdict]").text()).isEqualTo("সব শর্ত পূরণ হয়নি");
        assertThat(page.select("[data-testid=own-lacking] li")).extracting(Element::text).containsExactly(LACKS_SKILLS);
        assertThat(page.select("[data-testid=own-met] li")).extracting(Element::text).containsExactly(
                "ইনোভেশন অফিসার: উপজেলা নির্বাহী অফিসার",
                "৭-৯ জন মনোনীত সদস্য: আছে ৭ জন",
                "১ জন সহকারী কমিশনার (ভূমি): আছে ১ জন",
                "১ জন সহকারী প্রোগ্রামার: আছে ১ জন",
                "৫-৭ জন উপজেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা: আছে ৫ জন",
                "ন্যূনতম ১ জন আইসিটি/বিজ্ঞান বিষয়ক মাধ্যমিক পর্যায়ের উদ্যমী শিক্ষক: আছে ১ জন");
        assertThat(page.select("[data-testid=children] tbody tr")).isEmpty();

        Document english = page(district, "/offices/" + gangni + "/compliance?lang=en");
        assertThat(english.selectFirst("[data-testid=own-verdict]").text()).isEqualTo("Not all rules met");
        assertThat(english.select("[data-testid=own-lacking] li")).extracting(Element::text)
                .containsExactly("at least 1 officer able to develop skills: none");
    }

    @Test
    void theVerdictFilterListsExactlyTheOfficesWithThatVerdict() {
        Document notCompliant = page(district, "/offices/" + meherpur + "/compliance?verdict=NOT_COMPLIANT");
        assertThat(notCompliant.selectFirst("[data-testid=listing-count]").text()).isEqualTo("সব শর্ত পূরণ হয়নি: ১টি দপ্তর");
        assertThat(notCompliant.select("[data-testid=listing] tbody tr")).extracting(e -> e.attr("data-testid"))
                .containsExactly("row-" + gangni);
        assertThat(notCompliant.selectFirst("[data-testid=listing] [data-testid=lacking]").text()).isEqualTo(LACKS_SKILLS);
        Document noTeam = page(district, "/offices/" + meherpur + "/compliance?verdict=no_team");
        assertThat(noTeam.select("[data-testid=listing] tbody tr")).extracting(e -> e.attr("data-testid"))
                .containsExactly("row-" + meherpur, "row-" + mujibnagar);
        assertThat(page(district, "/offices/" + meherpur + "/compliance?verdict=NO_RULES").selectFirst(".empty").text())
                .isEqualTo("এমন কোনো দপ্তর নেই।");
    }

    @Test
    void theCabinetDivisionSeesTheNewTeamsInItsCountsAndFindsWhoIsNotCompliant() {
        Document page = page(cabinetReader, "/offices/" + cabinet + "/compliance");
        Map<String, Long> after = numbers(page, khulna);
        Map<String, Long> change = new LinkedHashMap<>();
        after.forEach((key, value) -> change.put(key, value - cabinetBefore.get(key)));
        assertThat(change).containsAllEntriesOf(Map.of(
                "UPAZILA/offices", 0L, "UPAZILA/with-team", 2L, "UPAZILA/compliant", 1L, "UPAZILA/not-compliant", 1L,
                "UPAZILA/no-rules", 0L, "UPAZILA/no-team", -2L, "DISTRICT/with-team", 0L, "total/compliant", 1L,
                "total/no-team", -2L, "khulna/compliant", 1L));
        assertThat(change.get("khulna/offices")).isZero();
        assertThat(after.get("UPAZILA/offices")).isGreaterThanOrEqualTo(494);
        assertThat(page.select("[data-testid=own]")).as("the Cabinet Division forms no team of its own level").isEmpty();
        assertThat(page.select("[data-testid=children] tbody tr")).extracting(e -> e.attr("data-testid"))
                .contains("row-" + khulna).doesNotContain("row-" + meherpur, "row-" + gangni);

        Document notCompliant = page(cabinetReader, "/offices/" + cabinet + "/compliance?verdict=NOT_COMPLIANT");
        assertThat(notCompliant.select("[data-testid=listing] tbody tr")).extracting(e -> e.attr("data-testid"))
                .contains("row-" + gangni).doesNotContain("row-" + sadar, "row-" + mujibnagar);
        assertThat(notCompliant.selectFirst("[data-testid=row-" + gangni + "]").text()).contains(LACKS_SKILLS, "জেলা প্রশাসকের কার্যালয়, মেহেরপুর");

        // Every office without a team, a hundred to a page.
        Document noTeam = page(cabinetReader, "/offices/" + cabinet + "/compliance?verdict=NO_TEAM");
        long total = after.get("total/no-team");
        assertThat(noTeam.selectFirst("[data-testid=listing-count]").text()).isEqualTo("টিম নেই: " + BanglaDigits.toBangla(total) + "টি দপ্তর");
        assertThat(noTeam.select("[data-testid=listing] tbody tr")).hasSize(100);
        assertThat(noTeam.select("a[rel=next]").attr("href")).isEqualTo("/offices/" + cabinet + "/compliance?verdict=NO_TEAM&page=1");
        int last = (int) ((total - 1) / 100);
        Document lastPage = page(cabinetReader, "/offices/" + cabinet + "/compliance?verdict=NO_TEAM&page=" + last);
        assertThat(lastPage.select("[data-testid=listing] tbody tr")).hasSize((int) (total - last * 100L));
        assertThat(lastPage.select("a[rel=next]")).isEmpty();
    }

    @Test
    void theCsvHasABomAHeaderAndOneRowPerOfficeInScope() throws IOException {
        var response = Downloads.get(port, district, "/offices/" + meherpur + "/compliance.csv");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow())
                .startsWith("attachment").contains(".csv").contains("%E0%A6%AE%E0%A7%87%E0%A6%B9%E0%A7%87%E0%A6%B0%E0%A6%AA%E0%A7%81%E0%A6%B0");
        byte[] bytes = response.body();
        assertThat(Arrays.copyOf(bytes, 3)).containsExactly(0xEF, 0xBB, 0xBF);
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        List<CSVRecord> rows = CSVFormat.DEFAULT.parse(new StringReader(text)).getRecords();
        assertThat(rows.getFirst().toList()).containsExactly("দপ্তর (বাংলা)", "দপ্তর (ইংরেজি)", "স্তর", "ঊর্ধ্বতন দপ্তর", "অবস্থা",
                "যে প্রজ্ঞাপন অনুযায়ী গঠিত", "যে প্রজ্ঞাপন অনুযায়ী যাচাই", "যা নেই", "যে শর্ত পূরণ হয়েছে", "সর্বশেষ পরিবর্তন");
        assertThat(rows).hasSize(5);
        assertThat(rows.get(1).toList()).containsExactly("জেলা প্রশাসকের কার্যালয়, মেহেরপুর", "Deputy Commissioner's Office, Meherpur",
                "জেলা প্রশাসকের কার্যালয়", "বিভাগীয় কমিশনারের কার্যালয়, খুলনা", "টিম নেই", "", "", "", "", "");
        CSVRecord gangniRow = rows.stream().filter(r -> r.get(1).equals("Upazila Nirbahi Officer's Office, Gangni")).findFirst().orElseThrow();
        assertThat(gangniRow.toList()).containsExactly("উপজেলা নির্বাহী অফিসারের কার্যালয়, গাংনী", "Upazila Nirbahi Officer's Office, Gangni",
                "উপজেলা নির্বাহী অফিসারের কার্যালয়", "জেলা প্রশাসকের কার্যালয়, মেহেরপুর", "সব শর্ত পূরণ হয়নি", NOTIFICATION_2025,
                NOTIFICATION_2025, LACKS_SKILLS, gangniRow.get(8), "2025-12-01");
        assertThat(gangniRow.get(8)).startsWith("ইনোভেশন অফিসার: উপজেলা নির্বাহী অফিসার; ৭-৯ জন মনোনীত সদস্য: আছে ৭ জন;");
        assertThat(rows.stream().map(r -> r.get(4))).containsExactly("অবস্থা", "টিম নেই", "সব শর্ত পূরণ হয়নি", "টিম নেই", "সব শর্ত পূরণ");
    }

    @Test
    void theXlsxHasABoldFrozenFilteredHeaderInABanglaFontAndTheSameRows() throws IOException {
        var response = Downloads.get(port, district, "/offices/" + meherpur + "/compliance.xlsx");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment").contains(".xlsx");
        try (var book = new XSSFWorkbook(new ByteArrayInputStream(response.body()))) {
            XSSFSheet sheet = book.getSheetAt(0);
            assertThat(sheet.getSheetName()).isEqualTo("শর্ত পূরণ");
            Row header = sheet.getRow(0);
            assertThat(header.getCell(0).getStringCellValue()).isEqualTo("দপ্তর (বাংলা)");
            assertThat(header.getCell(7).getStringCellValue()).isEqualTo("যা নেই");
            for (var cell : header) {
                var font = ((XSSFCell) cell).getCellStyle().getFont();
                assertThat(font.getBold()).isTrue();
                assertThat(font.getFontName()).isEqualTo("Nirmala UI");
            }
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getPaneInformation().getHorizontalSplitTopRow()).isEqualTo((short) 1);
            assertThat(sheet.getCTWorksheet().getAutoFilter().getRef()).isEqualTo("A1:J5");
            assertThat(sheet.getLastRowNum()).isEqualTo(4);
            Row gangniRow = null;
            for (int i = 1; i <= 4; i++) {
                if (sheet.getRow(i).getCell(1).getStringCellValue().equals("Upazila Nirbahi Officer's Office, Gangni")) {
                    gangniRow = sheet.getRow(i);
                }
            }
            assertThat(gangniRow).isNotNull();
            assertThat(gangniRow.getCell(0).getStringCellValue()).isEqualTo("উপজেলা নির্বাহী অফিসারের কার্যালয়, গাংনী");
            assertThat(gangniRow.getCell(4).getStringCellValue()).isEqualTo("সব শর্ত পূরণ হয়নি");
            assertThat(gangniRow.getCell(7).getStringCellValue()).isEqualTo(LACKS_SKILLS);
            assertThat(gangniRow.getCell(9).getLocalDateTimeCellValue().toLocalDate()).isEqualTo(LocalDate.of(2025, 12, 1));
            assertThat(((XSSFCell) gangniRow.getCell(7)).getCellStyle().getFont().getFontName()).isEqualTo("Nirmala UI");
            assertThat(((XSSFCell) gangniRow.getCell(7)).getCellStyle().getFont().getBold()).isFalse();
        }
    }

    @Test
    void theOfficePageLinksToTheView() {
        assertThat(district.get("/offices/" + meherpur).body()).contains("href=\"/offices/" + meherpur + "/compliance\"");
    }

    private Browsing signIn(String username) {
        var user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }

    private static Document page(Browsing user, String path) {
        var page = user.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private static List<String> cells(Document page, String row) {
        return COLUMNS.stream().map(c -> page.selectFirst("[data-testid=" + row + "] [data-testid=" + c + "]").text()).toList();
    }

    /** The level table's numbers ("UPAZILA/compliant") and Khulna's row ("khulna/compliant", "khulna/offices"). */
    private static Map<String, Long> numbers(Document page, long khulna) {
        Map<String, Long> numbers = new LinkedHashMap<>();
        for (String row : List.of("DISTRICT", "UPAZILA", "total")) {
            List<String> values = cells(page, "tally-" + row);
            for (int i = 0; i < COLUMNS.size(); i++) {
                numbers.put(row + "/" + COLUMNS.get(i), Long.parseLong(BanglaDigits.toLatin(values.get(i))));
            }
        }
        String scope = BanglaDigits.toLatin(page.selectFirst("[data-testid=row-" + khulna + "] [data-testid=scope-compliant]").text());
        String[] parts = scope.substring(0, scope.indexOf(' ')).split("/");
        numbers.put("khulna/compliant", Long.parseLong(parts[0]));
        numbers.put("khulna/offices", Long.parseLong(parts[1]));
        return numbers;
    }
}
