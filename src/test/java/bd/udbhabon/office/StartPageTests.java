package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, point 4: after signing in, each user lands on their office's start page ("my office, my
 * tasks") with what waits for them there, as the modules contribute it, and only what they may do;
 * nothing of an office they hold no role at. Kashiani upazila (Gopalganj district) has it all: a team
 * failing a rule of the notification in force, minutes circulated for comments, a decision given to
 * it by the district and overdue, and this period's meeting not yet held.
 */
@IntegrationTest
class StartPageTests {

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
    Meetings meetings;
    @Autowired
    MinutesBook minutes;
    @Autowired
    DecisionRegister register;

    @Test
    void eachUserSeesTheirOwnOfficesTasksAndOnlyThose() {
        long gopalganj = accounts.office(OfficeLevel.DISTRICT, "Gopalganj");
        long kashiani = accounts.upazila(gopalganj, "Kashiani");
        long tungipara = accounts.upazila(gopalganj, "Tungipara");
        LocalDate today = Dhaka.today();
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(kashiani, false); // lacks the skills officer
        accounts.create("kashiani-head", Role.TEAM_HEAD, kashiani);
        accounts.create("kashiani-member", Role.TEAM_MEMBER, kashiani);
        accounts.create("kashiani-auditor", Role.AUDITOR, kashiani);
        long secretary = accounts.create("kashiani-ms", Role.MEMBER_SECRETARY, kashiani);
        accounts.create("tungipara-ms", Role.MEMBER_SECRETARY, tungipara);
        accounts.create("gopalganj-ms", Role.MEMBER_SECRETARY, gopalganj);

        // A meeting held four months ago (another period, under either cadence), its minutes circulated.
        LocalDate held = today.minusMonths(4);
        long meetingId = accounts.as("kashiani-ms", () -> explained(() -> {
            Meeting meeting = meetings.save(kashiani, null, new Meetings.MeetingInput("উপজেলা ইনোভেশন টিমের সভা", "উপজেলা নির্বাহী অফিসার",
                    "উপজেলা নির্বাহী অফিসার", held, LocalTime.of(11, 0), "সম্মেলন কক্ষ", null,
                    List.of(new Meeting.AgendaItem("ই-সেবা", null))), List.of(), List.of());
            meetings.saveAttendance(kashiani, meeting.id(), team.postIds().stream()
                    .map(p -> new Meeting.Attendance(p, null, AttendanceStatus.PRESENT, null)).toList(), List.of());
            var start = minutes.startingContent(kashiani, meeting.id());
            var items = start.items().stream().map(i -> new bd.udbhabon.meeting.MinutesContent.Item(i.kind(), i.subjectBn(), i.targetBn(),
                    "বিস্তারিত আলোচনা হয়।", i.decisions())).toList();
            long draft = minutes.saveDraft(kashiani, meeting.id(), new bd.udbhabon.meeting.MinutesContent(start.style(), start.titleBn(),
                    start.subjectBn(), start.opening(), start.itemsIntroBn(), items, start.closingBn(), start.chairNameBn(),
                    start.chairDesignationBn(), null)).id();
            minutes.circulate(kashiani, draft);
            return meeting.id();
        }));
        // The district gives Kashiani a decision, due ten days ago.
        accounts.as("gopalganj-ms", () -> explained(() -> register.record(gopalganj, new NewDecision(null, null, null, today.minusDays(60),
                "ই-সেবা", "কাশিয়ানীতে ই-সেবা কেন্দ্র চালু করতে হবে", today.minusDays(10),
                List.of(Owner.office(kashiani, "উপজেলা নির্বাহী অফিসার, কাশিয়ানী"))))));

        // The team head lands on the start page: every kind of task, each linking where it is done, counts in Bangla.
        Browsing head = signedIn("kashiani-head");
        String page = head.get("/").body();
        assertThat(page).contains("data-testid=\"desk\" data-office=\"" + kashiani + "\"")
                .doesNotContain("data-office=\"" + tungipara + "\"", "data-testid=\"all-done\"");
        String minutesPage = "/offices/" + kashiani + "/meetings/" + meetingId + "/minutes";
        assertThat(task(page, "task-minutes-approve")).contains("href=\"" + minutesPage + "\"", "অনুমোদনের অপেক্ষায়");
        assertThat(task(page, "task-minutes-comment")).contains("href=\"" + minutesPage + "\"", "মতামতের অপেক্ষায়");
        assertThat(task(page, "task-decisions-overdue")).contains("href=\"/offices/" + kashiani + "/decisions/assigned?show=overdue\"", "১টি");
        assertThat(task(page, "task-team-failing")).contains("href=\"/offices/" + kashiani + "/team\"", "১টি");
        assertThat(task(page, "task-meeting-due")).contains("href=\"/offices/" + kashiani + "/meetings/new\"");
        assertThat(page).doesNotContain("data-testid=\"task-minutes-issue\"");
        // the links lead to pages the head may open
        assertThat(head.get("/offices/" + kashiani + "/decisions/assigned?show=overdue").body()).contains("কাশিয়ানীতে ই-সেবা কেন্দ্র চালু করতে হবে");
        assertThat(head.get(minutesPage).status()).isEqualTo(200);

        // A member is asked for a comment, not an approval, not the office's writing; once commented, no more.
        Browsing member = signedIn("kashiani-member");
        String memberPage = member.get("/").body();
        assertThat(memberPage).contains("data-testid=\"task-minutes-comment\"")
                .doesNotContain("task-minutes-approve", "task-decisions-overdue", "task-team-failing", "task-meeting-due");
        long minutesId = accounts.as("kashiani-member", () -> minutes.versions(kashiani, meetingId).getLast().id());
        accounts.as("kashiani-member", () -> {
            minutes.comment(kashiani, minutesId, "আলোচনার দ্বিতীয় অনুচ্ছেদ সংশোধন প্রয়োজন।");
            return 0;
        });
        assertThat(member.get("/").body()).doesNotContain("task-minutes-comment").contains("data-testid=\"all-done\"");
        assertThat(head.get("/").body()).contains("task-minutes-comment"); // the head has not commented yet

        // The member-secretary has the office's writing, not the chair's approval.
        String secretaryPage = signedIn("kashiani-ms").get("/tasks").body();
        assertThat(secretaryPage).contains("task-decisions-overdue", "task-team-failing", "task-meeting-due")
                .doesNotContain("task-minutes-approve", "task-minutes-comment");

        // Nothing waits for an auditor: the empty state says all is done.
        String auditorPage = signedIn("kashiani-auditor").get("/").body();
        assertThat(auditorPage).contains("data-testid=\"all-done\"").doesNotContain("data-testid=\"task-");

        // Another office's user never sees Kashiani's tasks; with roles at both, each office's own.
        String tungiparaPage = signedIn("tungipara-ms").get("/").body();
        assertThat(tungiparaPage).contains("data-office=\"" + tungipara + "\"", "task-team-none")
                .doesNotContain("data-office=\"" + kashiani + "\"", "task-minutes", "task-decisions-overdue", "task-team-failing");
        accounts.grant(secretary, Role.MEMBER_SECRETARY, tungipara);
        String both = signedIn("kashiani-ms").get("/").body();
        assertThat(both).contains("data-office=\"" + kashiani + "\"", "data-office=\"" + tungipara + "\"", "task-team-none");
        assertThat(both.indexOf("task-decisions-overdue")).isLessThan(both.indexOf("data-office=\"" + tungipara + "\""));

        // The office page: daily work (team, meetings, decisions) apart from administration (people…).
        String officePage = head.get("/offices/" + kashiani).body();
        String work = section(officePage, "daily-work");
        assertThat(work).contains("data-testid=\"team-link\"", "href=\"/offices/" + kashiani + "/meetings\" data-testid=\"meetings-link\"",
                "data-testid=\"decisions-link\"").doesNotContain("people-link");
        assertThat(section(officePage, "administration")).contains("data-testid=\"people-link\"").doesNotContain("meetings-link", "team-link");

        // In English, the same tasks with English digits.
        String english = head.get("/tasks?lang=en").body();
        assertThat(task(english, "task-decisions-overdue")).contains("overdue: 1");
    }

    @Test
    void aReviewerWithNothingToDoSeesAllDoneAndAnonymousUsersKeepTheHomePage() {
        accounts.create("start-reviewer", Role.REVIEWER, accounts.cabinetDivision());
        Browsing reviewer = signedIn("start-reviewer");
        String page = reviewer.get("/").body();
        assertThat(page).contains("data-testid=\"desk\"", "data-testid=\"all-done\"", "সব কাজ সম্পন্ন");
        assertThat(reviewer.get("/tasks").body()).contains("data-testid=\"all-done\"");

        Browsing anonymous = new Browsing(port);
        assertThat(anonymous.get("/").body()).contains("data-testid=\"today\"", "id=\"home-q\"").doesNotContain("data-testid=\"desk\"");
        var refused = anonymous.get("/tasks");
        assertThat(refused.status()).isEqualTo(302);
        assertThat(refused.location()).contains("/login");
    }

    /** A refusal names its fields in the failure, not only "the form has errors". */
    private static <T> T explained(java.util.function.Supplier<T> action) {
        try {
            return action.get();
        } catch (bd.udbhabon.shell.UserFacingException e) {
            throw new AssertionError(e.messageKey() + " " + (e.fieldErrors() == null ? "" : e.fieldErrors().resolve((k, a) -> k)), e);
        }
    }

    /** A section of the page by its test id. */
    private static String section(String page, String testId) {
        Matcher section = Pattern.compile("<section [^>]*data-testid=\"" + testId + "\">(.*?)</section>", Pattern.DOTALL).matcher(page);
        assertThat(section.find()).as(testId + " on the page").isTrue();
        return section.group(1);
    }

    /** The task's line on the page (its {@code <li>}). */
    private static String task(String page, String testId) {
        Matcher line = Pattern.compile("<li data-testid=\"" + testId + "\">(.*?)</li>", Pattern.DOTALL).matcher(page);
        assertThat(line.find()).as(testId + " on the page").isTrue();
        return line.group(1);
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }

}
