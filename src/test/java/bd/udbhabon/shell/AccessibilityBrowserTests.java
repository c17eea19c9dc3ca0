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
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.internal.FieldVisits;
import bd.udbhabon.initiative.internal.ServiceRules;
import bd.udbhabon.initiative.internal.TcvRules;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.PageTypes.PageType;
import bd.udbhabon.showcase.internal.ShowcaseRules;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.TrainingKind;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, point 7: every page type ({@link PageTypes#ALL}), anonymous and signed in as each demo role,
 * scanned by axe-core for WCAG 2.1 A and AA with zero violations, and none scrolls sideways on a 360 px
 * phone. One browser walks the pages once, at 360 px, each account's pages in one session: each page is
 * measured for sideways scrolling and scanned there, then scanned again at desktop width (the layouts
 * differ: tables stack on the phone). The failure lists each violation with its page, rule and elements.
 */
@IntegrationTest
// the demo with a record of every page type added (a planned meeting, an initiative, a showcase...): apart from DemoDataTests' counts
@TestPropertySource(properties = {"udbhabon.demo=true", "udbhabon.test.context=accessibility"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessibilityBrowserTests {

    private static final int PHONE = 360;
    private static final int DESKTOP = 1280;
    private static final List<String> WCAG_21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");
    private static final String DEMO_PASSWORD = "demo-2026";

    /** The page's width against the screen's, and the outermost elements past its edge (as PhoneLayoutBrowserTests names them). */
    private static final String SIDEWAYS = """
            document.querySelectorAll('details').forEach(d => d.open = true);
            const vw = document.documentElement.clientWidth;
            const scrollWidth = document.documentElement.scrollWidth;
            if (scrollWidth <= vw) return null;
            const visible = e => e.getClientRects().length > 0 && getComputedStyle(e).visibility !== 'hidden';
            const clipped = e => { for (let a = e.parentElement; a && a !== document.body; a = a.parentElement)
                if (getComputedStyle(a).overflowX !== 'visible') return true; return false; };
            const name = e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string' ? '.' + e.className : '')
                + (e.dataset.testid ? '[data-testid=' + e.dataset.testid + ']' : '');
            const past = [...document.body.querySelectorAll('*')].filter(e => visible(e) && !clipped(e)
                && e.getBoundingClientRect().right > vw + 0.5 && e.parentElement.getBoundingClientRect().right <= vw + 0.5);
            return 'the page is ' + scrollWidth + ' px wide on a ' + vw + ' px screen: it scrolls sideways ('
                + past.slice(0, 3).map(name).join(', ') + ')';
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
    bd.udbhabon.plan.PlanFixtures plans;
    @Autowired
    bd.udbhabon.plan.internal.PlanApproval planApproval;
    @Autowired
    bd.udbhabon.report.internal.AnnualReportService annualReports;
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
    FieldVisits fieldVisits;
    @Autowired
    @org.springframework.beans.factory.annotation.Qualifier("requestMappingHandlerMapping")
    org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping mappings;

    /** What the walk found: axe's violations and sideways scrolling, each line naming its page. */
    final List<String> violations = new ArrayList<>();
    final List<String> sideways = new ArrayList<>();
    final List<String> notOpened = new ArrayList<>();
    /** axe's best practices not met, by rule: printed, not asserted. */
    final Map<String, java.util.Set<String>> advice = new java.util.TreeMap<>();
    /** The handlers of the pages walked. */
    final java.util.Set<java.lang.reflect.Method> walked = new java.util.HashSet<>();
    ChromeDriver browser;

    @BeforeAll
    void walk() {
        PageTypes.Records records = records();
        browser = Browser.start(PHONE, 800);
        Visit visit = new Visit(browser, port);
        AxeBuilder axe = new AxeBuilder().withTags(WCAG_21_AA);
        // at 360 px axe's best practices too (headings in order, landmarks...): printed as advice, not asserted
        List<String> withAdvice = new ArrayList<>(WCAG_21_AA);
        withAdvice.add("best-practice");
        AxeBuilder axeAndAdvice = new AxeBuilder().withTags(withAdvice);
        Map<String, List<PageType>> byUser = new LinkedHashMap<>();
        PageTypes.ALL.forEach(page -> byUser.computeIfAbsent(Objects.toString(page.user(), ""), u -> new ArrayList<>()).add(page));
        long started = System.nanoTime();
        long scanning = 0;
        long scanningPhone = 0;
        for (var user : byUser.entrySet()) {
            browser.manage().deleteAllCookies();
            if (!user.getKey().isEmpty()) {
                visit.signIn(user.getKey(), user.getKey().equals(PageTypes.ADMIN) ? TestAccounts.PASSWORD : DEMO_PASSWORD);
            }
            for (PageType page : user.getValue()) {
                String path = page.path().apply(records);
                walked.add(handler(path));
                browser.manage().window().setSize(new Dimension(PHONE, 800));
                visit.open(path);
                boolean error = !browser.findElements(org.openqa.selenium.By.cssSelector("[data-testid=error-status]")).isEmpty();
                if (error != page.name().equals("not found") || !browser.getCurrentUrl().endsWith(path)) {
                    notOpened.add(page.name() + " (" + path + "): " + (error ? "an error page" : "sent to " + browser.getCurrentUrl()));
                }
                settle();
                Object scrolls = browser.executeScript(SIDEWAYS);
                if (scrolls != null) {
                    sideways.add(page.name() + " (" + path + "): " + scrolls);
                }
                long opened = System.nanoTime();
                scan(axeAndAdvice, page, path, "360 px");
                long phone = System.nanoTime();
                browser.manage().window().setSize(new Dimension(DESKTOP, 900));
                settle();
                scan(axe, page, path, "desktop");
                scanning += System.nanoTime() - opened;
                scanningPhone += phone - opened;
            }
        }
        advice.forEach((rule, pages) -> System.out.printf("axe's advice (best practice, not WCAG): %s on %d page(s), e.g. %s%n",
                rule, pages.size(), String.join("; ", pages.stream().limit(3).toList())));
        System.out.printf("Accessibility: %d pages, each scanned at 360 px and at desktop width, in %.1f s (axe: %.1f s at 360 px, %.1f s"
                + " at desktop width; the rest opening pages and signing in)%n", PageTypes.ALL.size(), (System.nanoTime() - started) / 1e9,
                scanningPhone / 1e9, (scanning - scanningPhone) / 1e9);
    }

    /** Waits two frames: what the page's script does on load and on resize (js/udbhabon.js) is done. */
    private void settle() {
        browser.executeAsyncScript("requestAnimationFrame(() => requestAnimationFrame(arguments[arguments.length - 1]))");
    }

    private void scan(AxeBuilder axe, PageType page, String path, String width) {
        for (Rule rule : axe.analyze(browser).getViolations()) {
            if (rule.getTags().stream().noneMatch(WCAG_21_AA::contains)) {
                advice.computeIfAbsent(rule.getId() + " (" + rule.getHelp() + ")", r -> new java.util.LinkedHashSet<>())
                        .add(page.name() + " " + rule.getNodes().stream().map(n -> String.valueOf(n.getTarget())).limit(2).toList());
                continue;
            }
            for (var node : rule.getNodes()) {
                violations.add("%s (%s, %s): %s [%s] %s at %s: %s".formatted(page.name(), path, width, rule.getId(), rule.getImpact(),
                        rule.getHelp(), node.getTarget(), abbreviated(node.getHtml())));
            }
        }
    }

    private static String abbreviated(String html) {
        return html.length() <= 200 ? html : html.substring(0, 200) + "…";
    }

    @AfterAll
    void tearDown() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void everyPageTypeOpens() {
        assertThat(notOpened).as("pages of PageTypes that did not open as the user who works on them").isEmpty();
    }

    /**
     * Every page of ours (a GET handler answering a view, from the application's own mappings, as
     * AccessMatrixTests finds them) is one of the page types walked: a page added to the application
     * and not to {@link PageTypes#ALL} fails here, named.
     */
    @Test
    void everyPageOfTheApplicationIsAPageType() {
        List<String> missing = new ArrayList<>();
        mappings.getHandlerMethods().forEach((info, method) -> {
            boolean get = info.getMethodsCondition().getMethods().contains(org.springframework.web.bind.annotation.RequestMethod.GET);
            boolean exempt = info.getPatternValues().stream().anyMatch(PageTypes.NOT_WALKED::containsKey);
            if (get && isPage(method) && !walked.contains(method.getMethod()) && !exempt) {
                missing.add(info.getPatternValues() + " (" + method.getShortLogMessage() + ")");
            }
        });
        assertThat(missing).as("pages missing from PageTypes.ALL").isEmpty();
    }

    /** A handler of ours answering a view by its name (a JTE page), not a file, JSON or a redirect only. */
    private static boolean isPage(org.springframework.web.method.HandlerMethod method) {
        return method.getBeanType().getName().startsWith("bd.udbhabon.")
                && (method.getReturnType().getParameterType() == String.class
                    || method.getReturnType().getParameterType() == org.springframework.web.servlet.ModelAndView.class)
                && !method.hasMethodAnnotation(org.springframework.web.bind.annotation.ResponseBody.class)
                && !org.springframework.core.annotation.AnnotatedElementUtils.hasAnnotation(method.getBeanType(),
                        org.springframework.web.bind.annotation.ResponseBody.class);
    }

    /** The handler the application picks for a GET of {@code path}. */
    private java.lang.reflect.Method handler(String path) {
        var request = new org.springframework.mock.web.MockHttpServletRequest("GET", path.replaceFirst("\\?.*", ""));
        org.springframework.web.util.ServletRequestPathUtils.parseAndCache(request);
        try {
            var chain = mappings.getHandler(request);
            return chain == null ? null : ((org.springframework.web.method.HandlerMethod) chain.getHandler()).getMethod();
        } catch (Exception e) {
            return null;
        }
    }

    @Test
    void noPageTypeHasAWcag21AOrAaViolation() {
        assertThat(violations).as("axe-core's WCAG 2.1 A/AA violations (page, rule, element)").isEmpty();
    }

    @Test
    void noPageTypeScrollsSidewaysOnA360PxPhone() {
        assertThat(sideways).as("pages wider than a 360 px phone").isEmpty();
    }

    // ---- the records the pages show: the demo's, and those the demo does not have, added here

    private PageTypes.Records records() {
        Map<String, Object> ids = new LinkedHashMap<>();
        long cabinet = accounts.cabinetDivision();
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        long rajshahiDistrict = accounts.office(OfficeLevel.DISTRICT, "Rajshahi");
        long paba = accounts.upazila(rajshahiDistrict, "Paba");
        long mowca = jdbc.sql("select id from office where name_bn = 'মহিলা ও শিশু বিষয়ক মন্ত্রণালয়'").query(Long.class).single();
        accounts.create(PageTypes.ADMIN, Role.SYSTEM_ADMIN, cabinet);
        ids.put("cabinet", cabinet);
        ids.put("rajshahi", rajshahi);
        ids.put("rajshahiDistrict", rajshahiDistrict);
        ids.put("paba", paba);
        ids.put("mowca", mowca);
        ids.put("searchWord", "a11ysearch");
        ids.put("notification", jdbc.sql("select max(id) from notification").query(Long.class).single());
        var audited = jdbc.sql("select record_type, record_id from audit_entry where office_id = ? and record_id is not null order by id limit 1")
                .param(rajshahi).query((rs, n) -> List.of(rs.getString(1), rs.getString(2))).single();
        ids.put("auditType", audited.get(0));
        ids.put("auditRecord", audited.get(1));
        ids.put("post", jdbc.sql("select min(id) from post where office_id = ?").param(rajshahi).query(Long.class).single());
        ids.put("officer", jdbc.sql("select min(h.officer_id) from holding h join post p on p.id = h.post_id where p.office_id = ?")
                .param(rajshahi).query(Long.class).single());
        ids.put("october", jdbc.sql("select id from meeting where office_id = ? order by meeting_date desc limit 1").param(rajshahi)
                .query(Long.class).single());
        ids.put("november", jdbc.sql("select id from meeting where office_id = ? order by meeting_date desc limit 1").param(mowca)
                .query(Long.class).single());
        ids.put("decision", jdbc.sql("select min(id) from decision where office_id = ?").param(rajshahi).query(Long.class).single());
        ids.put("decisionForDistricts", jdbc.sql("""
                select min(d.id) from decision d join decision_owner o on o.decision_id = d.id
                where d.office_id = ? and o.label_bn like 'জেলা প্রশাসক (সকল)%'""").param(rajshahi).query(Long.class).single());
        ids.put("templateVersion", jdbc.sql("select max(id) from plan_template_version").query(Long.class).single());
        ids.put("planReport", jdbc.sql("""
                select min(r.id) from plan_report r join plan p on p.id = r.plan_id
                where r.superior_id = ? and r.id not in (select report_id from plan_report_step)""")
                .param(rajshahiDistrict).query(Long.class).optional().orElseGet(() -> jdbc.sql(
                        "select min(r.id) from plan_report r where r.superior_id = ?").param(rajshahiDistrict).query(Long.class).single()));
        meetingsOfPaba(ids, paba);
        teamDraftOfPaba(paba);
        plansOfPaba(ids, paba);
        initiativesOfPaba(ids, paba, rajshahiDistrict);
        approvedReportOfRajshahi(rajshahi);
        return new PageTypes.Records(ids);
    }

    /** Paba's team, and its meetings: one planned, one with approved minutes, one with minutes in draft. */
    private void meetingsOfPaba(Map<String, Object> ids, long paba) {
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(paba, true);
        Browsing uno = new Browsing(port);
        assertThat(uno.signIn(PageTypes.UNO, DEMO_PASSWORD).status()).isEqualTo(302);
        uno.get("/account");
        String api = "/api/v1/offices/" + paba + "/meetings";
        long planned = MeetingsByApi.meeting(uno, api, Dhaka.today().plusDays(20).toString(), "পবা");
        long approved = MeetingsByApi.meeting(uno, api, "2026-04-14", "পবা");
        long drafted = MeetingsByApi.meeting(uno, api, "2026-05-12", "পবা");
        String members = String.join(",", team.postIds().stream().map(p -> "{\"postId\":" + p + ",\"status\":\"PRESENT\"}").toList());
        for (long meeting : List.of(approved, drafted)) {
            var attended = uno.json("POST", api + "/" + meeting + "/attendance", """
                    {"members":[%s],"guests":[{"name":"জনাব সালমা খাতুন","designation":"প্রধান শিক্ষক","office":"পবা পাইলট উচ্চ বিদ্যালয়"}]}"""
                    .formatted(members));
            assertThat(attended.status()).as(attended.body()).isEqualTo(200);
        }
        ids.put("planned", planned);
        ids.put("approved", approved);
        ids.put("approvedMinutes", MeetingsByApi.minutes(uno, api + "/" + approved + "/minutes", paba, "2026-04-16", "পবা"));
        ids.put("drafted", drafted);
        MeetingsByApi.minutes(uno, api + "/" + drafted + "/minutes", paba, null, "পবা");
    }

    /** The division's 2024-25 annual report drafted by its member secretary and approved by its head, so that the issue page opens. */
    private void approvedReportOfRajshahi(long rajshahi) {
        FiscalYear year = new FiscalYear(2024);
        accounts.as(PageTypes.MS, () -> annualReports.draft(rajshahi, year));
        accounts.as(PageTypes.DIVCOM, () -> {
            annualReports.approve(rajshahi, year);
            return null;
        });
    }

    /** A saved draft of a change to Paba's team order, by the district, so that the issue page opens. */
    private void teamDraftOfPaba(long paba) {
        Browsing dc = new Browsing(port);
        assertThat(dc.signIn(PageTypes.DC, DEMO_PASSWORD).status()).isEqualTo(302);
        String draft = "/offices/" + paba + "/team/draft";
        var saved = HtmlForm.on(dc.get(draft).body(), "#draft-form").set("action", "save").submit(dc, port);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
    }

    /** Paba's action plans of years of their own: a draft allowing rows of its own, an issued one, an approved one. */
    private void plansOfPaba(Map<String, Object> ids, long paba) {
        FiscalYear draft = new FiscalYear(2083);
        FiscalYear issued = new FiscalYear(2084);
        FiscalYear approved = new FiscalYear(2019);
        plans.templateWithin(draft, OfficeLevel.UPAZILA, true);
        plans.plan(paba, draft);
        plans.templateWithin(issued, OfficeLevel.UPAZILA, false);
        plans.issueBySql(plans.plan(paba, issued));
        plans.plan(paba, approved);
        LocalDate meetingOn = approved.start().plusDays(9);
        accounts.as(PageTypes.UNO, () -> planApproval.approve(paba, approved,
                new bd.udbhabon.plan.internal.PlanApproval.Input("মাসিক সমন্বয় সভা", meetingOn, meetingOn)));
        ids.put("planDraft", draft.shortLabelLatin());
        ids.put("planIssued", issued.shortLabelLatin());
        ids.put("planApproved", approved.shortLabelLatin());
    }

    /**
     * An initiative of Paba at scale-up with its process and TCV, a field visit and a service of the register;
     * the district's initiative for the search and adoption; the district's showcases (one set up, one scored
     * with Paba's administrator as a judge, one with its best initiative chosen); a workshop of Paba.
     */
    private void initiativesOfPaba(Map<String, Object> ids, long paba, long district) {
        long initiative = initiatives.initiativeAt(paba, Stage.SCALE_UP, "a11y").id();
        tcv.save(initiative, List.of(new TcvRules.Step("ইউনিয়ন ভূমি অফিসে আবেদন জমা", "নাগরিক")),
                List.of(new TcvRules.Step("অনলাইনে আবেদন", "নাগরিক")),
                new TcvRules.Figures("15", "3", "1200", "300", "4", "1", "12000", LocalDate.of(2025, 10, 1)));
        long service = serviceRegister.create(paba, new ServiceRules.Input("পবার অনলাইন নাগরিক সনদ", null, "DIGITISED",
                "https://paba.rajshahi.gov.bd/site/page/a-very-long-address-of-the-citizen-certificate-service", initiative, true,
                LocalDate.of(2024, 3, 1))).id();
        accounts.as(PageTypes.UNO, () -> fieldVisits.record(initiative, new FieldVisits.NewVisit(null, LocalDate.of(2024, 3, 5),
                "উপজেলা নির্বাহী অফিসার, পবা", "সেবাটি চালু আছে।", List.of(),
                List.of(new FieldVisits.FollowUp("নাগরিক সনদের আবেদন খাতা হালনাগাদ করতে হবে।", "", LocalDate.of(2024, 4, 30))))));
        long ofDistrict = initiatives.initiative(district, InitiativeKind.SIMPLIFICATION, "a11ysearch").id();
        long ofPaba = initiatives.initiative(paba, InitiativeKind.IDEA, "a11y entry").id();
        ids.put("initiative", initiative);
        ids.put("service", service);
        ids.put("districtInitiative", ofDistrict);
        ids.put("showcaseDraft", showcase(district, List.of(ofDistrict, ofPaba)));
        long scoring = showcase(district, List.of(ofDistrict, ofPaba));
        showcases.openScoring(district, scoring);
        ids.put("showcaseScoring", scoring);
        long chosen = showcase(district, List.of(ofDistrict, ofPaba));
        showcases.openScoring(district, chosen);
        showcases.select(district, chosen, List.of(jdbc.sql("select min(id) from showcase_entry where showcase_id = ?").param(chosen)
                .query(Long.class).single()));
        ids.put("showcaseChosen", chosen);
        long officer = jdbc.sql("select min(h.officer_id) from holding h join post p on p.id = h.post_id where p.office_id = ?")
                .param(paba).query(Long.class).single();
        ids.put("training", trainings.create(paba, new NewTraining(TrainingKind.WORKSHOP, LocalDate.of(2026, 3, 10), 2,
                "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা", null, "উপজেলা পরিষদ সভাকক্ষ", null, null, null, List.of(officer),
                List.of(new NewTraining.Guest("জনাব সালমা খাতুন", "প্রধান শিক্ষক"))), List.of()).id());
    }

    /** A showcase of the district with two criteria, the entries and Paba's administrator as a judge. */
    private long showcase(long district, List<Long> entries) {
        long id = showcases.create(district, new ShowcaseRules.Draft("রাজশাহী জেলা উদ্ভাবনী শোকেসিং", null,
                LocalDate.of(2024, 6, 15), "জেলা প্রশাসকের সম্মেলন কক্ষ")).id();
        showcases.criteria(district, id, List.of(new ShowcaseRules.CriterionRow("উদ্ভাবনী মান", "60", "10"),
                new ShowcaseRules.CriterionRow("জনগণের উপকার", "40", "20")));
        entries.forEach(entry -> showcases.enter(district, id, entry));
        showcases.judge(district, id, PageTypes.UNO, null, "উপজেলা নির্বাহী অফিসার");
        return id;
    }
}
