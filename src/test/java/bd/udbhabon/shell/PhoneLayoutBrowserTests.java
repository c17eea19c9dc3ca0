package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.Visit;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, point 2: every page with a form is usable on a 360 px phone. Each page of {@link #PAGES} is
 * opened at 360 px by the user who works on it, over data that gives its tables rows, with every folded
 * section ({@code <details>}) opened, and checked for what the user would notice: the page does not scroll
 * sideways, every field is at least {@value #MIN_FIELD} px wide (or as wide as the card it sits in) and on
 * screen, and the PDF/DOCX links and buttons are on screen. At desktop width the table-forms stay tables.
 *
 * <p>That no page type at all scrolls sideways at 360 px is {@link AccessibilityBrowserTests}' check, over the one
 * list of every page type ({@link PageTypes#ALL}); this class checks more of each page with a form.
 *
 * <p>To cover a new page with a form, add one line to {@link #PAGES}: a name, who opens it, and its path
 * from the ids set up once in {@link #setUp()} (add an id there if the page needs a record of its own).
 * Habiganj district and its upazila Bahubal are this class's own (every integration test shares one database).
 * The screen's width is the page's width without Chromium's desktop scroll bar (345 px in a 360 px window),
 * stricter than a phone's, whose scroll bar takes no room. To look at the pages as a phone shows them, run it
 * with {@code -Dphone.screenshots}: one whole-page PNG per page in {@code target/phone-screenshots}.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PhoneLayoutBrowserTests {

    private static final int PHONE = 360;
    private static final int MIN_FIELD = 200;
    private static final String UPAZILA = "phone-bahubal-admin";
    private static final String DISTRICT = "phone-habiganj-admin";
    private static final String NATIONAL = "phone-national-admin";
    private static final String ANONYMOUS = null;
    /** The year of the upazila's plan, approved so that its issue page opens (issue 14). */
    private static final bd.udbhabon.bangla.FiscalYear PLAN_YEAR = new bd.udbhabon.bangla.FiscalYear(2019);

    /** The records the pages show: offices, a post and its officer, meetings in each state, a decision. */
    record Ids(long district, long upazila, long post, long officer, long planned, long held, long drafted,
               long approved, long approvedMinutes, long decision, long initiative, long service, long districtInitiative) {
    }

    /** A page to check: who opens it and where. */
    record Page(String name, String user, Function<Ids, String> path) {
    }

    /** The upazila's action plans: a draft with its own rows allowed (the targets form), and an issued one (the revision form). */
    static final FiscalYear PLAN_DRAFT = new FiscalYear(2083);
    static final FiscalYear PLAN_ISSUED = new FiscalYear(2084);

    /** The upazila's annual report (issue 16, point 1), drafted from its meetings, decisions and workshop of 2025-26. */
    static final FiscalYear REPORT_YEAR = new FiscalYear(2025);

    /** The district's showcases (issue 15, point 5): one being set up, one being scored by the upazila's admin as a judge. */
    static long showcaseDraft;
    static long showcaseScoring;

    static final List<Page> PAGES = List.of(
            new Page("sign-in", ANONYMOUS, ids -> "/login"),
            new Page("account and tokens", UPAZILA, ids -> "/account"),
            new Page("password", UPAZILA, ids -> "/account/password"),
            new Page("users", UPAZILA, ids -> "/offices/" + ids.upazila() + "/users"),
            new Page("office edit", UPAZILA, ids -> "/offices/" + ids.upazila() + "/edit"),
            new Page("people", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people"),
            new Page("new post", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people/posts/new"),
            new Page("post edit", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people/posts/" + ids.post() + "/edit"),
            new Page("post: assign, vacate", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people/posts/" + ids.post()),
            new Page("new officer", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people/officers/new"),
            new Page("officer edit", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people/officers/" + ids.officer() + "/edit"),
            new Page("officer: transfer", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people/officers/" + ids.officer()),
            new Page("officer import", UPAZILA, ids -> "/offices/" + ids.upazila() + "/people/import"),
            new Page("team: sub-committees", UPAZILA, ids -> "/offices/" + ids.upazila() + "/team"),
            new Page("schedule", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings"),
            new Page("new meeting", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/new"),
            new Page("meeting edit", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.planned() + "/edit"),
            new Page("meeting planned", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.planned()),
            new Page("notice", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.planned() + "/notice"),
            new Page("meeting held", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.held()),
            new Page("attendance", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.held() + "/attendance"),
            new Page("minutes issued", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.held() + "/minutes"),
            new Page("minutes draft", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.drafted() + "/minutes"),
            new Page("minutes editor", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.drafted() + "/minutes/edit"),
            new Page("minutes issue", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.approved() + "/minutes/"
                    + ids.approvedMinutes() + "/issue"),
            new Page("decision register", UPAZILA, ids -> "/offices/" + ids.upazila() + "/decisions"),
            new Page("decision: status, progress, owners", UPAZILA, ids -> "/offices/" + ids.upazila() + "/decisions/" + ids.decision()),
            new Page("initiatives", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives"),
            new Page("new initiative", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives/new"),
            new Page("initiative: stage, scale-up", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives/" + ids.initiative()),
            new Page("initiative edit", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives/" + ids.initiative() + "/edit"),
            new Page("action plan: targets", UPAZILA, ids -> "/offices/" + ids.upazila() + "/plans/" + PLAN_DRAFT.shortLabelLatin() + "/edit"),
            new Page("action plan: revise", UPAZILA, ids -> "/offices/" + ids.upazila() + "/plans/" + PLAN_ISSUED.shortLabelLatin() + "/revise"),
            new Page("plan approval", UPAZILA, ids -> "/offices/" + ids.upazila() + "/plans/" + PLAN_YEAR.shortLabelLatin() + "/approve"),
            new Page("plan issue", UPAZILA, ids -> "/offices/" + ids.upazila() + "/plans/" + PLAN_YEAR.shortLabelLatin() + "/issue"),
            new Page("plan progress", UPAZILA, ids -> "/offices/" + ids.upazila() + "/plans/" + PLAN_YEAR.shortLabelLatin() + "/progress/1"),
            new Page("showcase scores", UPAZILA, ids -> "/offices/" + ids.district() + "/showcases/" + showcaseScoring + "/score"),
            new Page("showcases", DISTRICT, ids -> "/offices/" + ids.district() + "/showcases"),
            new Page("new showcase", DISTRICT, ids -> "/offices/" + ids.district() + "/showcases/new"),
            new Page("showcase set-up", DISTRICT, ids -> "/offices/" + ids.district() + "/showcases/" + showcaseDraft),
            new Page("showcase selection", DISTRICT, ids -> "/offices/" + ids.district() + "/showcases/" + showcaseScoring),
            new Page("trainings", UPAZILA, ids -> "/offices/" + ids.upazila() + "/trainings"),
            new Page("annual reports", UPAZILA, ids -> "/offices/" + ids.upazila() + "/reports"),
            new Page("annual report: sections", UPAZILA, ids -> "/offices/" + ids.upazila() + "/reports/" + REPORT_YEAR.shortLabelLatin()),
            new Page("new training", UPAZILA, ids -> "/offices/" + ids.upazila() + "/trainings/new"),
            new Page("services register", UPAZILA, ids -> "/offices/" + ids.upazila() + "/services"),
            new Page("new service", UPAZILA, ids -> "/offices/" + ids.upazila() + "/services/new"),
            new Page("service: check", UPAZILA, ids -> "/offices/" + ids.upazila() + "/services/" + ids.service()),
            new Page("field visits", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives/" + ids.initiative() + "/visits"),
            new Page("initiative: process and TCV", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives/" + ids.initiative() + "/tcv"),
            new Page("initiative search", UPAZILA, ids -> "/initiatives/search?q=phonesearch"),
            new Page("adopt an initiative", UPAZILA, ids -> "/initiatives/" + ids.districtInitiative() + "/adopt"),
            new Page("team: order history", DISTRICT, ids -> "/offices/" + ids.upazila() + "/team"),
            new Page("team draft", DISTRICT, ids -> "/offices/" + ids.upazila() + "/team/draft"),
            new Page("team issue", DISTRICT, ids -> "/offices/" + ids.upazila() + "/team/issue"),
            new Page("compliance", DISTRICT, ids -> "/offices/" + ids.district() + "/compliance"),
            new Page("initiatives roll-up", DISTRICT, ids -> "/offices/" + ids.district() + "/initiatives/roll-up"),
            new Page("inbox", DISTRICT, ids -> "/offices/" + ids.district() + "/inbox"),
            new Page("inbox: expected", DISTRICT, ids -> "/offices/" + ids.district() + "/inbox/expected"),
            new Page("supervision dashboard", DISTRICT, ids -> "/offices/" + ids.district() + "/supervision"),
            new Page("new office", DISTRICT, ids -> "/offices/" + ids.district() + "/new"),
            new Page("office import", DISTRICT, ids -> "/offices/" + ids.district() + "/import"),
            new Page("new notification", NATIONAL, ids -> "/notifications/new"),
            new Page("notification edit", NATIONAL, ids -> "/notifications/2/edit"),
            new Page("notification level", NATIONAL, ids -> "/notifications/2/levels/UPAZILA"),
            new Page("plan deadlines", NATIONAL, ids -> "/plan-deadlines"),
            new Page("my reminders", UPAZILA, ids -> "/account/notifications"),
            new Page("reminder preferences", UPAZILA, ids -> "/account/notifications/preferences"),
            new Page("reminder policy", NATIONAL, ids -> "/reminder-policy"),
            new Page("portal completeness", DISTRICT, ids -> "/offices/" + ids.district() + "/portal"),
            new Page("portal checklist fill", UPAZILA, ids -> "/offices/" + ids.upazila() + "/portal/edit"),
            new Page("portal checklist policy", NATIONAL, ids -> "/portal-checklist"));

    /** The table-forms that must still be tables at desktop width. */
    static final List<Page> TABLE_FORMS = List.of(
            new Page("team draft", DISTRICT, ids -> "/offices/" + ids.upazila() + "/team/draft"),
            new Page("attendance", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/" + ids.held() + "/attendance"),
            new Page("new meeting", UPAZILA, ids -> "/offices/" + ids.upazila() + "/meetings/new"),
            new Page("plan progress", UPAZILA, ids -> "/offices/" + ids.upazila() + "/plans/" + PLAN_YEAR.shortLabelLatin() + "/progress/1"),
            new Page("showcase set-up", DISTRICT, ids -> "/offices/" + ids.district() + "/showcases/" + showcaseDraft),
            new Page("field visits", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives/" + ids.initiative() + "/visits"),
            new Page("initiative: process and TCV", UPAZILA, ids -> "/offices/" + ids.upazila() + "/initiatives/" + ids.initiative() + "/tcv"));

    /**
     * What the user would notice, measured in the page: sideways scrolling, fields too narrow or off screen,
     * links to the papers and buttons off screen. Folded sections are opened first.
     */
    private static final String MEASURE = """
            document.querySelectorAll('details').forEach(d => d.open = true);
            const vw = document.documentElement.clientWidth; // the screen's width, without a scroll bar a phone does not have
            const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const name = e => e.tagName.toLowerCase() + (e.name ? '[name=' + e.name + ']' : '')
                + (e.dataset.testid ? '[data-testid=' + e.dataset.testid + ']' : '') + (e.id ? '#' + e.id : '')
                + (e.tagName === 'A' || e.tagName === 'BUTTON' ? ' "' + e.textContent.trim().slice(0, 30) + '"' : '');
            const onScreen = r => r.left >= -0.5 && r.right <= vw + 0.5;
            const card = e => e.closest('tr, fieldset, form, .card, main'); // a table row is the card it becomes on a phone
            const inner = b => { const s = getComputedStyle(b);
                return b.clientWidth - parseFloat(s.paddingLeft) - parseFloat(s.paddingRight); };
            const problems = [];
            let narrowest = null;
            for (const e of document.querySelectorAll('main input, main select, main textarea')) {
                if (['hidden', 'checkbox', 'radio'].includes(e.type) || !visible(e)) continue;
                const r = e.getBoundingClientRect();
                if (narrowest === null || r.width < narrowest.width) narrowest = {field: name(e), width: Math.round(r.width)};
                const room = inner(card(e));
                if (r.width < arguments[0] && r.width < room - 1) problems.push(name(e) + ' is ' + Math.round(r.width) + ' px wide (card ' + Math.round(room) + ')');
                if (!onScreen(r)) problems.push(name(e) + ' is off screen (' + Math.round(r.left) + '..' + Math.round(r.right) + ')');
            }
            for (const e of document.querySelectorAll('a[href$=".pdf"], a[href$=".docx"], button, input[type=submit]')) {
                // a button hidden from everyone on purpose (the minutes editor's Enter-saves default) is no one's to reach
                if (!visible(e) || e.getAttribute('aria-hidden') === 'true') continue;
                const r = e.getBoundingClientRect();
                if (!onScreen(r)) problems.push(name(e) + ' is off screen (' + Math.round(r.left) + '..' + Math.round(r.right) + ')');
            }
            const scrollWidth = document.documentElement.scrollWidth;
            if (scrollWidth > vw) { // named by the outermost elements reaching past the screen's edge
                const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                    if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
                const past = [...document.body.querySelectorAll('*')].filter(e => visible(e) && !clipped(e)
                    && e.getBoundingClientRect().right > vw + 0.5 && e.parentElement.getBoundingClientRect().right <= vw + 0.5);
                problems.push('the page is ' + scrollWidth + ' px wide: it scrolls sideways ('
                    + past.slice(0, 3).map(e => name(e) + (e.className ? '.' + e.className : '')).join(', ') + ')');
            }
            return {scrollWidth: scrollWidth, narrowest: narrowest === null ? '' : narrowest.field + ' ' + narrowest.width + ' px',
                    problems: problems, error: document.querySelector('[data-testid=error-status]') !== null};
            """;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater compliance;
    @Autowired
    MemoNumbering numbering;
    @Autowired
    bd.udbhabon.plan.PlanFixtures plans;
    @Autowired
    bd.udbhabon.plan.internal.PlanApproval planApproval;
    @Autowired
    bd.udbhabon.training.Trainings trainings;
    @Autowired
    bd.udbhabon.initiative.InitiativeFixtures initiatives;
    @Autowired
    bd.udbhabon.initiative.internal.TcvService tcv;
    @Autowired
    bd.udbhabon.showcase.internal.ShowcaseService showcases;
    @Autowired
    bd.udbhabon.initiative.internal.ServiceRegister serviceRegister;
    @Autowired
    bd.udbhabon.initiative.internal.FieldVisits fieldVisits;
    @Autowired
    bd.udbhabon.report.internal.AnnualReportService annualReports;

    Ids ids;
    ChromeDriver browser;
    Visit visit;
    String signedIn;

    @BeforeAll
    void setUp() {
        long habiganj = accounts.office(OfficeLevel.DISTRICT, "Habiganj");
        long bahubal = accounts.upazila(habiganj, "Bahubal");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(bahubal, true);
        accounts.create(UPAZILA, Role.OFFICE_ADMIN, bahubal);
        accounts.create(DISTRICT, Role.OFFICE_ADMIN, habiganj);
        accounts.create(NATIONAL, Role.SYSTEM_ADMIN, accounts.cabinetDivision());
        long post = team.postIds().getFirst();
        long officer = jdbc.sql("select officer_id from holding where post_id = ?").param(post).query(Long.class).single();

        Browsing upazila = signedIn(UPAZILA);
        String meetings = "/api/v1/offices/" + bahubal + "/meetings";
        long planned = MeetingsByApi.meeting(upazila, meetings, Dhaka.today().plusDays(20).toString(), "বাহুবল");
        long held = MeetingsByApi.meeting(upazila, meetings, "2026-02-10", "বাহুবল");
        long approved = MeetingsByApi.meeting(upazila, meetings, "2026-04-14", "বাহুবল");
        long drafted = MeetingsByApi.meeting(upazila, meetings, "2026-05-12", "বাহুবল");

        // The held meeting's notice (its PDF and DOCX links), then every meeting but the planned one held.
        long file = accounts.as(UPAZILA, () -> numbering.open(bahubal, "05.55.3600.025.13.002.26", "ইনোভেশন টিমের সভা", 1)).id();
        String heldPage = "/offices/" + bahubal + "/meetings/" + held;
        upazila.get(heldPage + "/notice");
        var notice = upazila.post(heldPage + "/notice", Map.of("memoFile", String.valueOf(file), "issuedOn", "2026-02-01",
                "signatoryName", "মোঃ রফিকুল ইসলাম", "signatoryDesignation", "উপজেলা নির্বাহী অফিসার, বাহুবল", "extraEmails", ""));
        // issuing asks for a confirmation naming the memo number first (issue 19, point 9)
        assertThat(notice.body()).contains("id=\"confirm-issue-form\"");
        var confirmed = HtmlForm.on(notice.body(), "#confirm-issue-form").submit(upazila, port);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(302);
        String members = String.join(",", team.postIds().stream().map(p -> "{\"postId\":" + p + ",\"status\":\"PRESENT\"}").toList());
        for (long meeting : List.of(held, approved, drafted)) {
            var attended = upazila.json("POST", meetings + "/" + meeting + "/attendance", """
                    {"members":[%s],"guests":[{"name":"জনাব সালমা খাতুন","designation":"প্রধান শিক্ষক","office":"বাহুবল মডেল উচ্চ বিদ্যালয়"}]}"""
                    .formatted(members));
            assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        }

        // Minutes: issued for the first held meeting (its decision goes to the register), approved, and a draft.
        long issuedMinutes = MeetingsByApi.minutes(upazila, meetings + "/" + held + "/minutes", bahubal, "2026-02-12", "বাহুবল");
        var issued = upazila.json("POST", meetings + "/" + held + "/minutes/" + issuedMinutes + "/issue", """
                {"memoFileId":%d,"issuedOn":"2026-02-15","signatoryName":"মোঃ রফিকুল ইসলাম",
                 "signatoryDesignation":"উপজেলা নির্বাহী অফিসার, বাহুবল","distribution":["উপজেলা ইনোভেশন টিমের সকল সদস্য"]}"""
                .formatted(file));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        long approvedMinutes = MeetingsByApi.minutes(upazila, meetings + "/" + approved + "/minutes", bahubal, "2026-04-16", "বাহুবল");
        MeetingsByApi.minutes(upazila, meetings + "/" + drafted + "/minutes", bahubal, null, "বাহুবল");
        long decision = jdbc.sql("select id from decision where office_id = ? order by id limit 1").param(bahubal)
                .query(Long.class).single();

        // A saved draft of a change order, so the issue page opens.
        Browsing district = signedIn(DISTRICT);
        String draft = "/offices/" + bahubal + "/team/draft";
        var saved = HtmlForm.on(district.get(draft).body(), "#draft-form").set("action", "save").submit(district, port);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        // The upazila's plan, approved in the coordination meeting, so that its approval and issue pages open.
        plans.plan(bahubal, PLAN_YEAR);
        java.time.LocalDate meetingOn = PLAN_YEAR.start().plusDays(9);
        accounts.as(UPAZILA, () -> planApproval.approve(bahubal, PLAN_YEAR,
                new bd.udbhabon.plan.internal.PlanApproval.Input("মাসিক সমন্বয় সভা", meetingOn, meetingOn)));

        // Action plans: a draft on a template that lets offices add rows, and an issued one (plain SQL until the paper part lands).
        plans.templateWithin(PLAN_DRAFT, OfficeLevel.UPAZILA, true);
        plans.plan(bahubal, PLAN_DRAFT);
        plans.templateWithin(PLAN_ISSUED, OfficeLevel.UPAZILA, false);
        plans.issueBySql(plans.plan(bahubal, PLAN_ISSUED));

        // Showcases of the district (issue 15, point 5), each with the district's and the upazila's initiatives: one set up, one scored.
        var ofDistrict = initiatives.initiative(habiganj, bd.udbhabon.initiative.InitiativeKind.IDEA, "ফোন জেলা");
        var ofUpazila = initiatives.initiative(bahubal, bd.udbhabon.initiative.InitiativeKind.SIMPLIFICATION, "ফোন উপজেলা");
        showcaseDraft = showcase(habiganj, List.of(ofDistrict.id(), ofUpazila.id()));
        showcaseScoring = showcase(habiganj, List.of(ofDistrict.id(), ofUpazila.id()));
        showcases.openScoring(habiganj, showcaseScoring);
        // A workshop, so that the trainings' list has a row (issue 15, point 7).
        trainings.create(bahubal, new bd.udbhabon.training.NewTraining(bd.udbhabon.training.TrainingKind.WORKSHOP,
                java.time.LocalDate.of(2026, 3, 10), 2, "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা", null, "উপজেলা পরিষদ সভাকক্ষ", null,
                null, null, List.of(officer), List.of(new bd.udbhabon.training.NewTraining.Guest("জনাব সালমা খাতুন", "প্রধান শিক্ষক"))),
                List.of());

        // An initiative at scale-up: its page shows the stage move's and the scale-up's forms and the history's table (issue 15),
        // with a field visit (its follow-up in the register) and a service of the register that came from it; its process
        // and TCV measured, so that the TCV page's tables and chart have rows (issue 15, point 2).
        long initiative = initiatives.initiativeAt(bahubal, bd.udbhabon.initiative.Stage.SCALE_UP, "ফোন").id();
        tcv.save(initiative, List.of(new bd.udbhabon.initiative.internal.TcvRules.Step("ইউনিয়ন ভূমি অফিসে আবেদন জমা", "নাগরিক")),
                List.of(new bd.udbhabon.initiative.internal.TcvRules.Step("অনলাইনে আবেদন", "নাগরিক")),
                new bd.udbhabon.initiative.internal.TcvRules.Figures("15", "3", "1200", "300", "4", "1", "12000", java.time.LocalDate.of(2025, 10, 1)));
        long service = serviceRegister.create(bahubal, new bd.udbhabon.initiative.internal.ServiceRules.Input("বাহুবলের অনলাইন নাগরিক সনদ",
                null, "DIGITISED", "https://bahubal.habiganj.gov.bd/site/page/a-very-long-address-of-the-citizen-certificate-service",
                initiative, true, java.time.LocalDate.of(2024, 3, 1))).id();
        accounts.as(UPAZILA, () -> fieldVisits.record(initiative, new bd.udbhabon.initiative.internal.FieldVisits.NewVisit(null,
                java.time.LocalDate.of(2024, 3, 5), "উপজেলা নির্বাহী অফিসার, বাহুবল", "সেবাটি চালু আছে।", List.of(),
                List.of(new bd.udbhabon.initiative.internal.FieldVisits.FollowUp("নাগরিক সনদের আবেদন খাতা হালনাগাদ করতে হবে।", "",
                        java.time.LocalDate.of(2024, 4, 30))))));

        // The district's initiative, found by the national search and adopted by the upazila (issue 15, point 4).
        long districtInitiative = initiatives.initiative(habiganj, bd.udbhabon.initiative.InitiativeKind.SIMPLIFICATION, "phonesearch").id();

        accounts.as(UPAZILA, () -> annualReports.draft(bahubal, REPORT_YEAR));

        ids = new Ids(habiganj, bahubal, post, officer, planned, held, drafted, approved, approvedMinutes, decision, initiative, service,
                districtInitiative);
        browser = Browser.start(PHONE, 800);
        visit = new Visit(browser, port);
    }

    /** A showcase of the district with two criteria, the entries and the upazila's admin as a judge. */
    private long showcase(long district, List<Long> entries) {
        long id = showcases.create(district, new bd.udbhabon.showcase.internal.ShowcaseRules.Draft("হবিগঞ্জ জেলা উদ্ভাবনী শোকেসিং", null,
                java.time.LocalDate.of(2024, 6, 15), "জেলা প্রশাসকের সম্মেলন কক্ষ")).id();
        showcases.criteria(district, id, List.of(new bd.udbhabon.showcase.internal.ShowcaseRules.CriterionRow("উদ্ভাবনী মান", "60", "10"),
                new bd.udbhabon.showcase.internal.ShowcaseRules.CriterionRow("জনগণের উপকার", "40", "20")));
        entries.forEach(entry -> showcases.enter(district, id, entry));
        showcases.judge(district, id, UPAZILA, null, "উপজেলা নির্বাহী অফিসার");
        return id;
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageWithAFormIsUsableOnA360PxPhone() {
        browser.manage().window().setSize(new Dimension(PHONE, 800));
        assertThat(((Number) browser.executeScript("return window.innerWidth")).intValue()).as("the phone's width").isEqualTo(PHONE);
        List<String> problems = new ArrayList<>();
        StringBuilder figures = new StringBuilder("At " + PHONE + " px (page width, narrowest field):\n");
        for (Page page : PAGES) {
            open(page);
            @SuppressWarnings("unchecked")
            var measured = (Map<String, Object>) browser.executeScript(MEASURE, MIN_FIELD);
            assertThat((Boolean) measured.get("error")).as(page.name() + " opens (not an error page)").isFalse();
            assertThat(browser.getCurrentUrl()).as(page.name() + " is not sent elsewhere").endsWith(page.path().apply(ids));
            figures.append("  %-36s %5s px  %s%n".formatted(page.name(), measured.get("scrollWidth"), measured.get("narrowest")));
            screenshot(page);
            @SuppressWarnings("unchecked")
            var found = (List<String>) measured.get("problems");
            found.forEach(p -> problems.add(page.name() + ": " + p));
        }
        System.out.println(figures);
        assertThat(problems).as("what a user on a 360 px phone would notice").isEmpty();
    }

    @Test
    void atDesktopWidthTheTableFormsStayTables() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        try {
            for (Page page : TABLE_FORMS) {
                open(page);
                var tables = browser.findElements(By.cssSelector("main table.stack-on-phone"));
                assertThat(tables).as(page.name() + " has a table-form").isNotEmpty();
                for (var table : tables) {
                    assertThat(table.findElement(By.tagName("thead")).isDisplayed()).as(page.name() + ": the column headings show").isTrue();
                    assertThat(table.getCssValue("display")).as(page.name()).isEqualTo("table");
                    assertThat(table.findElement(By.cssSelector("tbody td")).getCssValue("display")).isEqualTo("table-cell");
                }
            }
        } finally {
            browser.manage().window().setSize(new Dimension(PHONE, 800));
        }
    }

    private void open(Page page) {
        if (!java.util.Objects.equals(page.user(), signedIn)) {
            browser.manage().deleteAllCookies();
            if (page.user() != null) {
                visit.signIn(page.user());
            }
            signedIn = page.user();
        }
        visit.open(page.path().apply(ids));
    }

    /** With -Dphone.screenshots, each page as the phone shows it, whole, in target/phone-screenshots: to look at. */
    private void screenshot(Page page) {
        if (System.getProperty("phone.screenshots") == null) {
            return;
        }
        Object shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("captureBeyondViewport", true)).get("data");
        try {
            java.nio.file.Path file = java.nio.file.Path.of("target/phone-screenshots", page.name().replaceAll("\\W+", "-") + ".png");
            java.nio.file.Files.createDirectories(file.getParent());
            java.nio.file.Files.write(file, java.util.Base64.getDecoder().decode(shot.toString()));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        assertThat(user.signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(302);
        user.get("/account");
        return user;
    }
}
