package bd.udbhabon.portal.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.portal.ChecklistItem;
import bd.udbhabon.portal.PortalChecklist;
import bd.udbhabon.reminder.DeadlineSource;
import bd.udbhabon.report.ReportSection;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Portal completeness (issue 16, point 3) over a division of its own: two districts, four upazilas, each in another
 * state for 2023-24's first quarter (V60's eight items), as seed 003 item 8 reads them: the division's page prints
 * each district's own rate and its offices below's, complete and incomplete; a link that is no web address is
 * refused in Bangla with the form as typed and nothing written; the Cabinet Division keeps the checklist by year;
 * the dashboards', the annual report's and the reminders' beans read the same answers.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.own-database=issue16")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PortalTests {

    static final FiscalYear YEAR = new FiscalYear(2023);
    static final String Q1 = "year=2023-24&quarter=1";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PortalChecklist portal;
    @Autowired
    PortalFigures figures;
    @Autowired
    PortalReportSection section;
    @Autowired
    PortalDeadlines deadlines;
    @Autowired
    OfficeDirectory offices;

    long division;
    long districtA;
    long districtB;
    long upazilaA1;
    long upazilaA2;
    long upazilaA3;
    long upazilaB1;
    List<ChecklistItem> items;

    @BeforeAll
    void tree() {
        division = office(OfficeLevel.DIVISION, accounts.cabinetDivision());
        districtA = office(OfficeLevel.DISTRICT, division);
        districtB = office(OfficeLevel.DISTRICT, division);
        upazilaA1 = office(OfficeLevel.UPAZILA, districtA);
        upazilaA2 = office(OfficeLevel.UPAZILA, districtA);
        upazilaA3 = office(OfficeLevel.UPAZILA, districtA);
        upazilaB1 = office(OfficeLevel.UPAZILA, districtB);
        items = portal.items(YEAR);
        assertThat(items).as("V60's checklist").hasSize(8);
        String writer = "portal-setup-" + System.nanoTime();
        accounts.create(writer, Role.SYSTEM_ADMIN, accounts.cabinetDivision());
        accounts.as(writer, () -> {
            fill(division, 8);
            fill(districtB, 7);
            fill(upazilaA1, 8);
            fill(upazilaA2, 6);
            fill(upazilaA3, 8);
            return null; // upazila B1 answers nothing; district A fills in through its page below
        });
    }

    private long office(OfficeLevel level, long parent) {
        String name = "পোর্টাল পরীক্ষা " + System.nanoTime();
        return jdbc.sql("insert into office (level, name_bn, name_en, admin_parent_id) values (?, ?, ?, ?) returning id")
                .param(level.name()).param(name).param("Portal test " + System.nanoTime()).param(parent).query(Long.class).single();
    }

    /** The first {@code done} items of Q1 with a link. */
    private void fill(long office, int done) {
        List<PortalChecklist.Answer> answers = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            answers.add(new PortalChecklist.Answer(items.get(i).id(), i < done ? "https://o" + office + ".gov.bd/item/" + i : ""));
        }
        portal.fill(office, YEAR, 1, answers);
    }

    private Browsing user(Role role, long office) {
        String name = "portal-" + role.name().toLowerCase() + "-" + System.nanoTime();
        accounts.create(name, role, office);
        Browsing browsing = new Browsing(port);
        browsing.signIn(name, TestAccounts.PASSWORD);
        return browsing;
    }

    private static String cell(Document page, long row, String testId) {
        return page.selectFirst("tr[data-testid=row-" + row + "] [data-testid=" + testId + "]").text();
    }

    private int stored(long office) {
        return jdbc.sql("select count(*) from portal_link where office_id = ? and fiscal_year = 2023 and quarter = 1")
                .param(office).query(Integer.class).single();
    }

    private int audited(long office) {
        return jdbc.sql("select count(*) from audit_entry where action = 'portal.filled' and record_id = ?")
                .param(office + ":2023-24:1").query(Integer.class).single();
    }

    @Test
    void aDistrictFillsInItsQuarterAndALinkThatIsNoAddressIsRefusedInBanglaWithTheFormAsTyped() {
        Browsing writer = user(Role.OFFICE_ADMIN, districtA);
        Map<Long, String> before = portal.links(districtA, YEAR, 1);
        int audited = audited(districtA);
        Document form = Jsoup.parse(writer.get("/offices/" + districtA + "/portal/edit?" + Q1).body());
        assertThat(form.select("form[data-testid=portal-form] input[type=url]")).hasSize(8);
        assertThat(form.select("form[data-testid=portal-form] label")).hasSize(8);

        Map<String, String> typed = new LinkedHashMap<>();
        typed.put("year", "2023-24");
        typed.put("quarter", "1");
        for (int i = 0; i < items.size(); i++) {
            typed.put("links[" + i + "].item", Long.toString(items.get(i).id()));
            typed.put("links[" + i + "].url", "https://dc.example.gov.bd/page/" + i);
        }
        typed.put("links[1].url", "pabna.gov.bd/site/page/team-order");
        typed.put("links[4].url", "ইনোভেশন কর্নারে আছে");
        var refused = writer.post("/offices/" + districtA + "/portal/edit", typed);
        assertThat(refused.status()).isEqualTo(200);
        Document again = Jsoup.parse(refused.body());
        long second = items.get(1).id();
        assertThat(again.selectFirst("[data-testid=link-" + second + "-error]").text())
                .isEqualTo("এটি সঠিক ওয়েব ঠিকানা নয়: \"pabna.gov.bd/site/page/team-order\"। http:// বা https:// দিয়ে শুরু হওয়া পোর্টালের পাতার পূর্ণ ঠিকানা লিখুন (যেমন https://pabna.gov.bd/site/page/...)।");
        assertThat(again.selectFirst("[data-testid=link-" + items.get(4).id() + "-error]")).isNotNull();
        assertThat(again.selectFirst("[data-testid=link-" + second + "]").attr("value")).isEqualTo("pabna.gov.bd/site/page/team-order");
        assertThat(again.selectFirst("[data-testid=link-" + items.get(0).id() + "]").attr("value")).isEqualTo("https://dc.example.gov.bd/page/0");
        assertThat(again.selectFirst("[data-testid=form-errors]")).isNotNull();
        assertThat(portal.links(districtA, YEAR, 1)).as("nothing written").isEqualTo(before);
        assertThat(audited(districtA)).isEqualTo(audited);

        typed.put("links[1].url", "  https://dc.example.gov.bd/page/1 ");
        typed.put("links[4].url", "");
        var saved = writer.post("/offices/" + districtA + "/portal/edit", typed);
        assertThat(saved.status()).isEqualTo(302);
        assertThat(saved.location()).endsWith("/offices/" + districtA + "/portal?" + Q1);
        assertThat(stored(districtA)).as("seven links, the blank item not done").isEqualTo(7);
        assertThat(jdbc.sql("select url from portal_link where office_id = ? and item_id = ?").param(districtA).param(second)
                .query(String.class).single()).isEqualTo("https://dc.example.gov.bd/page/1");
        assertThat(audited(districtA)).isEqualTo(audited + 1);

        // the whole checklist now: 8 of 8 (the refused and blank ones given), and the page says so
        typed.put("links[4].url", "https://dc.example.gov.bd/page/4");
        writer.post("/offices/" + districtA + "/portal/edit", typed);
        Document page = Jsoup.parse(writer.get("/offices/" + districtA + "/portal?" + Q1).body());
        assertThat(page.selectFirst("[data-testid=own-rate]").text()).contains("১০০%", "৮টির মধ্যে ৮টি");
        assertThat(page.selectFirst("[data-testid=below-rate]").text())
                .isEqualTo("আওতাধীন অফিসের পোর্টাল সমূহের সার্বিক অবস্থা: সম্পূর্ণতার হার ৯২% এবং অসম্পূর্ণতার হার ৮% (৩টি অফিস)।");
        assertThat(page.select("table[data-testid=checklist] a[data-testid=evidence]")).hasSize(8);
        assertThat(page.selectFirst("a[data-testid=fill]")).isNotNull();
    }

    @Test
    void theDivisionPrintsEachDistrictAsSeed003DoesWithAChartAndDrillsDownToTheUpazilas() {
        Browsing reader = user(Role.REVIEWER, division);
        // district A's own answers, whatever the order the tests run in
        String setup = "portal-a-" + System.nanoTime();
        accounts.create(setup, Role.OFFICE_ADMIN, districtA);
        accounts.as(setup, () -> {
            fill(districtA, 8);
            return null;
        });
        Document html = Jsoup.parse(reader.get("/offices/" + division + "/portal?" + Q1).body());
        assertThat(html.selectFirst("[data-testid=period]").text()).isEqualTo("২০২৩-২৪ অর্থবছরের প্রথম কোয়ার্টার (জুলাই-সেপ্টেম্বর)");
        assertThat(html.select("table[data-testid=children] tbody tr").eachAttr("data-testid"))
                .containsExactlyInAnyOrder("row-" + districtA, "row-" + districtB);
        assertThat(cell(html, districtA, "own")).isEqualTo("১০০%");
        assertThat(cell(html, districtA, "below")).isEqualTo("৯২%");
        assertThat(cell(html, districtA, "below-missing")).isEqualTo("৮%");
        assertThat(cell(html, districtA, "below-offices")).isEqualTo("৩");
        assertThat(cell(html, districtB, "own")).as("7 of 8").isEqualTo("৮৮%");
        assertThat(cell(html, districtB, "below")).as("its upazila said nothing").isEqualTo("০%");
        assertThat(html.selectFirst("[data-testid=own-rate]").text()).contains("১০০%");
        // 8 + 7 + 8 + 6 + 8 + 0 of 6 × 8
        assertThat(html.selectFirst("[data-testid=below-rate]").text()).contains("সম্পূর্ণতার হার ৭৭%", "অসম্পূর্ণতার হার ২৩%", "৬টি অফিস");
        var chart = html.selectFirst("svg.bar-chart[role=img]");
        assertThat(chart).as("the chart, before its table").isNotNull();
        assertThat(chart.text()).contains("৯২%", "০%");
        assertThat(html.selectFirst("table[data-testid=children] caption")).isNotNull();
        assertThat(html.selectFirst("a[data-testid=fill]")).as("a superior reads, never writes").isNull();

        String drill = html.selectFirst("tr[data-testid=row-" + districtA + "] a[data-testid=drill]").attr("href");
        assertThat(drill).isEqualTo("/offices/" + districtA + "/portal?" + Q1);
        Document district = Jsoup.parse(reader.get(drill).body());
        assertThat(cell(district, upazilaA2, "own")).isEqualTo("৭৫%");
        Document upazila = Jsoup.parse(reader.get("/offices/" + upazilaB1 + "/portal?" + Q1).body());
        assertThat(upazila.selectFirst("[data-testid=no-children]")).isNotNull();
        assertThat(upazila.select("[data-testid=missing]")).hasSize(8);

        Document english = Jsoup.parse(reader.get("/offices/" + division + "/portal?" + Q1 + "&lang=en").body());
        assertThat(english.selectFirst("[data-testid=period]").text()).isEqualTo("the first quarter (July-September) of 2023-24");
        assertThat(english.selectFirst("tr[data-testid=row-" + districtA + "] [data-testid=below]").text()).isEqualTo("92%");

        assertThat(reader.get("/offices/" + division + "/portal?year=2023&quarter=1").status()).isEqualTo(400);
        assertThat(reader.get("/offices/" + division + "/portal?year=2023-24&quarter=5").status()).isEqualTo(400);
    }

    @Test
    void aQuarterNotBegunCannotBeFilledIn() {
        Browsing writer = user(Role.OFFICE_ADMIN, upazilaB1);
        var page = writer.get("/offices/" + upazilaB1 + "/portal/edit?year=2090-91&quarter=1");
        assertThat(page.status()).isEqualTo(400);
        assertThat(page.body()).contains("এই কোয়ার্টার এখনো শুরু হয়নি");
        String name = "portal-future-" + System.nanoTime();
        accounts.create(name, Role.OFFICE_ADMIN, upazilaB1);
        assertThatThrownBy(() -> accounts.as(name, () -> {
            portal.fill(upazilaB1, new FiscalYear(2090), 1, List.of());
            return null;
        })).isInstanceOf(UserFacingException.class);
    }

    @Test
    void theCabinetDivisionAddsAndRetiresItemsByYearAndEarlierYearsKeepTheirChecklist() {
        Browsing admin = user(Role.OFFICE_ADMIN, accounts.cabinetDivision());
        assertThat(admin.get("/portal-checklist").status()).isEqualTo(200);
        String name = "পরীক্ষার বিষয় " + System.nanoTime();
        var refused = admin.post("/portal-checklist", Map.of("nameBn", name, "nameEn", "", "fromYear", "২০৯৫"));
        assertThat(refused.status()).isEqualTo(200);
        Document again = Jsoup.parse(refused.body());
        assertThat(again.selectFirst("[data-testid=fromYear-error]").text()).contains("অর্থবছর বোঝা যায়নি");
        assertThat(again.selectFirst("#nameBn").attr("value")).isEqualTo(name);
        assertThat(again.selectFirst("#fromYear").attr("value")).isEqualTo("২০৯৫");

        assertThat(admin.post("/portal-checklist", Map.of("nameBn", name, "nameEn", "A test item", "fromYear", "২০৯৫-৯৬")).status()).isEqualTo(302);
        long id = jdbc.sql("select id from portal_item where name_bn = ?").param(name).query(Long.class).single();
        assertThat(portal.items(new FiscalYear(2094))).hasSize(8);
        assertThat(portal.items(new FiscalYear(2095))).extracting(ChecklistItem::id).contains(id).hasSize(9);

        var early = admin.post("/portal-checklist/" + id + "/retire", Map.of("retireFrom", "2095-96"));
        assertThat(early.status()).isEqualTo(200);
        assertThat(Jsoup.parse(early.body()).selectFirst("[data-testid=retire-error]").text()).contains("২০৯৫-৯৬ অর্থবছর থেকে প্রযোজ্য");
        assertThat(admin.post("/portal-checklist/" + id + "/retire", Map.of("retireFrom", "2097-98")).status()).isEqualTo(302);
        assertThat(portal.items(new FiscalYear(2096))).extracting(ChecklistItem::id).contains(id);
        assertThat(portal.items(new FiscalYear(2097))).extracting(ChecklistItem::id).doesNotContain(id);
        assertThat(Jsoup.parse(admin.get("/portal-checklist").body()).selectFirst("tr[data-testid=item-" + id + "] [data-testid=years]").text())
                .isEqualTo("২০৯৫-৯৬ থেকে ২০৯৬-৯৭ পর্যন্ত");
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'portal-item' and record_id = ?")
                .param(Long.toString(id)).query(Integer.class).single()).isEqualTo(2);
    }

    @Test
    void theDashboardsTheAnnualReportAndTheRemindersReadTheSameAnswers() {
        List<OfficeFigures.Figure> found = figures.figures(YEAR, List.of(districtB, upazilaB1), LocalDate.of(2023, 11, 5));
        assertThat(found).containsExactlyInAnyOrder(
                new OfficeFigures.Figure(districtB, 1, PortalFigures.ITEMS, 7, 8), new OfficeFigures.Figure(districtB, 2, PortalFigures.ITEMS, 0, 8),
                new OfficeFigures.Figure(upazilaB1, 1, PortalFigures.ITEMS, 0, 8), new OfficeFigures.Figure(upazilaB1, 2, PortalFigures.ITEMS, 0, 8));
        assertThat(figures.figures(new FiscalYear(2090), List.of(districtB), LocalDate.of(2023, 11, 5))).as("a year not begun").isEmpty();
        assertThat(figures.recordTypes()).containsExactly("portal");

        ReportSection.Part part = section.draft(offices.require(districtB), YEAR, LocalDate.of(2024, 7, 10)).orElseThrow();
        assertThat(part.key()).isEqualTo("portal");
        assertThat(section.order()).isEqualTo(700);
        assertThat(part.draftBn()).isEqualTo("২০২৩-২৪ অর্থবছরের প্রথম কোয়ার্টার (জুলাই-সেপ্টেম্বর) শেষে নিজ ওয়েব পোর্টালের সম্পূর্ণতার হার ৮৮%"
                + " এবং আওতাধীন অফিসের পোর্টালসমূহের সম্পূর্ণতার হার ০% (অসম্পূর্ণতার হার ১০০%)।");
        assertThat(part.figures().getFirst()).isEqualTo(new ReportSection.Figure("নিজ পোর্টাল, প্রথম কোয়ার্টার (জুলাই-সেপ্টেম্বর)",
                "Own portal, the first quarter (July-September)", 7, 8L));
        assertThat(part.chart()).hasSize(4);
        assertThat(part.chart().getFirst().value()).isEqualTo(88.0);

        // on 5 October 2023 the first quarter is overdue for those without every link, the second not yet due
        List<DeadlineSource.Deadline> open = deadlines.open(LocalDate.of(2023, 10, 5), LocalDate.of(2023, 10, 5));
        List<String> keys = open.stream().map(DeadlineSource.Deadline::key).toList();
        assertThat(keys).contains("portal-checklist:" + districtB + ":2023-24:1", "portal-checklist:" + upazilaA2 + ":2023-24:1")
                .doesNotContain("portal-checklist:" + division + ":2023-24:1", "portal-checklist:" + upazilaA1 + ":2023-24:1",
                        "portal-checklist:" + districtB + ":2023-24:2")
                // an office that never answered is not reminded (its superiors' page and the dashboards show it at 0 %)
                .doesNotContain("portal-checklist:" + upazilaB1 + ":2023-24:1");
        var b = open.stream().filter(d -> d.officeId() == districtB).findFirst().orElseThrow();
        assertThat(b.due()).isEqualTo(LocalDate.of(2023, 9, 30));
        assertThat(b.link()).isEqualTo("/offices/" + districtB + "/portal/edit?" + Q1);
        assertThat(b.permission()).isEqualTo(bd.udbhabon.access.Permission.WRITE_RECORDS);
        assertThat(deadlines.open(LocalDate.of(2023, 10, 5), LocalDate.of(2023, 12, 31)).stream().map(DeadlineSource.Deadline::key))
                .as("the second quarter once the reminders look that far").contains("portal-checklist:" + districtB + ":2023-24:2");
    }

    @Test
    void theCornerShowsTheLatestQuarterAnswered() {
        Document corner = Jsoup.parse(new Browsing(port).get("/corner/" + districtB).body());
        assertThat(corner.selectFirst("[data-testid=corner-portal]").text()).contains("২০২৩-২৪ অর্থবছরের প্রথম কোয়ার্টার", "৮৮%");
        assertThat(corner.select("[data-testid=corner-portal-links] a")).hasSize(7);
        assertThat(Jsoup.parse(new Browsing(port).get("/corner/" + upazilaB1).body()).selectFirst("[data-testid=corner-portal]")).isNull();
    }
}
