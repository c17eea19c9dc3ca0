package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Browsing;
import bd.udbhabon.Visit;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.FilesInTheStore;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.BodyPart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Meetings through their pages, as the member-secretary of an upazila team uses them, with an
 * SMTP server in the test (GreenMail on 127.0.0.1 and a free port). Natore's upazilas are this
 * class's own: every integration test shares one database.
 */
@IntegrationTest
class MeetingTests {

    private static final int SMTP_PORT = freePort();
    private static final Pattern MEETING_ID = Pattern.compile("/meetings/(\\d+)$");

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void smtp(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("udbhabon.mail.from", () -> "innovation@natore.gov.bd");
    }

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
    FileStore store;

    @Test
    void aMeetingIsPlannedItsNoticeIssuedAndMailedAndItsAttendanceRecorded() throws Exception {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long lalpur = accounts.upazila(natore, "Lalpur");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(lalpur, true); // quarterly (2025), from 2025-12-01
        // Six members have an e-mail; the last two do not.
        List<String> emails = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            String email = "member" + i + "@lalpur.gov.bd";
            jdbc.sql("update officer set email = ? where id = (select officer_id from holding where post_id = ?)")
                    .params(email, team.postIds().get(i)).update();
            emails.add(email);
        }
        accounts.create("lalpur-ms", Role.MEMBER_SECRETARY, lalpur);
        Browsing ms = signedIn("lalpur-ms");
        String base = "/offices/" + lalpur + "/meetings";

        // The schedule before any meeting: the formation's quarter overdue, the current one due.
        String schedule = ms.get(base).body();
        assertThat(period(schedule, LocalDate.of(2025, 10, 1))).contains("সভা হয়নি (সময় পেরিয়ে গেছে)");
        assertThat(period(schedule, currentQuarter())).contains("চলতি সময়কাল: সভা করতে হবে");

        // The form prefills the chair with the head's holder; with mistakes it comes back as typed.
        String form = ms.get(base + "/new").body();
        assertThat(form).contains("উপজেলা নির্বাহী অফিসার, লালপুর");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "", "chairDesignation", "উপজেলা নির্বাহী অফিসার, লালপুর",
                "date", "2026-02-10", "startTime", "11:30", "place", "", "onlineLink", ""));
        fields.put("agenda[0].title", "বিগত সভার সিদ্ধান্ত বাস্তবায়নের অগ্রগতি");
        fields.put("agenda[1].title", "সেবা সহজিকরণ উদ্যোগ");
        fields.put("agenda[1].presenter", "সহকারী প্রোগ্রামার");
        fields.put("agenda[2].title", "বিবিধ");
        var refused = multipart(ms, base + "/new", fields, null, null);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("সভাপতির নাম লিখুন।", "সভার স্থান বা অনলাইন লিংক, অন্তত একটি দিন।",
                "সেবা সহজিকরণ উদ্যোগ", "বিগত সভার সিদ্ধান্ত বাস্তবায়নের অগ্রগতি", "value=\"2026-02-10\"", "value=\"11:30\"");
        assertThat(count("select count(*) from meeting where office_id = ?", lalpur)).isZero();

        fields.put("chairName", "মোঃ আবদুল করিম");
        fields.put("place", "উপজেলা পরিষদ সভাকক্ষ");
        byte[] paper = "%PDF-1.4 কার্যপত্র".getBytes(StandardCharsets.UTF_8);
        var created = multipart(ms, base + "/new", fields, "karyapatra.pdf", paper);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Matcher id = MEETING_ID.matcher(created.location());
        assertThat(id.find()).isTrue();
        String meetingPath = base + "/" + id.group(1);
        String page = ms.get(meetingPath).body();
        assertThat(page).contains("পরিকল্পিত", "মোঃ আবদুল করিম", "উপজেলা পরিষদ সভাকক্ষ", "সেবা সহজিকরণ উদ্যোগ", "karyapatra.pdf");
        long attachment = jdbc.sql("select id from meeting_attachment where meeting_id = ?").param(Long.parseLong(id.group(1)))
                .query(Long.class).single();
        assertThat(ms.bytes(meetingPath + "/attachments/" + attachment).body()).isEqualTo(paper);
        // issue 17: the working paper's bytes are in the file store, not in its row; a row from before is still served
        FilesInTheStore.inTheStore(jdbc, store, "meeting_attachment", "bytes", "file_id", attachment, paper);
        byte[] before = "%PDF-1.4 আগের কার্যপত্র".getBytes(StandardCharsets.UTF_8);
        FilesInTheStore.asBeforeTheStore(jdbc, "meeting_attachment", "bytes", "file_id", attachment, before);
        assertThat(ms.bytes(meetingPath + "/attachments/" + attachment).body()).isEqualTo(before);

        // Editing: a file whose content is not on the allowlist is refused by name; then the paper is removed.
        var exe = multipart(ms, meetingPath + "/edit", fields, "setup.exe", new byte[] {77, 90});
        assertThat(exe.status()).isEqualTo(200);
        assertThat(exe.body()).contains("setup.exe: ফাইলটির ভেতরে আসলে EXE", "এখানে কেবল PDF, DOCX, XLSX, JPG বা PNG ফাইল নেওয়া যায়।");
        Map<String, String> removing = new LinkedHashMap<>(fields);
        removing.put("remove", String.valueOf(attachment));
        assertThat(multipart(ms, meetingPath + "/edit", removing, null, null).status()).isEqualTo(302);
        assertThat(ms.get(meetingPath).body()).doesNotContain("karyapatra.pdf");
        assertThat(ms.bytes(meetingPath + "/attachments/" + attachment).status()).isEqualTo(404);

        // The notice: a memo file opened from the page, the next serial, the PDF with the agenda, one mail per member with an e-mail.
        ms.get(meetingPath + "/notice");
        var opened = ms.post(meetingPath + "/notice/file", Map.of("fileNumber", "05.55.6901.025.13.002.26",
                "subject", "ইনোভেশন টিমের সভা", "nextSerial", "41", "issuedOn", "2026-02-01",
                "signatoryName", "কর্মকর্তা", "signatoryDesignation", "সহকারী প্রোগ্রামার, লালপুর", "extraEmails", ""));
        assertThat(opened.status()).isEqualTo(200);
        long file = jdbc.sql("select id from memo_file where office_id = ?").param(lalpur).query(Long.class).single();
        assertThat(opened.body()).contains("value=\"" + file + "\" selected");
        var issued = MinutesDesk.confirm(ms, port, ms.post(meetingPath + "/notice", Map.of("memoFile", String.valueOf(file),
                "issuedOn", "2026-02-01", "signatoryName", "মোঃ রফিকুল ইসলাম", "signatoryDesignation", "সহকারী প্রোগ্রামার, লালপুর",
                "extraEmails", "dc@natore.gov.bd")));
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        page = ms.get(meetingPath).body();
        assertThat(page).contains("নোটিশ জারি হয়েছে", "০৫.৫৫.৬৯০১.০২৫.১৩.০০২.২৬.৪১");
        var pdf = ms.bytes(meetingPath + "/notice.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        String text = Tools.pdfText(pdf.body());
        assertThat(text).contains("সভার নোটিশ", "বিগত সভার সিদ্ধান্ত বাস্তবায়নের অগ্রগতি", "সেবা সহজিকরণ উদ্যোগ", "বিবিধ",
                "মোঃ আবদুল করিম", "উপজেলা পরিষদ সভাকক্ষ");

        List<String> recipients = new ArrayList<>();
        // the district's notice of the browser test may reach dc@natore.gov.bd too, before or after this one: this meeting's only
        for (MimeMessage m : receivedBy(to -> to.endsWith("@lalpur.gov.bd") || to.equals("dc@natore.gov.bd"))) {
            if (!m.getSubject().startsWith("সভার নোটিশ: উপজেলা ইনোভেশন টিম-এর সভা")) {
                continue;
            }
            recipients.add(m.getAllRecipients()[0].toString());
            assertThat(pdfAttachment(m)).isEqualTo(pdf.body());
        }
        List<String> expected = new ArrayList<>(emails);
        expected.add("dc@natore.gov.bd");
        assertThat(recipients).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(page).contains("member0@lalpur.gov.bd", "পাঠানো হয়েছে", "যে সদস্যদের ই-মেইল ঠিকানা নেই")
                .doesNotContain("পাঠানো যায়নি");
        assertThat(ms.get(meetingPath + "/notice").status()).isEqualTo(400); // issued once

        // Attendance: every member; a representative needs a name; then the meeting is held.
        Map<String, String> attendance = new LinkedHashMap<>();
        for (long post : team.postIds()) {
            attendance.put("members[" + post + "].status", "PRESENT");
        }
        attendance.put("members[" + team.postIds().get(3) + "].status", "ABSENT");
        attendance.put("members[" + team.postIds().get(4) + "].status", "REPRESENTED");
        attendance.put("guests[0].name", "জনাব সালমা খাতুন");
        attendance.put("guests[0].designation", "প্রধান শিক্ষক");
        attendance.put("guests[0].office", "লালপুর পাইলট উচ্চ বিদ্যালয়");
        var missing = ms.post(meetingPath + "/attendance", attendance);
        assertThat(missing.status()).isEqualTo(200);
        assertThat(missing.body()).contains("প্রতিনিধির নাম লিখুন।", "জনাব সালমা খাতুন");
        attendance.put("members[" + team.postIds().get(4) + "].representedBy", "জনাব কামরুল হাসান");
        assertThat(ms.post(meetingPath + "/attendance", attendance).status()).isEqualTo(302);
        page = ms.get(meetingPath).body();
        assertThat(page).contains("অনুষ্ঠিত", "অনুপস্থিত", "জনাব কামরুল হাসান", "জনাব সালমা খাতুন");
        String sheet = Tools.pdfText(ms.bytes(meetingPath + "/attendance.pdf").body());
        assertThat(sheet).contains("পরিশিষ্ট-ক", "স্বাক্ষর", "উপজেলা নির্বাহী অফিসার, লালপুর", "জনাব সালমা খাতুন",
                "কর্মকর্তা " + team.postIds().get(1));

        // The quarter of the held meeting is met; the audit trail names each step.
        assertThat(period(ms.get(base).body(), LocalDate.of(2026, 1, 1))).contains("অনুষ্ঠিত");
        assertThat(jdbc.sql("select action from audit_entry where record_type = 'meeting' and record_id = ? order by id")
                .param(id.group(1)).query(String.class).list())
                .containsExactly("meeting.created", "meeting.updated", "meeting.notice-issued", "meeting.attendance-recorded");
        // A held meeting is a record: no more edits.
        assertThat(ms.get(meetingPath + "/edit").status()).isEqualTo(400);
    }

    @Test
    void aTeamMemberReadsButMayNotWriteAndTheDistrictReadsItsUpazilasMeetings() {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long singra = accounts.upazila(natore, "Singra");
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(singra, true);
        accounts.create("singra-ms", Role.MEMBER_SECRETARY, singra);
        accounts.create("singra-member", Role.TEAM_MEMBER, singra);
        accounts.create("natore-reviewer", Role.OFFICE_ADMIN, natore);
        String base = "/offices/" + singra + "/meetings";
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "মোঃ হাসান", "chairDesignation", "উপজেলা নির্বাহী অফিসার",
                "date", "2026-03-05", "startTime", "10:00", "onlineLink", "https://meet.example.gov.bd/singra",
                "agenda[0].title", "ইনোভেশন কর্মপরিকল্পনা"));
        var created = multipart(signedIn("singra-ms"), base + "/new", fields, null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String meetingPath = created.location().replaceFirst("^https?://[^/]+", "");

        Browsing member = signedIn("singra-member");
        assertThat(member.get(meetingPath).body()).contains("ইনোভেশন কর্মপরিকল্পনা", "https://meet.example.gov.bd/singra");
        assertThat(member.get(base + "/new").status()).isEqualTo(403);
        assertThat(multipart(member, meetingPath + "/edit", fields, null, null).status()).isEqualTo(403);
        assertThat(member.post(meetingPath + "/notice", Map.of("memoFile", "1")).status()).isEqualTo(403);
        assertThat(member.post(meetingPath + "/attendance", Map.of()).status()).isEqualTo(403);

        Browsing district = signedIn("natore-reviewer");
        assertThat(district.get(base).body()).contains("মোঃ হাসান");
        assertThat(district.get(meetingPath).status()).isEqualTo(200);
        assertThat(district.bytes(meetingPath + "/attendance.pdf").status()).isEqualTo(200);
        assertThat(district.post(meetingPath + "/attendance", Map.of()).status()).isEqualTo(403); // writing does not reach down
        assertThat(member.post(meetingPath + "/cancel", Map.of()).status()).isEqualTo(403);

        // Cancelled by the member-secretary: shown as such, and no attendance can be recorded for it.
        Browsing ms = signedIn("singra-ms");
        assertThat(ms.post(meetingPath + "/cancel", Map.of()).status()).isEqualTo(302);
        assertThat(ms.get(meetingPath).body()).contains("বাতিল").doesNotContain("data-testid=\"cancel-meeting\"");
        assertThat(ms.post(meetingPath + "/attendance", Map.of()).status()).isEqualTo(400);
        assertThat(count("select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id where m.office_id = ?", singra))
                .isZero();
    }

    @Test
    void inTheBrowserTheMemberSecretaryPlansAMeetingIssuesTheNoticeAndTheMailArrives() throws Exception {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long baraigram = accounts.upazila(natore, "Baraigram");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(baraigram, true);
        jdbc.sql("update officer set email = 'uno@baraigram.gov.bd' where id = (select officer_id from holding where post_id = ?)")
                .param(team.postIds().get(0)).update();
        accounts.create("baraigram-ms", Role.MEMBER_SECRETARY, baraigram);
        ChromeDriver browser = Browser.start(1280, 1100);
        try {
            Visit visit = new Visit(browser, port);
            visit.signIn("baraigram-ms");
            visit.open("/offices/" + baraigram + "/team");
            visit.click("[data-testid=meetings-link]");
            assertThat(visit.heading()).isEqualTo("সভা");
            visit.click("[data-testid=new-meeting]");
            assertThat(browser.findElement(By.id("chairDesignation")).getAttribute("value")).isEqualTo("উপজেলা নির্বাহী অফিসার, বড়াইগ্রাম");
            browser.findElement(By.id("chairName")).sendKeys("মোঃ শরিফুল ইসলাম");
            visit.setDate("date", "2026-03-12");
            browser.findElement(By.id("place")).sendKeys("উপজেলা পরিষদ সভাকক্ষ");
            browser.findElement(By.cssSelector("[data-testid=agenda-0]")).sendKeys("ই-নথি ব্যবহারের অগ্রগতি");
            browser.findElement(By.cssSelector("[data-testid=agenda-1]")).sendKeys("বিবিধ");
            visit.click("[data-testid=save-meeting]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=agenda]")).getText()).contains("ই-নথি ব্যবহারের অগ্রগতি", "বিবিধ");

            visit.click("[data-testid=to-notice]");
            browser.findElement(By.id("fileNumber")).sendKeys("05.55.6903.025.13.002.26");
            browser.findElement(By.id("subject")).sendKeys("ইনোভেশন টিমের সভা");
            visit.click("[data-testid=open-file]");
            visit.click("[data-testid=issue-notice]");
            visit.click("[data-testid=confirm-issue]"); // "এই নম্বরে জারি হবে": confirmed
            assertThat(browser.findElement(By.cssSelector("[data-testid=status]")).getText()).isEqualTo("নোটিশ জারি হয়েছে");
            assertThat(browser.findElement(By.cssSelector("[data-testid=notice-issued]")).getText())
                    .contains("০৫.৫৫.৬৯০৩.০২৫.১৩.০০২.২৬.১");
            assertThat(browser.findElement(By.cssSelector("[data-testid=mail-sent]")).getText())
                    .contains("uno@baraigram.gov.bd", "পাঠানো হয়েছে");
        } finally {
            browser.quit();
        }
        List<MimeMessage> arrived = receivedBy(to -> to.equals("uno@baraigram.gov.bd"));
        assertThat(arrived).hasSize(1);
        assertThat(arrived.getFirst().getSubject()).contains("সভার নোটিশ", "১২ মার্চ ২০২৬");
        assertThat(Tools.pdfText(pdfAttachment(arrived.getFirst()))).contains("ই-নথি ব্যবহারের অগ্রগতি");
    }

    /**
     * The whole cycle in the browser (issue 6): the district's member-secretary plans a meeting from
     * the schedule, issues the notice (the mail arrives), records attendance and writes the minutes;
     * the chair approves; they are issued (mailed, on the corner); an upazila given a decision marks it
     * implemented; the next meeting's minutes state the rate and carry the decision still open.
     */
    @Test
    void theWholeCycleInTheBrowser() throws Exception {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long gurudaspur = accounts.upazila(natore, "Bagatipara"); // the upazila given a decision
        TeamFixtures fixtures = new TeamFixtures(jdbc, offices, compliance);
        long dc = fixtures.held(fixtures.post(natore, "জেলা প্রশাসক, নাটোর", "OFFICER", false, null), natore, false);
        long adc = fixtures.held(fixtures.post(natore, "অতিরিক্ত জেলা প্রশাসক (সার্বিক), নাটোর", "OFFICER", false, null), natore, false);
        long programmer = fixtures.held(fixtures.post(natore, "সহকারী প্রোগ্রামার, নাটোর", "OFFICER", false, null), natore, false);
        jdbc.sql("update officer set email = 'dc@natore.gov.bd' where id = (select officer_id from holding where post_id = ?)").param(dc).update();
        fixtures.issue(natore, accounts.office(OfficeLevel.DIVISION, "Rajshahi"), TeamFixtures.SINCE, 2,
                List.of(new bd.udbhabon.team.PlannedMember(dc, bd.udbhabon.team.TeamRole.HEAD),
                        new bd.udbhabon.team.PlannedMember(adc, bd.udbhabon.team.TeamRole.MEMBER),
                        new bd.udbhabon.team.PlannedMember(programmer, bd.udbhabon.team.TeamRole.MEMBER_SECRETARY)), false);
        accounts.create("natore-ms", Role.MEMBER_SECRETARY, natore);
        accounts.create("natore-dc", Role.TEAM_HEAD, natore);
        accounts.create("gurudaspur-ms", Role.MEMBER_SECRETARY, gurudaspur);
        String minutesBase;
        ChromeDriver browser = Browser.start(1280, 1100);
        try {
            Visit visit = new Visit(browser, port);
            visit.signIn("natore-ms");
            plan(visit, browser, natore, "2026-03-12", List.of("ই-নথি ব্যবহারের অগ্রগতি", "সেবা সহজিকরণ"));
            visit.click("[data-testid=to-notice]");
            browser.findElement(By.id("fileNumber")).sendKeys("05.55.6900.025.13.002.26");
            browser.findElement(By.id("subject")).sendKeys("ইনোভেশন টিমের সভা");
            visit.click("[data-testid=open-file]");
            visit.click("[data-testid=issue-notice]");
            visit.click("[data-testid=confirm-issue]"); // "এই নম্বরে জারি হবে": confirmed
            assertThat(browser.findElement(By.cssSelector("[data-testid=mail-sent]")).getText()).contains("dc@natore.gov.bd");
            visit.click("[data-testid=to-attendance]");
            visit.click("[data-testid=save-attendance]");
            visit.click("[data-testid=to-minutes]");
            visit.click("[data-testid=start-minutes]");
            browser.findElement(By.cssSelector("[data-testid=i0-discussion]")).sendKeys("ই-নথিতে নিষ্পত্তির হার পর্যালোচনা করা হয়।");
            browser.findElement(By.cssSelector("[data-testid=i0d0-text]")).sendKeys("উপজেলায় ই-নথিতে নিষ্পত্তির হার ৯০% এ উন্নীত করতে হবে।");
            new Select(browser.findElement(By.cssSelector("[data-testid=i0d0-owner-0]"))).selectByValue("office:" + gurudaspur);
            browser.findElement(By.cssSelector("[data-testid=i1-discussion]")).sendKeys("সেবা সহজিকরণের প্রস্তাব আলোচনা করা হয়।");
            browser.findElement(By.cssSelector("[data-testid=i1d0-text]")).sendKeys("জন্ম নিবন্ধন সেবা সহজিকরণের প্রসেস ম্যাপ তৈরি করতে হবে।");
            new Select(browser.findElement(By.cssSelector("[data-testid=i1d0-owner-0]"))).selectByValue("office:" + natore);
            visit.click("[data-testid=save-minutes]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=minutes-status]")).getText()).isEqualTo("খসড়া");
            minutesBase = browser.getCurrentUrl().replaceFirst("^https?://[^/]+", "").replaceFirst("\\?.*$", "");

            browser.manage().deleteAllCookies();
            visit.signIn("natore-dc");
            visit.open(minutesBase);
            visit.setDate("approvedOn", "2026-03-19");
            visit.click("[data-testid=approve]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=minutes-status]")).getText()).isEqualTo("সভাপতি কর্তৃক অনুমোদিত");

            browser.manage().deleteAllCookies();
            visit.signIn("natore-ms");
            visit.open(minutesBase);
            visit.click("[data-testid=to-issue]");
            new Select(browser.findElement(By.id("memoFile"))).selectByIndex(1); // the team's file, the notice's
            visit.setDate("issuedOn", "2026-03-20");
            // the form starts with the chair as signatory and the implementing upazila in the distribution (issue 19, point 9)
            assertThat(browser.findElement(By.id("signatoryName")).getAttribute("value")).isNotBlank();
            assertThat(browser.findElement(By.id("distribution")).getAttribute("value")).contains("বাগাতিপাড়া");
            browser.findElement(By.id("signatoryName")).clear();
            browser.findElement(By.id("signatoryName")).sendKeys("মোঃ আবু নাছের");
            browser.findElement(By.id("signatoryDesignation")).clear();
            browser.findElement(By.id("signatoryDesignation")).sendKeys("অতিরিক্ত জেলা প্রশাসক (সার্বিক)");
            browser.findElement(By.id("distribution")).sendKeys("\nউপজেলা নির্বাহী অফিসার (সকল), নাটোর");
            visit.click("[data-testid=issue-minutes]");
            visit.click("[data-testid=confirm-issue]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=minutes-status]")).getText()).isEqualTo("জারিকৃত");
            assertThat(browser.findElement(By.cssSelector("[data-testid=minutes-memo]")).getText()).isEqualTo("০৫.৫৫.৬৯০০.০২৫.১৩.০০২.২৬.২");

            // The upazila given the first decision marks it implemented from its inbox.
            browser.manage().deleteAllCookies();
            visit.signIn("gurudaspur-ms");
            visit.open("/offices/" + gurudaspur + "/decisions/assigned");
            visit.follow("উপজেলায় ই-নথিতে নিষ্পত্তির হার ৯০% এ উন্নীত করতে হবে।");
            new Select(browser.findElement(By.id("status"))).selectByValue("IMPLEMENTED");
            visit.setDate("since", "2026-05-30");
            visit.click("[data-testid=save-status]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=status]")).getText()).contains("বাস্তবায়িত");

            // The next meeting: the rate of March's decisions as of its day, and the one still open carried to it.
            browser.manage().deleteAllCookies();
            visit.signIn("natore-ms");
            plan(visit, browser, natore, "2026-06-15", List.of("উদ্ভাবনী উদ্যোগ"));
            visit.click("[data-testid=to-attendance]");
            visit.click("[data-testid=save-attendance]");
            visit.click("[data-testid=to-minutes]");
            visit.click("[data-testid=start-minutes]");
            assertThat(browser.findElement(By.cssSelector("[data-testid=computed-rate]")).getText()).isEqualTo(
                    "গত ১২ মার্চ ২০২৬ খ্রি. তারিখে অনুষ্ঠিত জেলা ইনোভেশন টিমের সভায় ২টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ১টি সিদ্ধান্ত "
                    + "বাস্তবায়িত হয়, ১টি বাস্তবায়নাধীন। সিদ্ধান্ত বাস্তবায়ন হার ৫০% (২টির মধ্যে ১টি)।");
            assertThat(browser.findElement(By.cssSelector("[data-testid=carried]")).getText())
                    .contains("জন্ম নিবন্ধন সেবা সহজিকরণের প্রসেস ম্যাপ তৈরি করতে হবে।").doesNotContain("ই-নথিতে");
        } finally {
            browser.quit();
        }
        List<MimeMessage> toDc = receivedBy(to -> to.equals("dc@natore.gov.bd"));
        assertThat(toDc).extracting(MimeMessage::getSubject).anyMatch(s -> s.contains("সভার নোটিশ"))
                .anyMatch(s -> s.contains("কার্যবিবরণী"));
        mail.purgeEmailFromAllMailboxes(); // the class's other tests count what arrived for them
        Browsing anonymous = new Browsing(port);
        assertThat(anonymous.get("/corner/" + natore).body()).contains("০৫.৫৫.৬৯০০.০২৫.১৩.০০২.২৬.২");
    }

    /** From the schedule, a new meeting on the day with the agenda; returns its id. */
    private long plan(Visit visit, ChromeDriver browser, long officeId, String date, List<String> agenda) {
        visit.open("/offices/" + officeId + "/meetings");
        visit.click("[data-testid=new-meeting]");
        visit.setDate("date", date);
        browser.findElement(By.id("place")).sendKeys("জেলা প্রশাসকের সম্মেলন কক্ষ");
        for (int i = 0; i < agenda.size(); i++) {
            browser.findElement(By.cssSelector("[data-testid=agenda-" + i + "]")).sendKeys(agenda.get(i));
        }
        visit.click("[data-testid=save-meeting]");
        Matcher id = MEETING_ID.matcher(browser.getCurrentUrl().replaceFirst("\\?.*$", ""));
        assertThat(id.find()).as(browser.getCurrentUrl()).isTrue();
        return Long.parseLong(id.group(1));
    }

    // ---- helpers

    /**
     * Issue 13, point 5: the notice form is bound by Spring; a day that is none, typed in Bangla digits, is a
     * field error with the form's own message in the page's language, and everything typed comes back.
     */
    @Test
    void aRefusedNoticeKeepsEverythingTypedInBanglaAndInEnglish() {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long naldanga = accounts.upazila(natore, "Naldanga");
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(naldanga, true);
        accounts.create("naldanga-ms", Role.MEMBER_SECRETARY, naldanga);
        Browsing ms = signedIn("naldanga-ms");
        String base = "/offices/" + naldanga + "/meetings";
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "মোঃ আবদুল করিম",
                "chairDesignation", "উপজেলা নির্বাহী অফিসার, নলডাঙ্গা", "date", "2026-02-10", "startTime", "11:30",
                "place", "উপজেলা পরিষদ সভাকক্ষ", "onlineLink", "", "agenda[0].title", "বিবিধ"));
        var created = multipart(ms, base + "/new", fields, null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String notice = created.location().replaceFirst("^https?://[^/]+", "") + "/notice";
        ms.get(notice);
        Map<String, String> typed = Map.of("issuedOn", "৩০-০২-২০২৬", "signatoryName", "মোঃ রফিকুল ইসলাম",
                "signatoryDesignation", "সহকারী প্রোগ্রামার, নলডাঙ্গা", "extraEmails", "dc@natore.gov.bd");

        var bangla = org.jsoup.Jsoup.parse(ms.post(notice, typed).body());
        assertThat(bangla.select("[data-testid=issuedOn-error]").text()).isEqualTo("জারির তারিখ দিন।");
        assertThat(bangla.select("[data-testid=form-errors]").text()).startsWith("কিছু তথ্য ঠিক নেই");
        assertThat(bangla.select("input[name=issuedOn]").val()).isEqualTo("৩০-০২-২০২৬");
        assertThat(bangla.select("input[name=signatoryName]").val()).isEqualTo("মোঃ রফিকুল ইসলাম");
        assertThat(bangla.select("input[name=signatoryDesignation]").val()).isEqualTo("সহকারী প্রোগ্রামার, নলডাঙ্গা");
        assertThat(bangla.select("textarea[name=extraEmails]").text()).isEqualTo("dc@natore.gov.bd");

        var english = org.jsoup.Jsoup.parse(ms.post(notice + "?lang=en", typed).body());
        assertThat(english.select("html").attr("lang")).isEqualTo("en");
        assertThat(english.select("[data-testid=issuedOn-error]").text()).isEqualTo("Give the date of issue.");
        assertThat(english.select("input[name=issuedOn]").val()).isEqualTo("৩০-০২-২০২৬");
        assertThat(english.select("input[name=signatoryName]").val()).isEqualTo("মোঃ রফিকুল ইসলাম");
        assertThat(jdbc.sql("select count(*) from meeting where office_id = ? and notice_memo_number is not null")
                .param(naldanga).query(Integer.class).single()).as("no notice issued").isZero();
    }

    /**
     * A meeting moved after its notice (issue 19, point 7): the edit form warns, the meeting page says the
     * notice is outdated and what changed; the revised notice (সংশোধিত নোটিশ) is checked, confirmed and
     * issued with the file's next number, names the first notice's number and date, is mailed to whom the
     * first went and listed with its PDF and DOCX; the notice is then current again. Habiganj's Nabiganj (not a
     * Natore upazila: their teams give Natore memo files, which the browser tests expect it not to have).
     */
    @Test
    void aMeetingMovedAfterItsNoticeGetsARevisedNoticeWithItsOwnNumberMailedAndListed() throws Exception {
        long habiganj = accounts.office(OfficeLevel.DISTRICT, "Habiganj");
        long sadar = accounts.upazila(habiganj, "Nabiganj");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(sadar, true);
        jdbc.sql("update officer set email = 'uno@nabiganj.gov.bd' where id = (select officer_id from holding where post_id = ?)")
                .param(team.postIds().getFirst()).update();
        accounts.create("nabiganj-ms", Role.MEMBER_SECRETARY, sadar);
        Browsing ms = signedIn("nabiganj-ms");
        String base = "/offices/" + sadar + "/meetings";
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "মোঃ আবদুল করিম",
                "chairDesignation", "উপজেলা নির্বাহী অফিসার, নবীগঞ্জ", "date", "2026-03-10", "startTime", "11:00",
                "place", "উপজেলা পরিষদ সভাকক্ষ", "onlineLink", "", "agenda[0].title", "ই-নথি বাস্তবায়ন"));
        ms.get(base + "/new");
        var created = multipart(ms, base + "/new", fields, null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        String meetingPath = created.location().replaceFirst("^https?://[^/]+", "");
        long meetingId = Long.parseLong(meetingPath.replaceFirst(".*/", ""));

        // The notice form starts with the member-secretary of the day (the office has signed no notice yet).
        String form = ms.get(meetingPath + "/notice").body();
        assertThat(org.jsoup.Jsoup.parse(form).select("input[name=signatoryDesignation]").val()).isEqualTo("সহকারী প্রোগ্রামার, নবীগঞ্জ");
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn, next_serial) values (?, '05.55.6907.025.13.002.26', 'সভা', 12) returning id")
                .param(sadar).query(Long.class).single();
        var notice = MinutesDesk.confirm(ms, port, ms.post(meetingPath + "/notice", Map.of("memoFile", String.valueOf(file),
                "issuedOn", "2026-03-01", "signatoryName", "মোঃ রফিকুল ইসলাম", "signatoryDesignation", "সহকারী প্রোগ্রামার, নবীগঞ্জ",
                "extraEmails", "adc@habiganj.gov.bd")));
        assertThat(notice.status()).as(notice.body()).isEqualTo(302);
        assertThat(ms.get(meetingPath).body()).doesNotContain("data-testid=\"notice-outdated\"");
        assertThat(ms.get(meetingPath + "/notice/revision").status()).as("nothing to revise yet").isEqualTo(400);

        // The edit form warns before the move; the meeting page after it, with what changed.
        String edit = ms.get(meetingPath + "/edit").body();
        assertThat(edit).contains("data-testid=\"notice-issued-warning\"", "০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১২", "সংশোধিত নোটিশ জারি করতে হবে");
        fields.put("date", "2026-03-12");
        fields.put("startTime", "15:00");
        assertThat(multipart(ms, meetingPath + "/edit", fields, null, null).status()).isEqualTo(302);
        var page = org.jsoup.Jsoup.parse(ms.get(meetingPath).body());
        assertThat(page.select("[data-testid=notice-outdated]").text()).contains("০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১২",
                "সভার তারিখ: ১০ মার্চ ২০২৬ খ্রি. (মঙ্গলবার)-এর পরিবর্তে ১২ মার্চ ২০২৬ খ্রি. (বৃহস্পতিবার)", "সভার সময়:");
        assertThat(page.select("[data-testid=to-revision]")).hasSize(1);

        // The revised notice: the first notice's file and signatory offered; nothing issued before the number is confirmed.
        var revisionForm = org.jsoup.Jsoup.parse(ms.get(meetingPath + "/notice/revision").body());
        assertThat(revisionForm.select("select[name=memoFile] option[selected]").val()).isEqualTo(String.valueOf(file));
        assertThat(revisionForm.select("input[name=signatoryName]").val()).as("who signed the office's last notice").isEqualTo("মোঃ রফিকুল ইসলাম");
        assertThat(revisionForm.select("[data-testid=revision-changes]").text()).contains("সভার তারিখ:");
        var checked = ms.post(meetingPath + "/notice/revision", Map.of("memoFile", String.valueOf(file), "issuedOn", "2026-03-02",
                "signatoryName", "মোঃ রফিকুল ইসলাম", "signatoryDesignation", "সহকারী প্রোগ্রামার, নবীগঞ্জ"));
        assertThat(checked.status()).isEqualTo(200);
        assertThat(org.jsoup.Jsoup.parse(checked.body()).select("[data-testid=confirm-number]").text())
                .isEqualTo("এই নম্বরে জারি হবে: ০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১৩। জারির পর বদলানো যাবে না।");
        assertThat(count("select count(*) from meeting_notice_revision r join meeting m on m.id = r.meeting_id where m.office_id = ?", sadar))
                .as("not issued before confirming").isZero();
        var revised = MinutesDesk.confirm(ms, port, checked);
        assertThat(revised.status()).as(revised.body()).isEqualTo(302);

        page = org.jsoup.Jsoup.parse(ms.get(meetingPath).body());
        assertThat(page.select("[data-testid=notice-outdated]")).as("the notice says the meeting again").isEmpty();
        assertThat(page.select("[data-testid=notice-revision]").text()).contains("০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১৩", "০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১২",
                "uno@nabiganj.gov.bd", "পাঠানো হয়েছে");
        String revisionPdf = page.select("[data-testid=revision-pdf]").attr("href");
        var pdf = ms.bytes(revisionPdf);
        assertThat(pdf.status()).isEqualTo(200);
        String text = Tools.pdfText(pdf.body()).replaceAll("\\s+", " "); // justified lines space their words
        assertThat(text).contains("সংশোধিত সভার নোটিশ", "০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১৩", "০১ মার্চ ২০২৬ খ্রি. তারিখের ০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১২",
                "১২ মার্চ ২০২৬ খ্রি. (বৃহস্পতিবার)", "ই-নথি বাস্তবায়ন");
        assertThat(Tools.pdfText(ms.bytes(meetingPath + "/notice.pdf").body()).replaceAll("\\s+", " ")).as("the first notice stays as issued")
                .contains("১০ মার্চ ২০২৬").doesNotContain("১২ মার্চ ২০২৬");
        var docx = ms.bytes(page.select("[data-testid=revision-docx]").attr("href"));
        assertThat(String.join("\n", bd.udbhabon.document.Docx.paragraphs(bd.udbhabon.document.Docx.valid(docx.body()))))
                .contains("সংশোধিত সভার নোটিশ", "০৫.৫৫.৬৯০৭.০২৫.১৩.০০২.২৬.১২");

        // Mailed to whom the first notice went: the member with an e-mail and the extra address.
        for (String to : List.of("uno@nabiganj.gov.bd", "adc@habiganj.gov.bd")) {
            List<MimeMessage> arrived = receivedBy(to::equals);
            assertThat(arrived).extracting(MimeMessage::getSubject).anyMatch(s -> s.startsWith("সভার নোটিশ"))
                    .anyMatch(s -> s.startsWith("সংশোধিত সভার নোটিশ") && s.contains("১২ মার্চ ২০২৬"));
            MimeMessage revisedMail = arrived.stream().filter(m -> subject(m).startsWith("সংশোধিত")).findFirst().orElseThrow();
            assertThat(pdfAttachment(revisedMail)).isEqualTo(pdf.body());
        }
        assertThat(ms.get(meetingPath + "/notice/revision").status()).as("nothing left to revise").isEqualTo(400);
        assertThat(jdbc.sql("select action from audit_entry where record_type = 'meeting' and record_id = ? order by id")
                .param(String.valueOf(meetingId)).query(String.class).list()).contains("meeting.notice-revised");
    }

    private static String subject(MimeMessage m) {
        try {
            return m.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        assertThat(user.signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(302);
        user.get("/account");
        return user;
    }

    private long count(String sql, long officeId) {
        return jdbc.sql(sql).param(officeId).query(Long.class).single();
    }

    /** The schedule's row for the period starting on {@code start}. */
    private static String period(String page, LocalDate start) {
        int at = page.indexOf("data-testid=\"period-" + start + "\"");
        assertThat(at).as("period " + start + " on the schedule").isPositive();
        return page.substring(at, page.indexOf("</tr>", at));
    }

    private static LocalDate currentQuarter() {
        LocalDate today = Dhaka.today();
        return LocalDate.of(today.getYear(), (today.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }

    private Browsing.Page multipart(Browsing user, String path, Map<String, String> fields, String fileName, byte[] file) {
        return Multipart.post(user, port, path, fields, fileName, file);
    }

    /** The messages GreenMail holds for these recipients (the server is shared by this class's tests). */
    private static List<MimeMessage> receivedBy(java.util.function.Predicate<String> recipient) throws Exception {
        List<MimeMessage> found = new ArrayList<>();
        for (MimeMessage m : mail.getReceivedMessages()) {
            if (recipient.test(m.getAllRecipients()[0].toString())) {
                found.add(m);
            }
        }
        return found;
    }

    private static byte[] pdfAttachment(MimeMessage message) throws Exception {
        MimeMultipart parts = (MimeMultipart) message.getContent();
        for (int i = 0; i < parts.getCount(); i++) {
            BodyPart part = parts.getBodyPart(i);
            if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
                assertThat(part.getContentType()).startsWith("application/pdf");
                return part.getInputStream().readAllBytes();
            }
        }
        throw new AssertionError("no attachment");
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
