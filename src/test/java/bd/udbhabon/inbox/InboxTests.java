package bd.udbhabon.inbox;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.document.SeedDocuments;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanFixtures;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The inbox (issue 16, point 4) on real papers and reports: what each office sends upward arrives at its superiors
 * and, where the rules say so, at the Cabinet Division, in the issuing transaction; acknowledged once by a writer of
 * the receiving office, read by its superiors, refused to the offices below; filtered, its paper downloaded; what is
 * expected and missing listed; what reached the Cabinet Division counted for the dashboards. Each test makes its own
 * offices (tests share issue 16's database).
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.own-database=issue16")
class InboxTests {

    static final OfficialPapers.Signatory SIGNATORY = new OfficialPapers.Signatory("শাকিল আহমেদ", "জেলা প্রশাসক", null, null);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    OfficialPapers papers;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    List<ExpectedItems> expected;
    @Autowired
    List<OfficeFigures> figures;

    /** Under the Cabinet Division as the registry has them: a division, a district, an upazila; a ministry and its directorate. */
    record Tree(long division, long district, long upazila, long ministry, long directorate) {
    }

    private Tree tree() {
        long division = fixtures.office(OfficeLevel.DIVISION, accounts.cabinetDivision(), null);
        long district = fixtures.office(OfficeLevel.DISTRICT, division, null);
        long ministry = fixtures.office(OfficeLevel.MINISTRY, null, accounts.cabinetDivision());
        return new Tree(division, district, fixtures.office(OfficeLevel.UPAZILA, district, null), ministry,
                fixtures.office(OfficeLevel.DIRECTORATE, null, ministry));
    }

    private OfficialPapers.IssuedPaper issue(long office, String subject, LocalDate on) {
        long n = System.nanoTime();
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn) values (?, ?, 'পরীক্ষা') returning id")
                .params(office, "05.%02d.%04d.%03d.14.%03d.26".formatted(n % 100, office % 10_000, n / 100 % 1000, n / 100_000 % 1000))
                .query(Long.class).single();
        return new TransactionTemplate(transactionManager).execute(tx -> papers.issue(office,
                new OfficialPapers.Issue(file, on, SIGNATORY), subject, memo -> SeedDocuments.officeOrder()));
    }

    private List<String> inboxOf(long office) {
        return jdbc.sql("select kind || ' ' || reference || ' ' || from_office_id || ' ' || status from inbox_item where to_office_id = ? order by id")
                .param(office).query(String.class).list();
    }

    private List<String> cabinetItemsFrom(long from) {
        return jdbc.sql("select reference from inbox_item where to_office_id = ? and from_office_id = ? order by id")
                .params(accounts.cabinetDivision(), from).query(String.class).list();
    }

    private Browsing user(Role role, long office) {
        String name = "inbox-" + role.name().toLowerCase() + "-" + System.nanoTime();
        accounts.create(name, role, office);
        Browsing user = new Browsing(port);
        user.signIn(name, TestAccounts.PASSWORD);
        user.get("/account"); // the session's CSRF token
        return user;
    }

    @Test
    void papersArriveAtTheSuperiorsAndWhereTheRulesSayAtTheCabinetDivision() {
        Tree t = tree();
        LocalDate on = LocalDate.of(2025, 12, 1);
        var order = issue(t.district(), "team-order:" + (900_000 + t.district()), on);
        var upazilaMinutes = issue(t.upazila(), "minutes:" + (900_000 + t.upazila()), on);
        var plan = issue(t.directorate(), "plan:" + (900_000 + t.directorate()), on);
        var directorateMinutes = issue(t.directorate(), "minutes:" + (800_000 + t.directorate()), on);
        issue(t.district(), "meeting-notice:" + (900_000 + t.district()), on); // stays home

        assertThat(inboxOf(t.division())).containsExactly("team-order " + order.subject() + " " + t.district() + " RECEIVED");
        assertThat(inboxOf(t.district())).containsExactly("minutes " + upazilaMinutes.subject() + " " + t.upazila() + " RECEIVED");
        assertThat(inboxOf(t.ministry())).containsExactly("plan " + plan.subject() + " " + t.directorate() + " RECEIVED",
                "minutes " + directorateMinutes.subject() + " " + t.directorate() + " RECEIVED");
        assertThat(cabinetItemsFrom(t.district())).containsExactly(order.subject());     // §৪: the CD is informed
        assertThat(cabinetItemsFrom(t.upazila())).containsExactly(upazilaMinutes.subject()); // seed 003 item 6
        assertThat(cabinetItemsFrom(t.directorate())).isEmpty(); // a directorate's plan and minutes go to its ministry
        assertThat(jdbc.sql("select title_bn from inbox_item where reference = ? and to_office_id = ?")
                .params(order.subject(), t.division()).query(String.class).single())
                .isEqualTo("ইনোভেশন টিম গঠনের অফিস আদেশ, স্মারক নং " + order.memoNumber().format());
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'inbox.received' and office_id = ?")
                .param(t.district()).query(Long.class).single()).as("audited on the sender's trail").isEqualTo(2);

        // what reached the Cabinet Division, for the dashboards: the district's order in 2025-26's second quarter
        OfficeFigures inboxFigures = figures.stream().filter(f -> f.recordTypes().contains("inbox_item")).findFirst().orElseThrow();
        assertThat(inboxFigures.figures(FiscalYear.of(on), List.of(t.district(), t.upazila(), t.directorate()), on))
                .containsExactlyInAnyOrder(new OfficeFigures.Figure(t.district(), 2, "inbox.team-orders.reported", 1, 0),
                        new OfficeFigures.Figure(t.upazila(), 2, "inbox.minutes.sent", 1, 0));
        // an office's every year at once (a refresh's question) is each year's own
        var years = List.of(new FiscalYear(2024), FiscalYear.of(on), new FiscalYear(2026));
        var atOnce = inboxFigures.officeFigures(t.district(), years, on);
        assertThat(atOnce.keySet()).containsExactlyElementsOf(years);
        assertThat(atOnce.get(FiscalYear.of(on))).containsExactly(new OfficeFigures.Figure(t.district(), 2, "inbox.team-orders.reported", 1, 0));
        for (var year : years) {
            assertThat(atOnce.get(year)).as(year.toString()).containsExactlyInAnyOrderElementsOf(inboxFigures.figures(year, List.of(t.district()), on));
        }
    }

    @Test
    void theReceivingOfficeAcknowledgesOnceItsSuperiorsReadAndTheOfficesBelowAreRefused() {
        Tree t = tree();
        var order = issue(t.district(), "team-order:" + (700_000 + t.district()), LocalDate.of(2025, 12, 2));
        var minutes = issue(t.district(), "minutes:" + (700_000 + t.district()), LocalDate.of(2024, 8, 2));
        long item = jdbc.sql("select id from inbox_item where to_office_id = ? and reference = ?")
                .params(t.division(), order.subject()).query(Long.class).single();
        String inbox = "/offices/" + t.division() + "/inbox";

        Browsing head = user(Role.TEAM_HEAD, t.division());
        var page = head.get(inbox);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"item-" + item + "\"").contains("টিম গঠনের আদেশ")
                .contains("data-testid=\"acknowledge\"").contains("২টি পত্র");
        assertThat(head.get(inbox + "?kind=minutes").body()).doesNotContain("data-testid=\"item-" + item + "\"").contains("১টি পত্র");
        assertThat(head.get(inbox + "?year=2024-25").body()).doesNotContain("data-testid=\"item-" + item + "\"");
        assertThat(head.get(inbox + "?year=২০২৫-২৬&below=" + t.district()).body()).contains("data-testid=\"item-" + item + "\"");
        var badYear = head.get(inbox + "?year=abc");
        assertThat(badYear.status()).isEqualTo(400);
        assertThat(badYear.body()).contains("অর্থবছর \"abc\" চেনা যায়নি");

        assertThat(head.get("/tasks").body()).contains("অধীন দপ্তর থেকে আসা ২টি পত্র প্রাপ্তি স্বীকারের অপেক্ষায়");
        assertThat(head.get("/offices/" + t.division()).body()).contains("data-testid=\"inbox-link\"");
        Browsing.Download pdf = head.bytes(inbox + "/" + item + ".pdf");
        assertThat(pdf.status()).isEqualTo(200);
        assertThat(pdf.body()).isEqualTo(papers.pdf(order.id()).orElseThrow());

        Browsing below = user(Role.TEAM_HEAD, t.district());
        assertThat(below.get(inbox).status()).as("an office below does not read its superior's inbox").isEqualTo(403);
        assertThat(below.post(inbox + "/" + item + "/acknowledge", Map.of()).status()).isEqualTo(403);
        Browsing cabinetReader = user(Role.REVIEWER, accounts.cabinetDivision());
        assertThat(cabinetReader.get(inbox).status()).as("the Cabinet Division reads every inbox").isEqualTo(200);
        assertThat(cabinetReader.get(inbox).body()).doesNotContain("data-testid=\"acknowledge\"");
        // an item of another office's inbox, under this office's address: not found
        long cabinetItem = jdbc.sql("select id from inbox_item where to_office_id = ? and reference = ?")
                .params(accounts.cabinetDivision(), order.subject()).query(Long.class).single();
        assertThat(head.post("/offices/" + t.division() + "/inbox/" + cabinetItem + "/acknowledge", Map.of()).status()).isEqualTo(404);

        var done = head.post(inbox + "/" + item + "/acknowledge", Map.of("kind", "team-order"));
        assertThat(done.status()).isEqualTo(302);
        assertThat(done.location()).endsWith(inbox + "?kind=team-order#item-" + item);
        assertThat(jdbc.sql("select status || ' ' || (acknowledged_at is not null) from inbox_item where id = ?").param(item)
                .query(String.class).single()).isEqualTo("ACKNOWLEDGED true");
        var again = head.post(inbox + "/" + item + "/acknowledge", Map.of());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("এই পত্রের প্রাপ্তি আগেই স্বীকার করা হয়েছে।");
        assertThat(head.get(inbox + "?status=ACKNOWLEDGED").body()).contains("data-testid=\"item-" + item + "\"").contains("প্রাপ্তি স্বীকৃত");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'inbox.acknowledged' and record_id = ?")
                .param(Long.toString(item)).query(Long.class).single()).isEqualTo(1);
        assertThat(minutes.id()).isPositive();
    }

    @Test
    void aQuarterlyReportArrivesAtItsReviewerAndArrivesAgainWhenSentAgain() {
        Tree t = tree();
        FiscalYear year = PlanFixtures.FUTURE;
        ActionPlan plan = fixtures.plan(t.upazila(), year);
        jdbc.sql("update plan_version set status = 'APPROVED', approved_on = current_date where plan_id = ?").param(plan.id()).update();
        Browsing head = user(Role.TEAM_HEAD, t.upazila());
        String report = "/offices/" + t.upazila() + "/plans/" + year.shortLabelLatin() + "/reports/2";
        assertThat(head.post(report, Map.of("comment", "প্রথম দাখিল")).status()).isEqualTo(302);
        long reportId = jdbc.sql("select id from plan_report where plan_id = ? and quarter = 2").param(plan.id()).query(Long.class).single();

        assertThat(inboxOf(t.district())).containsExactly("plan-report plan-report:" + reportId + " " + t.upazila() + " RECEIVED");
        assertThat(cabinetItemsFrom(t.upazila())).isEmpty();
        assertThat(jdbc.sql("select link from inbox_item where to_office_id = ?").param(t.district()).query(String.class).single())
                .isEqualTo("/offices/" + t.district() + "/plan-reports/" + reportId);

        Browsing reviewer = user(Role.TEAM_HEAD, t.district());
        assertThat(reviewer.get("/offices/" + t.district() + "/inbox").body()).contains("২০৯০-৯১ অর্থবছর, ২য় ত্রৈমাসিক");
        long item = jdbc.sql("select id from inbox_item where to_office_id = ?").param(t.district()).query(Long.class).single();
        assertThat(reviewer.post("/offices/" + t.district() + "/inbox/" + item + "/acknowledge", Map.of()).status()).isEqualTo(302);
        String review = "/offices/" + t.district() + "/plan-reports/" + reportId;
        assertThat(reviewer.post(review, Map.of("decision", "RETURN", "comment", "প্রমাণক দিন")).status()).isEqualTo(302);
        assertThat(head.post(report, Map.of()).status()).isEqualTo(302);
        assertThat(inboxOf(t.district())).as("the same item, received again")
                .containsExactly("plan-report plan-report:" + reportId + " " + t.upazila() + " RECEIVED");
    }

    @Test
    void whatIsExpectedAndHasNotArrivedIsListedForTheScope() {
        Tree t = tree();
        LocalDate today = bd.udbhabon.bangla.Dhaka.today();
        long meeting = jdbc.sql("""
                        insert into meeting (office_id, chair_name_bn, chair_designation_bn, meeting_date, start_time, place_bn, status)
                        values (?, 'জেলা প্রশাসক', 'জেলা প্রশাসক', ?, '11:00', 'সম্মেলন কক্ষ', 'HELD') returning id""")
                .params(t.district(), today.minusDays(45)).query(Long.class).single();
        jdbc.sql("""
                insert into meeting (office_id, chair_name_bn, chair_designation_bn, meeting_date, start_time, place_bn, status)
                values (?, 'জেলা প্রশাসক', 'জেলা প্রশাসক', ?, '11:00', 'সম্মেলন কক্ষ', 'HELD')""")
                .params(t.district(), today.minusDays(5)).update(); // its minutes are not due yet

        List<ExpectedItems.Expected> missing = expected.stream().flatMap(e -> e.missing(t.division(), today).stream()).toList();
        assertThat(missing).filteredOn(e -> e.kind().equals("team-order")).extracting(ExpectedItems.Expected::officeId)
                .as("no team formed in the division, its district or upazila").containsExactlyInAnyOrder(t.division(), t.district(), t.upazila());
        assertThat(missing).filteredOn(e -> e.kind().equals("team-order")).allMatch(e -> e.titleBn().startsWith("টিম গঠিত হয়নি: "));
        assertThat(missing).filteredOn(e -> e.kind().equals("minutes")).extracting(ExpectedItems.Expected::link)
                .containsExactly("/offices/" + t.district() + "/meetings/" + meeting);
        assertThat(expected.stream().flatMap(e -> e.missing(t.upazila(), today).stream()).filter(e -> e.kind().equals("minutes")))
                .as("the upazila's scope holds no district meeting").isEmpty();

        Browsing cabinetReader = user(Role.REVIEWER, accounts.cabinetDivision());
        var page = cabinetReader.get("/offices/" + t.division() + "/inbox/expected");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"expected-team-order-" + t.upazila() + "\"")
                .contains("data-testid=\"expected-minutes-" + t.district() + "\"");
        assertThat(cabinetReader.get("/offices/" + t.division() + "/inbox/expected?kind=minutes").body())
                .doesNotContain("data-testid=\"expected-team-order-").contains("data-testid=\"expected-minutes-" + t.district() + "\"");
        assertThat(user(Role.TEAM_HEAD, t.upazila()).get("/offices/" + t.division() + "/inbox/expected").status()).isEqualTo(403);
    }
}
