package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.document.SeedDocuments;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 19, point 9, the narrow race: the page checks that the confirmed number is still the file's next, and then
 * issues; another paper may take that number in between (it holds the file's row lock while the page checks). The
 * notice and the minutes then issue nothing — no meeting or minutes change, no paper, the next number not used —
 * and the confirmation comes again naming the next number; confirming that one issues. Gaibandha is this class's own.
 */
@IntegrationTest
class NumberTakenMeanwhileTests {

    private static final Pattern MEETING_ID = Pattern.compile("/meetings/(\\d+)$");
    private static final String FILE = "05.55.3200.025.13.004.26";
    private static final OfficialPapers.Signatory OTHER_SIGNATORY = new OfficialPapers.Signatory("মোঃ শফিকুল ইসলাম",
            "জেলা প্রশাসক", null, null);

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
    OfficialPapers papers;
    @Autowired
    PlatformTransactionManager transactionManager;

    @Test
    void aNumberTakenBetweenTheCheckAndTheIssueIsConfirmedAgain() throws Exception {
        long gaibandha = accounts.office(OfficeLevel.DISTRICT, "Gaibandha");
        long sadar = accounts.upazila(gaibandha, "Gaibandha Sadar");
        long rangpur = accounts.office(OfficeLevel.DIVISION, "Rangpur");
        TeamFixtures fixtures = new TeamFixtures(jdbc, offices, compliance);
        long dc = fixtures.held(fixtures.post(gaibandha, "জেলা প্রশাসক, গাইবান্ধা", "OFFICER", false, null), gaibandha, false);
        long adc = fixtures.held(fixtures.post(gaibandha, "অতিরিক্ত জেলা প্রশাসক (সার্বিক), গাইবান্ধা", "OFFICER", false, null), gaibandha, false);
        long programmer = fixtures.held(fixtures.post(gaibandha, "সহকারী প্রোগ্রামার, গাইবান্ধা", "OFFICER", false, null), gaibandha, false);
        fixtures.issue(gaibandha, rangpur, TeamFixtures.SINCE, 2, List.of(new PlannedMember(dc, TeamRole.HEAD),
                new PlannedMember(adc, TeamRole.MEMBER), new PlannedMember(programmer, TeamRole.MEMBER_SECRETARY)), false);
        accounts.create("gaibandha-ms", Role.MEMBER_SECRETARY, gaibandha);
        accounts.create("gaibandha-dc", Role.TEAM_HEAD, gaibandha);
        Browsing ms = signedIn("gaibandha-ms");
        Browsing head = signedIn("gaibandha-dc");
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn, next_serial) values (?, ?, 'ইনোভেশন টিমের সভা', 51) returning id")
                .params(gaibandha, FILE).query(Long.class).single();

        // The notice: checked, ৫১ named; another paper takes ৫১ while the page is between its check and the issue.
        long planned = plan(ms, gaibandha, LocalDate.of(2026, 3, 10));
        String meetingPath = "/offices/" + gaibandha + "/meetings/" + planned;
        ms.get(meetingPath + "/notice");
        var checked = ms.post(meetingPath + "/notice", Map.of("memoFile", String.valueOf(file), "issuedOn", "2026-03-01",
                "signatoryName", "মোঃ হাসান আলী", "signatoryDesignation", "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", "extraEmails", ""));
        assertThat(number(checked)).isEqualTo("এই নম্বরে জারি হবে: ০৫.৫৫.৩২০০.০২৫.১৩.০০৪.২৬.৫১। জারির পর বদলানো যাবে না।");
        var again = confirmedWhileTaken(ms, checked, gaibandha, file, "test-race:notice");
        assertThat(Jsoup.parse(again.body()).select("[data-testid=number-changed]")).isNotEmpty();
        assertThat(number(again)).isEqualTo("এই নম্বরে জারি হবে: ০৫.৫৫.৩২০০.০২৫.১৩.০০৪.২৬.৫২। জারির পর বদলানো যাবে না।");
        assertThat(jdbc.sql("select notice_paper_id is null and notice_memo_number is null from meeting where id = ?").param(planned)
                .query(Boolean.class).single()).as("no notice recorded").isTrue();
        assertNoPaper("meeting-notice:" + planned, file, 52);
        // Confirming ৫২ issues the notice under it.
        var issued = HtmlForm.on(again.body(), "#confirm-issue-form").submit(ms, port);
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        assertThat(jdbc.sql("select notice_memo_number from meeting where id = ?").param(planned).query(String.class).single())
                .isEqualTo(FILE + ".52");

        // The minutes: the same race, nothing issued, nothing recorded; then confirmed under the next number.
        MinutesDesk desk = new MinutesDesk(port, ms);
        long held = desk.hold(gaibandha, LocalDate.of(2026, 1, 12), "11:00", "জেলা প্রশাসকের সম্মেলন কক্ষ",
                List.of("ই-নথি বাস্তবায়ন"), List.of(dc, adc, programmer));
        long minutesId = approvedMinutes(ms, head, gaibandha, held, sadar);
        String issuePath = desk.base(gaibandha, held) + "/" + minutesId + "/issue";
        var minutesChecked = HtmlForm.on(ms.get(issuePath).body(), "#minutes-issue-form").set("memoFile", String.valueOf(file))
                .set("issuedOn", "2026-01-14").set("signatoryName", "মোঃ হাসান আলী")
                .set("signatoryDesignation", "অতিরিক্ত জেলা প্রশাসক (সার্বিক)").submit(ms, port);
        assertThat(number(minutesChecked)).isEqualTo("এই নম্বরে জারি হবে: ০৫.৫৫.৩২০০.০২৫.১৩.০০৪.২৬.৫৩। জারির পর বদলানো যাবে না।");
        long registered = jdbc.sql("select count(*) from decision where office_id = ?").param(gaibandha).query(Long.class).single();
        var minutesAgain = confirmedWhileTaken(ms, minutesChecked, gaibandha, file, "test-race:minutes");
        assertThat(number(minutesAgain)).isEqualTo("এই নম্বরে জারি হবে: ০৫.৫৫.৩২০০.০২৫.১৩.০০৪.২৬.৫৪। জারির পর বদলানো যাবে না।");
        assertThat(jdbc.sql("select status from minutes where id = ?").param(minutesId).query(String.class).single()).isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from decision where office_id = ?").param(gaibandha).query(Long.class).single())
                .as("no decision registered").isEqualTo(registered);
        assertNoPaper("minutes:" + minutesId, file, 54);
        var minutesIssued = HtmlForm.on(minutesAgain.body(), "#confirm-issue-form").submit(ms, port);
        assertThat(minutesIssued.status()).as(minutesIssued.body()).isEqualTo(302);
        assertThat(jdbc.sql("select memo_number from minutes where id = ?").param(minutesId).query(String.class).single())
                .isEqualTo(FILE + ".54");
    }

    /**
     * Confirms the checked page's number while another paper, issued straight through {@link OfficialPapers} in its
     * own transaction, holds that number under the file's row lock: the confirmation reaches the issue only after its
     * check passed, waits on the lock, and the other paper commits then. The page's answer.
     */
    private Browsing.Page confirmedWhileTaken(Browsing user, Browsing.Page checked, long officeId, long file, String subject)
            throws Exception {
        HtmlForm confirm = HtmlForm.on(checked.body(), "#confirm-issue-form");
        CountDownLatch taken = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        CompletableFuture<Void> other = CompletableFuture.runAsync(() -> new TransactionTemplate(transactionManager).executeWithoutResult(tx -> {
            papers.issue(officeId, new OfficialPapers.Issue(file, LocalDate.of(2026, 1, 5), OTHER_SIGNATORY), subject,
                    memo -> SeedDocuments.officeOrder());
            taken.countDown();
            try {
                assertThat(commit.await(30, TimeUnit.SECONDS)).isTrue();
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
        }));
        assertThat(taken.await(30, TimeUnit.SECONDS)).isTrue();
        CompletableFuture<Browsing.Page> confirming = CompletableFuture.supplyAsync(() -> confirm.submit(user, port));
        long deadline = System.currentTimeMillis() + 30_000;
        while (!waitingOnTheFile() && !confirming.isDone() && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        assertThat(confirming.isDone()).as("the confirmation waits for the other paper's lock").isFalse();
        commit.countDown();
        other.get(30, TimeUnit.SECONDS);
        Browsing.Page answer = confirming.get(30, TimeUnit.SECONDS);
        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        return answer;
    }

    private boolean waitingOnTheFile() {
        return jdbc.sql("select count(*) from pg_stat_activity where wait_event_type = 'Lock' and query ilike '%update memo_file%'")
                .query(Long.class).single() > 0;
    }

    /** No paper stored or numbered for {@code subject}; the file's next serial is {@code nextSerial}. */
    private void assertNoPaper(String subject, long file, long nextSerial) {
        assertThat(jdbc.sql("select count(*) from issued_paper where subject = ?").param(subject).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select count(*) from issued_memo where paper = ?").param(subject).query(Long.class).single()).isZero();
        assertThat(jdbc.sql("select next_serial from memo_file where id = ?").param(file).query(Long.class).single()).isEqualTo(nextSerial);
    }

    private static String number(Browsing.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        Document doc = Jsoup.parse(page.body());
        return doc.select("[data-testid=confirm-number]").text();
    }

    /** A meeting planned (not held) with one agenda item. */
    private long plan(Browsing user, long officeId, LocalDate date) {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "মোঃ আবদুল হাই", "chairDesignation", "জেলা প্রশাসক",
                "date", date.toString(), "startTime", "11:00", "place", "জেলা প্রশাসকের সম্মেলন কক্ষ", "onlineLink", ""));
        fields.put("agenda[0].title", "সেবা সহজিকরণ");
        user.get("/offices/" + officeId + "/meetings/new");
        var created = Multipart.post(user, port, "/offices/" + officeId + "/meetings/new", fields, null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Matcher id = MEETING_ID.matcher(created.location());
        assertThat(id.find()).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** A draft with one agenda decision for {@code implementer}, approved by the team head. */
    private long approvedMinutes(Browsing ms, Browsing head, long officeId, long meetingId, long implementer) throws Exception {
        String api = "/api/v1/offices/" + officeId + "/meetings/" + meetingId + "/minutes";
        var drafted = ms.json("PUT", api + "/draft", """
                {"style":"DECISION_TABLE","title":"জেলা ইনোভেশন টিমের সভার কার্যবিবরণী","chairName":"মোঃ আবদুল হাই",
                 "chairDesignation":"জেলা প্রশাসক, গাইবান্ধা","itemsIntro":"সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:",
                 "items":[{"kind":"AGENDA","subject":"সেবা","discussion":"আলোচনা হয়।",
                           "decisions":[{"text":"দুটি সেবা সহজিকরণ করতে হবে।","owners":[{"key":"office:%d"}]}]}]}"""
                .formatted(implementer));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        long minutesId = JsonMapper.builder().build().readTree(drafted.body()).get("id").asLong();
        var approved = head.json("POST", api + "/" + minutesId + "/approve", "{\"approvedOn\":\"2026-01-13\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return minutesId;
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
