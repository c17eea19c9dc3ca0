package bd.udbhabon.shell;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Every page type of the application, once (issue 16, point 7): who opens it and where, over the demo
 * and the records {@link AccessibilityBrowserTests} adds to it. That test scans each with axe-core
 * (WCAG 2.1 A and AA) and checks it does not scroll sideways on a 360 px phone.
 *
 * <p>To cover a new page, add one line to {@link #ALL}: a name, who opens it (a demo account, {@link #ADMIN}
 * or {@link #ANONYMOUS}) and its path from the {@link Records} (add a record's id in
 * {@code AccessibilityBrowserTests.records()} if the page needs one of its own). The order does not matter:
 * the test opens the pages of one account in one session. A page of the application (a GET answering a view) that
 * is in neither {@link #ALL} nor {@link #NOT_WALKED} fails the test, named.
 */
final class PageTypes {

    private PageTypes() {
    }

    static final String ANONYMOUS = null;
    /** A system administrator of the Cabinet Division (the demo has none that is ready: the test makes it). */
    static final String ADMIN = "a11y-admin";
    // the demo's accounts (DemoData.ACCOUNTS), one per role
    static final String UNO = "paba-uno";                  // office administrator of the upazila Paba
    static final String DC = "rajshahi-dc";                // office administrator of the district Rajshahi
    static final String DIVCOM = "rajshahi-divcom";        // team head of the division Rajshahi
    static final String MS = "rajshahi-ms";                // member secretary of the division
    static final String MEMBER = "rajshahi-member";        // team member of the division
    static final String AUDITOR = "rajshahi-auditor";      // auditor of the division
    static final String MOWCA_MS = "mowca-ms";             // member secretary of the ministry
    static final String REVIEWER = "cabinet-reviewer";     // reviewer at the Cabinet Division

    /** The ids of the records the pages show, by name (see {@code AccessibilityBrowserTests.records()}). */
    record Records(Map<String, Object> ids) {

        long id(String name) {
            Object id = ids.get(name);
            if (id == null) {
                throw new IllegalArgumentException("no record named " + name + " (add it in AccessibilityBrowserTests.records())");
            }
            return ((Number) id).longValue();
        }

        String text(String name) {
            return String.valueOf(ids.get(name));
        }

        /** The path of an office's page: {@code /offices/{id}} + {@code rest}. */
        String office(String name, String rest) {
            return "/offices/" + id(name) + rest;
        }
    }

    /** The pages of the application not walked, each with the reason (the page that shows the same template instead). */
    static final Map<String, String> NOT_WALKED = Map.of(
            "/offices/{officeId}/meetings/{meetingId}/notice/revision", "the notice's form (meeting/notice.jte), walked as \"notice\"");

    /** A page to check: who opens it and where. */
    record PageType(String name, String user, Function<Records, String> path) {
    }

    private static PageType page(String name, String user, Function<Records, String> path) {
        return new PageType(name, user, path);
    }

    static final List<PageType> ALL = List.of(
            // anonymous: what a citizen sees
            page("home", ANONYMOUS, r -> "/"),
            page("sign-in", ANONYMOUS, r -> "/login"),
            page("offices", ANONYMOUS, r -> "/offices"),
            page("office search", ANONYMOUS, r -> "/offices?q=" + r.text("searchWord")),
            page("office", ANONYMOUS, r -> r.office("rajshahi", "")),
            page("innovation corner", ANONYMOUS, r -> "/corner/" + r.id("rajshahi")),
            page("ministry's corner", ANONYMOUS, r -> "/corner/" + r.id("mowca")),
            page("notifications", ANONYMOUS, r -> "/notifications"),
            page("notification", ANONYMOUS, r -> "/notifications/" + r.id("notification")),
            page("not found", ANONYMOUS, r -> "/offices/999999999"),

            // every role's start page
            page("tasks: system administrator", ADMIN, r -> "/"),
            page("tasks: upazila administrator", UNO, r -> "/"),
            page("tasks: district administrator", DC, r -> "/"),
            page("tasks: team head", DIVCOM, r -> "/"),
            page("tasks: member secretary", MS, r -> "/"),
            page("tasks: team member", MEMBER, r -> "/"),
            page("tasks: auditor", AUDITOR, r -> "/"),
            page("tasks: reviewer", REVIEWER, r -> "/"),
            page("tasks page", MS, r -> "/tasks"),

            // account and office
            page("account and tokens", UNO, r -> "/account"),
            page("password", UNO, r -> "/account/password"),
            page("my notifications", UNO, r -> "/account/notifications"),
            page("notification preferences", UNO, r -> "/account/notifications/preferences"),
            page("reminder policy", ADMIN, r -> "/reminder-policy"),
            page("users", UNO, r -> r.office("paba", "/users")),
            page("office edit", UNO, r -> r.office("paba", "/edit")),
            page("new office", DC, r -> r.office("rajshahiDistrict", "/new")),
            page("office import", DC, r -> r.office("rajshahiDistrict", "/import")),
            page("audit trail", AUDITOR, r -> r.office("rajshahi", "/audit")),
            page("audit of a record", AUDITOR, r -> r.office("rajshahi", "/audit/" + r.text("auditType") + "/" + r.text("auditRecord"))),

            // people
            page("people", MS, r -> r.office("rajshahi", "/people")),
            page("post", MS, r -> r.office("rajshahi", "/people/posts/" + r.id("post"))),
            page("officer", MS, r -> r.office("rajshahi", "/people/officers/" + r.id("officer"))),
            page("new post", MS, r -> r.office("rajshahi", "/people/posts/new")),
            page("post edit", MS, r -> r.office("rajshahi", "/people/posts/" + r.id("post") + "/edit")),
            page("new officer", MS, r -> r.office("rajshahi", "/people/officers/new")),
            page("officer edit", MS, r -> r.office("rajshahi", "/people/officers/" + r.id("officer") + "/edit")),
            page("officer import", MS, r -> r.office("rajshahi", "/people/import")),

            // the team
            page("team", MS, r -> r.office("rajshahi", "/team")),
            page("team: order history", DC, r -> r.office("paba", "/team")),
            page("team draft", DC, r -> r.office("paba", "/team/draft")),
            page("team issue", DC, r -> r.office("paba", "/team/issue")),
            page("supervision: national", REVIEWER, r -> r.office("cabinet", "/supervision")),
            page("supervision: division", DIVCOM, r -> r.office("rajshahi", "/supervision")),
            page("supervision: print view", DC, r -> r.office("rajshahiDistrict", "/supervision?print=true")),
            page("annual reports", MS, r -> r.office("rajshahi", "/reports")),
            page("annual report", MOWCA_MS, r -> r.office("mowca", "/reports/2023-24")),
            page("annual report issue", MS, r -> r.office("rajshahi", "/reports/2024-25/issue")),
            page("inbox: national", REVIEWER, r -> r.office("cabinet", "/inbox")),
            page("inbox: division", DIVCOM, r -> r.office("rajshahi", "/inbox")),
            page("expected and missing", REVIEWER, r -> r.office("cabinet", "/inbox/expected")),
            page("portal completeness: division", DIVCOM, r -> r.office("rajshahi", "/portal?year=2023-24&quarter=1")),
            page("portal checklist form", DC, r -> r.office("rajshahiDistrict", "/portal/edit")),
            page("portal checklist policy", ADMIN, r -> "/portal-checklist"),
            page("compliance", REVIEWER, r -> r.office("rajshahi", "/compliance")),
            page("new notification", ADMIN, r -> "/notifications/new"),
            page("notification edit", ADMIN, r -> "/notifications/" + r.id("notification") + "/edit"),
            page("notification level", ADMIN, r -> "/notifications/" + r.id("notification") + "/levels/UPAZILA"),

            // meetings and minutes
            page("schedule", MS, r -> r.office("rajshahi", "/meetings")),
            page("new meeting", MS, r -> r.office("rajshahi", "/meetings/new")),
            page("meeting held", MS, r -> r.office("rajshahi", "/meetings/" + r.id("october"))),
            page("minutes issued", MS, r -> r.office("rajshahi", "/meetings/" + r.id("october") + "/minutes")),
            page("attendance", MS, r -> r.office("rajshahi", "/meetings/" + r.id("october") + "/attendance")),
            page("ministry's minutes", MOWCA_MS, r -> r.office("mowca", "/meetings/" + r.id("november") + "/minutes")),
            page("meeting planned", UNO, r -> r.office("paba", "/meetings/" + r.id("planned"))),
            page("meeting edit", UNO, r -> r.office("paba", "/meetings/" + r.id("planned") + "/edit")),
            page("notice", UNO, r -> r.office("paba", "/meetings/" + r.id("planned") + "/notice")), // its revision: the same page
            page("minutes draft", UNO, r -> r.office("paba", "/meetings/" + r.id("drafted") + "/minutes")),
            page("minutes editor", UNO, r -> r.office("paba", "/meetings/" + r.id("drafted") + "/minutes/edit")),
            page("minutes issue", UNO, r -> r.office("paba", "/meetings/" + r.id("approved") + "/minutes/" + r.id("approvedMinutes") + "/issue")),

            // decisions
            page("decision register", MS, r -> r.office("rajshahi", "/decisions")),
            page("decisions of the scope", REVIEWER, r -> r.office("rajshahi", "/decisions/scope")),
            page("decisions assigned", DC, r -> r.office("rajshahiDistrict", "/decisions/assigned")),
            page("decision", MS, r -> r.office("rajshahi", "/decisions/" + r.id("decision"))),
            page("decision to implement", DC, r -> r.office("rajshahiDistrict", "/decisions/" + r.id("decisionForDistricts"))),

            // the action plan
            page("plan templates", ADMIN, r -> "/plan-templates"),
            page("new plan template", ADMIN, r -> "/plan-templates/new"),
            page("plan template import", ADMIN, r -> "/plan-templates/import"),
            page("plan template", ADMIN, r -> "/plan-templates/" + r.id("templateVersion")),
            page("plan template edit", ADMIN, r -> "/plan-templates/" + r.id("templateVersion") + "/edit"),
            page("plan deadlines", ADMIN, r -> "/plan-deadlines"),
            page("office's plan template", MOWCA_MS, r -> r.office("mowca", "/plan-template")),
            page("plans", MOWCA_MS, r -> r.office("mowca", "/plans")),
            page("plan", MOWCA_MS, r -> r.office("mowca", "/plans/2023-24")),
            page("plan progress", MOWCA_MS, r -> r.office("mowca", "/plans/2023-24/progress/1")),
            page("plan report", MOWCA_MS, r -> r.office("mowca", "/plans/2023-24/reports/1")),
            page("plan reports", DC, r -> r.office("rajshahiDistrict", "/plan-reports")),
            page("plan report review", DC, r -> r.office("rajshahiDistrict", "/plan-reports/" + r.id("planReport"))),
            page("plan: targets", UNO, r -> r.office("paba", "/plans/" + r.text("planDraft") + "/edit")),
            page("plan: revise", UNO, r -> r.office("paba", "/plans/" + r.text("planIssued") + "/revise")),
            page("plan approval", UNO, r -> r.office("paba", "/plans/" + r.text("planApproved") + "/approve")),
            page("plan issue", UNO, r -> r.office("paba", "/plans/" + r.text("planApproved") + "/issue")),

            // initiatives, services, showcases, trainings
            page("initiatives", UNO, r -> r.office("paba", "/initiatives")),
            page("new initiative", UNO, r -> r.office("paba", "/initiatives/new")),
            page("initiative", UNO, r -> r.office("paba", "/initiatives/" + r.id("initiative"))),
            page("initiative edit", UNO, r -> r.office("paba", "/initiatives/" + r.id("initiative") + "/edit")),
            page("initiative: process and TCV", UNO, r -> r.office("paba", "/initiatives/" + r.id("initiative") + "/tcv")),
            page("field visits", UNO, r -> r.office("paba", "/initiatives/" + r.id("initiative") + "/visits")),
            page("initiative's showcases", UNO, r -> r.office("paba", "/initiatives/" + r.id("initiative") + "/showcases")),
            page("initiative search", UNO, r -> "/initiatives/search?q=" + r.text("searchWord")),
            page("adopt an initiative", UNO, r -> "/initiatives/" + r.id("districtInitiative") + "/adopt"),
            page("initiatives roll-up", DC, r -> r.office("rajshahiDistrict", "/initiatives/roll-up")),
            page("national roll-up", ADMIN, r -> "/initiatives/roll-up"),
            page("services", UNO, r -> r.office("paba", "/services")),
            page("new service", UNO, r -> r.office("paba", "/services/new")),
            page("service", UNO, r -> r.office("paba", "/services/" + r.id("service"))),
            page("service edit", UNO, r -> r.office("paba", "/services/" + r.id("service") + "/edit")),
            page("showcases", DC, r -> r.office("rajshahiDistrict", "/showcases")),
            page("new showcase", DC, r -> r.office("rajshahiDistrict", "/showcases/new")),
            page("showcase set-up", DC, r -> r.office("rajshahiDistrict", "/showcases/" + r.id("showcaseDraft"))),
            page("showcase edit", DC, r -> r.office("rajshahiDistrict", "/showcases/" + r.id("showcaseDraft") + "/edit")),
            page("showcase selection", DC, r -> r.office("rajshahiDistrict", "/showcases/" + r.id("showcaseScoring"))),
            page("showcase publish", DC, r -> r.office("rajshahiDistrict", "/showcases/" + r.id("showcaseChosen") + "/publish")),
            page("showcase scores", UNO, r -> r.office("rajshahiDistrict", "/showcases/" + r.id("showcaseScoring") + "/score")),
            page("trainings", UNO, r -> r.office("paba", "/trainings")),
            page("new training", UNO, r -> r.office("paba", "/trainings/new")),
            page("training", UNO, r -> r.office("paba", "/trainings/" + r.id("training"))),
            page("training edit", UNO, r -> r.office("paba", "/trainings/" + r.id("training") + "/edit")));
}
