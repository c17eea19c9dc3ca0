package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The shared test application has no mail server: the notice is issued all the same (memo number,
 * PDF), and the pages say that mail is not configured and that the member's message was not sent.
 */
@IntegrationTest
class NoticeWithoutMailTests {

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

    @Test
    void aMailThatCannotGoDoesNotTakeTheIssuedNoticeWithIt() {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long gurudaspur = accounts.upazila(natore, "Gurudaspur");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(gurudaspur, true);
        jdbc.sql("update officer set email = 'uno@gurudaspur.gov.bd' where id = (select officer_id from holding where post_id = ?)")
                .param(team.postIds().get(0)).update();
        accounts.create("gurudaspur-ms", Role.MEMBER_SECRETARY, gurudaspur);
        Browsing ms = new Browsing(port);
        ms.signIn("gurudaspur-ms", TestAccounts.PASSWORD);
        ms.get("/account");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "মোঃ জাহিদ", "chairDesignation", "উপজেলা নির্বাহী অফিসার",
                "date", "2026-04-20", "startTime", "15:00", "place", "সভাকক্ষ", "agenda[0].title", "বার্ষিক কর্মপরিকল্পনা"));
        var created = Multipart.post(ms, port, "/offices/" + gurudaspur + "/meetings/new", fields, null, null);
        assertThat(created.status()).isEqualTo(302);
        String meetingPath = created.location().replaceFirst("^https?://[^/]+", "");

        assertThat(ms.get(meetingPath + "/notice").body()).contains("ই-মেইল পাঠানোর ব্যবস্থা (SMTP) চালু করা হয়নি");
        // A file number that is not one and a serial that is not a number: both said, what was typed kept, no file opened.
        String refused = ms.post(meetingPath + "/notice/file", Map.of("fileNumber", "05.55", "subject", "সভা", "nextSerial", "সাত",
                "signatoryName", "মোঃ আলম")).body();
        assertThat(refused).contains("নথি নম্বর লিখুন (যেমন ০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮), অথবা এই নথির কোনো পত্রের স্মারক নম্বর", "পরবর্তী ক্রমিক ১ বা তার বেশি হবে।",
                "value=\"05.55\"", "value=\"সাত\"", "value=\"মোঃ আলম\"");
        assertThat(jdbc.sql("select count(*) from memo_file where office_id = ?").param(gurudaspur).query(Long.class).single()).isZero();
        String opened = ms.post(meetingPath + "/notice/file", Map.of("fileNumber", "05.55.6905.025.13.002.26", "subject", "সভা",
                "nextSerial", "7", "signatoryName", "মোঃ আলম")).body();
        assertThat(opened).contains("পরবর্তী স্মারক নং ০৫.৫৫.৬৯০৫.০২৫.১৩.০০২.২৬.৭", "value=\"মোঃ আলম\"");
        long file = jdbc.sql("select id from memo_file where office_id = ?").param(gurudaspur).query(Long.class).single();
        var issued = MinutesDesk.confirm(ms, port, ms.post(meetingPath + "/notice", Map.of("memoFile", String.valueOf(file), "issuedOn", "2026-04-10",
                "signatoryName", "মোঃ আলম", "signatoryDesignation", "সহকারী প্রোগ্রামার", "extraEmails", "")));
        assertThat(issued.status()).isEqualTo(302);

        String page = ms.get(meetingPath).body();
        assertThat(page).contains("নোটিশ জারি হয়েছে", "০৫.৫৫.৬৯০৫.০২৫.১৩.০০২.২৬.৭", "uno@gurudaspur.gov.bd", "পাঠানো যায়নি",
                "ই-মেইল পাঠানোর ব্যবস্থা (SMTP) চালু করা হয়নি").doesNotContain("mail not configured (spring.mail.host");
        assertThat(ms.bytes(meetingPath + "/notice.pdf").status()).isEqualTo(200);
    }
}
