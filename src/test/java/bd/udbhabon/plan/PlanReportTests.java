package bd.udbhabon.plan;

import org.springframework.test.context.TestPropertySource;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.plan.internal.ReportService;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The quarter's report upward through the pages (issue 14, points 3, 5 and 10): the head submits, only the
 * direct superior's head returns (with a comment) or accepts, a returned report is sent again; the office's
 * other writers, a grand-superior and a sibling are refused; a report is never sent twice (also at once);
 * late is marked, never refused; the subordinates' state is attached and said in Bangla; the calendar is
 * edited by the Cabinet Division and checked. Each test makes its own offices (a fresh division, its
 * districts and upazilas), as tests share the database.
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class PlanReportTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    ReportService reports;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<OfficeTasks> tasks;
    @Autowired
    bd.udbhabon.notify.Mailer mailer;

    /** A division, two districts under it, and two upazilas under the first district. */
    record Tree(long division, long district, long siblingDistrict, long upazila, long siblingUpazila) {
    }

    private Tree tree() {
        long division = fixtures.office(OfficeLevel.DIVISION, null, null);
        long district = fixtures.office(OfficeLevel.DISTRICT, division, null);
        long sibling = fixtures.office(OfficeLevel.DISTRICT, division, null);
        return new Tree(division, district, sibling, fixtures.office(OfficeLevel.UPAZILA, district, null),
                fixtures.office(OfficeLevel.UPAZILA, district, null));
    }

    /** The office's plan, approved in its coordination meeting (until plan-paper's approval exists here: plain SQL). */
    private ActionPlan approvedPlan(long office, FiscalYear year) {
        ActionPlan plan = fixtures.plan(office, year);
        jdbc.sql("update plan_version set status = 'APPROVED', approved_on = current_date where plan_id = ?").param(plan.id()).update();
        return plan;
    }

    private Browsing user(Role role, long office) {
        String name = "report-" + role.name().toLowerCase() + "-" + System.nanoTime();
        accounts.create(name, role, office);
        Browsing user = new Browsing(port);
        user.signIn(name, TestAccounts.PASSWORD);
        user.get("/account"); // the session's CSRF token
        return user;
    }

    private static String reportPath(long office, FiscalYear year, int quarter) {
        return "/offices/" + office + "/plans/" + year.shortLabelLatin() + "/reports/" + quarter;
    }

    private PlanReport report(long planId, int quarter) {
        return jdbc.sql("select id from plan_report where plan_id = ? and quarter = ?").param(planId).param(quarter)
                .query(Long.class).optional().flatMap(reports::report).orElse(null);
    }

    @Test
    void theHeadSubmitsTheSuperiorReturnsWithACommentTheHeadResubmitsAndTheSuperiorAccepts() {
        Tree t = tree();
        FiscalYear year = PlanFixtures.FUTURE;
        ActionPlan plan = approvedPlan(t.upazila(), year);
        Browsing head = user(Role.TEAM_HEAD, t.upazila());
        Browsing superior = user(Role.TEAM_HEAD, t.district());
        jdbc.sql("update office set email = ? where id = ?").param("upazila-" + t.upazila() + "@example.gov.bd").param(t.upazila()).update();
        jdbc.sql("update office set email = ? where id = ?").param("district-" + t.district() + "@example.gov.bd").param(t.district()).update();

        var page = head.get(reportPath(t.upazila(), year, 2));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("data-testid=\"submit-report\"")
                .contains("জমার শেষ দিন ১৫ জানুয়ারি ২০৯১ — আর ")
                .contains("অর্ধবার্ষিক ফলাবর্তন").contains("পর্যালোচনার শেষ দিন ৩০ জানুয়ারি ২০৯১");
        assertThat(head.post(reportPath(t.upazila(), year, 2), Map.of("comment", "প্রথম দাখিল")).status()).isEqualTo(302);
        PlanReport sent = report(plan.id(), 2);
        assertThat(sent.status()).isEqualTo(PlanReport.Status.SUBMITTED);
        assertThat(sent.superiorId()).isEqualTo(t.district());
        assertThat(sent.dueOn()).isEqualTo(LocalDate.of(2091, 1, 15));
        assertThat(sent.late()).isFalse();
        assertThat(sent.score()).isNotNull();
        assertThat(sent.scoreRule()).isEqualTo(ScoreRule.STEP);

        // the superior's start page: one report waiting
        assertThat(superior.get("/tasks").body()).contains("অধীন দপ্তরের ১টি ত্রৈমাসিক প্রতিবেদন আপনার পর্যালোচনার অপেক্ষায়");

        String review = "/offices/" + t.district() + "/plan-reports/" + sent.id();
        assertThat(superior.get(review).body()).contains("data-testid=\"accept-report\"").contains("data-testid=\"return-report\"");
        var noReason = superior.post(review, Map.of("decision", "RETURN", "comment", "  "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("ফেরত দেওয়ার কারণ লিখুন");
        assertThat(report(plan.id(), 2).status()).isEqualTo(PlanReport.Status.SUBMITTED);
        assertThat(superior.post(review, Map.of("decision", "RETURN", "comment", "[১.৪.১]-এর প্রমাণক দিন")).status()).isEqualTo(302);
        assertThat(report(plan.id(), 2).status()).isEqualTo(PlanReport.Status.RETURNED);
        assertThat(superior.post(review, Map.of("decision", "ACCEPT")).status()).isEqualTo(400); // returned: not the superior's turn

        assertThat(head.get(reportPath(t.upazila(), year, 2)).body()).contains("[১.৪.১]-এর প্রমাণক দিন")
                .contains("সংশোধন করে আবার দাখিল করুন");
        assertThat(head.post(reportPath(t.upazila(), year, 2), Map.of()).status()).isEqualTo(302);
        assertThat(report(plan.id(), 2).status()).isEqualTo(PlanReport.Status.SUBMITTED);
        assertThat(superior.post(review, Map.of("decision", "ACCEPT")).status()).isEqualTo(302);

        PlanReport done = report(plan.id(), 2);
        assertThat(done.status()).isEqualTo(PlanReport.Status.ACCEPTED);
        assertThat(done.steps()).extracting(PlanReport.Step::action).containsExactly(PlanReport.Action.SUBMIT,
                PlanReport.Action.RETURN, PlanReport.Action.SUBMIT, PlanReport.Action.ACCEPT);
        assertThat(done.steps()).extracting(PlanReport.Step::officeId).containsExactly(t.upazila(), t.district(), t.upazila(), t.district());
        assertThat(done.steps().get(1).commentBn()).isEqualTo("[১.৪.১]-এর প্রমাণক দিন");
        assertThat(done.steps()).allSatisfy(s -> assertThat(s.accountNameBn()).startsWith("পরীক্ষক report-team_head-"));
        assertThat(jdbc.sql("select action from audit_entry where record_type = 'plan_report' and record_id = ? order by id")
                .param(Long.toString(done.id())).query(String.class).list())
                .containsExactly("plan-report.submitted", "plan-report.returned", "plan-report.resubmitted", "plan-report.accepted");
        // each step mailed (recorded; no mail server in tests): submissions to the district, its answers to the upazila
        assertThat(mailer.sentFor("plan-report:" + done.id())).extracting(bd.udbhabon.notify.Mailer.Sent::recipient).containsExactly(
                "district-" + t.district() + "@example.gov.bd", "upazila-" + t.upazila() + "@example.gov.bd",
                "district-" + t.district() + "@example.gov.bd", "upazila-" + t.upazila() + "@example.gov.bd");
        assertThat(mailer.sentFor("plan-report:" + done.id()).get(1).subject()).isEqualTo("২০৯০-৯১ অর্থবছরের দ্বিতীয় ত্রৈমাসিক কর্মপরিকল্পনা প্রতিবেদন সংশোধনের জন্য ফেরত");
        assertThat(head.get(reportPath(t.upazila(), year, 2)).body()).contains("data-testid=\"report-history\"")
                .contains("গৃহীত").doesNotContain("data-testid=\"submit-report\"");
    }

    @Test
    void theOfficesOtherWritersAGrandSuperiorASiblingAndTheOfficeItselfMayNotReview() {
        Tree t = tree();
        FiscalYear year = PlanFixtures.FUTURE;
        ActionPlan plan = approvedPlan(t.upazila(), year);
        Browsing secretary = user(Role.MEMBER_SECRETARY, t.upazila());
        assertThat(secretary.post(reportPath(t.upazila(), year, 1), Map.of()).status()).isEqualTo(403);
        assertThat(secretary.get(reportPath(t.upazila(), year, 1)).body()).doesNotContain("data-testid=\"submit-report\"");
        assertThat(report(plan.id(), 1)).isNull();

        Browsing head = user(Role.TEAM_HEAD, t.upazila());
        assertThat(head.post(reportPath(t.upazila(), year, 1), Map.of()).status()).isEqualTo(302);
        long id = report(plan.id(), 1).id();
        Map<String, String> accept = Map.of("decision", "ACCEPT");
        // the grand-superior and a sibling hold the permission on their own office, which is not where it was sent
        assertThat(user(Role.TEAM_HEAD, t.division()).post("/offices/" + t.division() + "/plan-reports/" + id, accept).status()).isEqualTo(403);
        assertThat(user(Role.TEAM_HEAD, t.siblingUpazila()).post("/offices/" + t.siblingUpazila() + "/plan-reports/" + id, accept).status())
                .isEqualTo(403);
        assertThat(user(Role.OFFICE_ADMIN, t.siblingDistrict()).post("/offices/" + t.siblingDistrict() + "/plan-reports/" + id, accept).status())
                .isEqualTo(403);
        // the office itself: not its superior, and no permission at the superior
        assertThat(head.post("/offices/" + t.upazila() + "/plan-reports/" + id, accept).status()).isEqualTo(403);
        assertThat(head.post("/offices/" + t.district() + "/plan-reports/" + id, accept).status()).isEqualTo(403);
        // the superior's member-secretary reads it but does not decide
        Browsing superiorsSecretary = user(Role.MEMBER_SECRETARY, t.district());
        assertThat(superiorsSecretary.get("/offices/" + t.district() + "/plan-reports/" + id).status()).isEqualTo(200);
        assertThat(superiorsSecretary.post("/offices/" + t.district() + "/plan-reports/" + id, accept).status()).isEqualTo(403);
        assertThat(report(plan.id(), 1).status()).isEqualTo(PlanReport.Status.SUBMITTED);
        assertThat(new Browsing(port).post("/offices/" + t.district() + "/plan-reports/" + id, accept).status()).isNotEqualTo(200);
    }

    @Test
    void aReportIsNotSubmittedTwiceNorTwiceAtOnceAndAnUnapprovedPlanOrNoPlanIsRefused() throws Exception {
        Tree t = tree();
        FiscalYear year = PlanFixtures.FUTURE;
        Browsing head = user(Role.TEAM_HEAD, t.upazila());
        var noPlan = head.post(reportPath(t.upazila(), year, 1), Map.of());
        assertThat(noPlan.status()).isEqualTo(400);
        assertThat(noPlan.body()).contains("কর্মপরিকল্পনা ছাড়া ত্রৈমাসিক প্রতিবেদন দাখিল করা যায় না");
        ActionPlan plan = fixtures.plan(t.upazila(), year);
        var draft = head.post(reportPath(t.upazila(), year, 1), Map.of());
        assertThat(draft.status()).isEqualTo(400);
        assertThat(draft.body()).contains("এখনো সমন্বয় সভায় অনুমোদিত হয়নি");
        jdbc.sql("update plan_version set status = 'APPROVED', approved_on = current_date where plan_id = ?").param(plan.id()).update();

        assertThat(head.post(reportPath(t.upazila(), year, 1), Map.of()).status()).isEqualTo(302);
        var again = head.post(reportPath(t.upazila(), year, 1), Map.of());
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("একই প্রতিবেদন দুবার দাখিল করা যায় না");

        // two submissions of one quarter at once: the plan's row lock lets one through, the other finds it sent
        String name = "report-race-" + System.nanoTime();
        accounts.create(name, Role.TEAM_HEAD, t.upazila());
        CountDownLatch start = new CountDownLatch(1);
        List<String> outcomes = Collections.synchronizedList(new ArrayList<>());
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<?>> runs = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                runs.add(pool.submit(() -> {
                    start.await();
                    try {
                        accounts.as(name, () -> reports.submit(t.upazila(), year, 3, null));
                        outcomes.add("sent");
                    } catch (UserFacingException e) {
                        outcomes.add(e.messageKey());
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> run : runs) {
                run.get();
            }
        }
        assertThat(outcomes).containsExactlyInAnyOrder("sent", "plan.report.error.alreadySubmitted",
                "plan.report.error.alreadySubmitted", "plan.report.error.alreadySubmitted");
        assertThat(jdbc.sql("select count(*) from plan_report_step s join plan_report r on r.id = s.report_id where r.plan_id = ? and r.quarter = 3")
                .param(plan.id()).query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void aSubmissionAfterTheDueDayIsMarkedLateNeverRefused() {
        Tree t = tree();
        ActionPlan past = approvedPlan(t.upazila(), PlanFixtures.PAST);
        Browsing head = user(Role.TEAM_HEAD, t.upazila());
        assertThat(head.get(reportPath(t.upazila(), PlanFixtures.PAST, 1)).body()).contains("জমার শেষ দিন ১৫ অক্টোবর ২০১০ — ")
                .contains("দিন পেরিয়ে গেছে");
        assertThat(head.post(reportPath(t.upazila(), PlanFixtures.PAST, 1), Map.of()).status()).isEqualTo(302);
        PlanReport late = report(past.id(), 1);
        assertThat(late.status()).isEqualTo(PlanReport.Status.SUBMITTED);
        assertThat(late.late()).isTrue();
        assertThat(late.steps().getFirst().late()).isTrue();
        assertThat(head.get(reportPath(t.upazila(), PlanFixtures.PAST, 1)).body()).contains("data-testid=\"report-late\"");
        // a draft row kept before its first submission (by the progress pages): its first submission decides
        jdbc.sql("insert into plan_report (plan_id, quarter, status, due_on) values (?, 2, 'DRAFT', date '2099-01-01')").param(past.id()).update();
        assertThat(head.post(reportPath(t.upazila(), PlanFixtures.PAST, 2), Map.of()).status()).isEqualTo(302);
        PlanReport fromDraft = report(past.id(), 2);
        assertThat(fromDraft.status()).isEqualTo(PlanReport.Status.SUBMITTED);
        assertThat(fromDraft.dueOn()).isEqualTo(LocalDate.of(2011, 1, 15));
        assertThat(fromDraft.late()).isTrue();

        ActionPlan future = approvedPlan(t.siblingUpazila(), PlanFixtures.FUTURE);
        Browsing other = user(Role.OFFICE_ADMIN, t.siblingUpazila());
        assertThat(other.post(reportPath(t.siblingUpazila(), PlanFixtures.FUTURE, 4), Map.of()).status()).isEqualTo(302);
        PlanReport onTime = report(future.id(), 4);
        assertThat(onTime.late()).isFalse();
        assertThat(onTime.dueOn()).isEqualTo(LocalDate.of(2091, 7, 15));
        assertThat(other.get(reportPath(t.siblingUpazila(), PlanFixtures.FUTURE, 4)).body()).doesNotContain("data-testid=\"report-late\"")
                .contains("বছরের চূড়ান্ত ফলাফল").contains("পর্যালোচনার শেষ দিন ৩০ আগস্ট ২০৯১");
    }

    @Test
    void theDistrictsReportCarriesItsUpazilasStateAndSaysWhichWereNotReceived() {
        Tree t = tree();
        FiscalYear year = PlanFixtures.FUTURE;
        long thirdUpazila = fixtures.office(OfficeLevel.UPAZILA, t.district(), null); // no plan at all
        approvedPlan(t.upazila(), year);
        approvedPlan(t.siblingUpazila(), year); // a plan, but no report
        ActionPlan district = approvedPlan(t.district(), year);
        user(Role.TEAM_HEAD, t.upazila()).post(reportPath(t.upazila(), year, 1), Map.of());
        Browsing head = user(Role.TEAM_HEAD, t.district());

        String before = head.get(reportPath(t.district(), year, 1)).body();
        assertThat(before).contains("পাওয়া যায়নি");
        assertThat(head.post(reportPath(t.district(), year, 1), Map.of()).status()).isEqualTo(302);
        // the upazila submits after the district sent its report: what was attached stays as it was
        user(Role.TEAM_HEAD, t.siblingUpazila()).post(reportPath(t.siblingUpazila(), year, 1), Map.of());

        PlanReport sent = report(district.id(), 1);
        assertThat(sent.subordinates()).extracting(PlanReport.Subordinate::officeId, PlanReport.Subordinate::state)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(t.upazila(), PlanReport.SubordinateState.SUBMITTED),
                        org.assertj.core.groups.Tuple.tuple(t.siblingUpazila(), PlanReport.SubordinateState.MISSING),
                        org.assertj.core.groups.Tuple.tuple(thirdUpazila, PlanReport.SubordinateState.NO_PLAN));
        String page = head.get(reportPath(t.district(), year, 1)).body();
        String sentence = org.jsoup.Jsoup.parse(page).selectFirst("[data-testid=subordinates-sentence]").text();
        assertThat(sentence).startsWith("অধীন ৩টি দপ্তরের মধ্যে ২টি দপ্তরের (").endsWith(") প্রথম ত্রৈমাসিক প্রতিবেদন পাওয়া যায়নি।")
                .contains(BanglaDigits.toBangla(name(t.siblingUpazila()))).contains(BanglaDigits.toBangla(name(thirdUpazila)))
                .doesNotContain(BanglaDigits.toBangla(name(t.upazila())));

        // the upazila's own report names no office below it
        assertThat(head.get(reportPath(t.upazila(), year, 1)).body()).contains("এই দপ্তরের অধীন কোনো দপ্তর প্রতিবেদন পাঠায় না।");
        // and once every upazila has sent, a new district's page says all were received
        long lone = fixtures.office(OfficeLevel.DISTRICT, t.division(), null);
        long its = fixtures.office(OfficeLevel.UPAZILA, lone, null);
        approvedPlan(its, year);
        user(Role.TEAM_HEAD, its).post(reportPath(its, year, 1), Map.of());
        assertThat(user(Role.TEAM_HEAD, lone).get(reportPath(lone, year, 1)).body())
                .contains("অধীন ১টি দপ্তরের সবগুলোর প্রথম ত্রৈমাসিক প্রতিবেদন পাওয়া গেছে।");
    }

    @Test
    void theStartPageAsksTheHeadForTheLastEndedQuartersReport() {
        Tree t = tree();
        approvedPlan(t.upazila(), PlanFixtures.FUTURE);
        OfficeTasks reportTasks = tasks.stream().filter(x -> x.order() == 400).findFirst().orElseThrow();
        var office = new bd.udbhabon.office.Office(t.upazila(), OfficeLevel.UPAZILA, "ক", "k", null, null, t.district(), null,
                null, null, null, 0, null);
        // 1 November 2090: the first quarter of 2090-91 has ended; its report was due on 15 October, and is asked for until sent
        List<OfficeTask> due = reportTasks.tasks(office, LocalDate.of(2090, 11, 1));
        assertThat(due).extracting(OfficeTask::testId).containsExactly("task-plan-report");
        assertThat(due.getFirst().count()).isEqualTo(1);
        assertThat(due.getFirst().day()).isEqualTo(LocalDate.of(2090, 10, 15));
        assertThat(due.getFirst().href()).isEqualTo(reportPath(t.upazila(), PlanFixtures.FUTURE, 1));
        accounts.as(createHead(t.upazila()), () -> reports.submit(t.upazila(), PlanFixtures.FUTURE, 1, null));
        assertThat(reportTasks.tasks(office, LocalDate.of(2090, 11, 1))).isEmpty();
    }

    @Test
    void theCabinetDivisionSetsTheCalendarEachLineCheckedAndAYearsOwnDaysOverrideTheDefault() {
        Browsing admin = user(Role.OFFICE_ADMIN, accounts.cabinetDivision());
        assertThat(admin.get("/plan-deadlines").body()).contains("data-testid=\"deadlines-default\"").contains("জমা: ১৫ অক্টোবর");
        var bad = admin.post("/plan-deadlines", Map.of("fiscalYear", "২০৯৫-৯৬", "quarters[0].submit", "৩১-৯",
                "quarters[1].submit", "15-1", "quarters[1].review", "30-1", "quarters[2].submit", "", "quarters[3].submit", "15-7"));
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("data-testid=\"q1-submit-error\"").contains("data-testid=\"q3-submit-error\"")
                .contains("value=\"৩১-৯\"").contains("value=\"২০৯৫-৯৬\"");
        assertThat(jdbc.sql("select count(*) from plan_deadline where fiscal_year = 2095").query(Long.class).single()).isZero();

        var good = admin.post("/plan-deadlines", Map.of("fiscalYear", "২০৯৫-৯৬", "quarters[0].submit", "২০-১০",
                "quarters[1].submit", "15-1", "quarters[1].review", "31-1", "quarters[2].submit", "15-4", "quarters[3].submit", "10-7",
                "quarters[3].review", "30-8"));
        assertThat(good.status()).isEqualTo(302);
        FiscalYear y2095 = new FiscalYear(2095);
        long office = fixtures.office(OfficeLevel.DIVISION, null, null);
        assertThat(reports.quarter(office, y2095, 1).submitBy()).isEqualTo(LocalDate.of(2095, 10, 20));
        assertThat(reports.quarter(office, y2095, 2).reviewBy()).isEqualTo(LocalDate.of(2096, 1, 31));
        assertThat(reports.quarter(office, y2095, 4).submitBy()).isEqualTo(LocalDate.of(2096, 7, 10));
        assertThat(reports.quarter(office, new FiscalYear(2094), 1).submitBy()).isEqualTo(LocalDate.of(2094, 10, 15)); // the default
        assertThat(admin.get("/plan-deadlines").body()).contains("data-testid=\"deadlines-2095-96\"");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'plan-deadlines.saved' and record_id = '2095-96'")
                .query(Long.class).single()).isEqualTo(1);
        // an office's head may not
        assertThat(user(Role.TEAM_HEAD, office).post("/plan-deadlines", Map.of("fiscalYear", "2096-97")).status()).isEqualTo(403);
    }

    private String name(long office) {
        return jdbc.sql("select name_bn from office where id = ?").param(office).query(String.class).single();
    }

    private String createHead(long office) {
        String name = "report-head-" + System.nanoTime();
        accounts.create(name, Role.TEAM_HEAD, office);
        return name;
    }
}
