package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Issue 19, point 13, what a member-secretary meets on the meeting forms: required fields marked,
 * "saved" said after a save (in the page's language), no attendance for a meeting yet to come (the
 * link gone, the form not offered, the server refusing), and a default date in the government's week.
 */
@IntegrationTest
class FormCourtesiesTests {

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
    void theMeetingFormsMarkWhatIsRequiredSaySavedAndRefuseAttendanceBeforeTheDay() {
        long kurigram = accounts.office(OfficeLevel.DISTRICT, "Kurigram");
        long rajarhat = accounts.upazila(kurigram, "Rajarhat");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(rajarhat, true);
        accounts.create("rajarhat-ms", Role.MEMBER_SECRETARY, rajarhat);
        Browsing ms = new Browsing(port);
        ms.signIn("rajarhat-ms", TestAccounts.PASSWORD);
        ms.get("/account");
        String meetings = "/offices/" + rajarhat + "/meetings";

        // Required fields: a visible marker, and required / aria-required on the field itself.
        Document form = Jsoup.parse(ms.get(meetings + "/new").body());
        for (String name : List.of("chairName", "chairDesignation", "date", "startTime")) {
            assertThat(form.selectFirst("input[name=" + name + "]").hasAttr("required")).as(name).isTrue();
            assertThat(form.selectFirst("input[name=" + name + "]").attr("aria-required")).as(name).isEqualTo("true");
            assertThat(form.selectFirst("label[for=" + name + "] .required-mark")).as(name + "'s marker").isNotNull();
        }
        assertThat(form.selectFirst("input[name=title]").hasAttr("required")).as("the title is optional").isFalse();
        assertThat(form.selectFirst("label[for=title] .required-mark")).isNull();

        // The date offered is a working day (Sunday to Thursday), a week or so ahead.
        LocalDate offered = LocalDate.parse(form.selectFirst("input[name=date]").val());
        assertThat(Dhaka.isWorkingDay(offered)).as(offered.getDayOfWeek().toString()).isTrue();
        assertThat(offered).isBetween(Dhaka.today().plusDays(7), Dhaka.today().plusDays(9));

        // Saving a meeting says so once, in the page's language.
        LocalDate future = Dhaka.workingDayFrom(Dhaka.today().plusDays(20));
        Map<String, String> fields = new LinkedHashMap<>(Map.of("chairName", "মোঃ আবদুল করিম", "chairDesignation", "উপজেলা নির্বাহী অফিসার",
                "date", future.toString(), "startTime", "11:00", "place", "উপজেলা পরিষদ সভাকক্ষ", "onlineLink", "", "agenda[0].title", "সেবা সহজিকরণ"));
        var created = Multipart.post(ms, port, meetings + "/new", fields, null, null);
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Document meeting = Jsoup.parse(ms.get(created.location().replaceFirst("^https?://[^/]+", "")).body());
        assertThat(meeting.selectFirst("[data-testid=flash]").text()).isEqualTo("সংরক্ষণ করা হয়েছে।");
        assertThat(meeting.selectFirst("[data-testid=flash]").attr("role")).isEqualTo("status");
        String meetingPath = created.location().replaceFirst("^https?://[^/]+", "");
        assertThat(Jsoup.parse(ms.get(meetingPath).body()).select("[data-testid=flash]")).as("shown once").isEmpty();
        var edited = Multipart.post(ms, port, meetingPath + "/edit?lang=en", fields, null, null);
        assertThat(edited.status()).as(edited.body()).isEqualTo(302);
        assertThat(Jsoup.parse(ms.get(meetingPath).body()).selectFirst("[data-testid=flash]").text()).isEqualTo("Saved.");
        ms.get("/?lang=bn");

        // A meeting yet to come: no attendance link, no attendance form, and the server refuses it.
        assertThat(meeting.select("[data-testid=to-attendance]")).isEmpty();
        Document attendance = Jsoup.parse(ms.get(meetingPath + "/attendance").body());
        assertThat(attendance.select("#attendance-form")).isEmpty();
        assertThat(attendance.selectFirst("[data-testid=attendance-not-yet]").text()).isEqualTo("সভার তারিখ আসার আগে উপস্থিতি লেখা যায় না।");
        Map<String, String> present = new LinkedHashMap<>();
        team.postIds().forEach(p -> present.put("members[" + p + "].status", "PRESENT"));
        var refused = ms.post(meetingPath + "/attendance", present);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("সভার তারিখ আসার আগে উপস্থিতি লেখা যায় না।");
        assertThat(jdbc.sql("select count(*) from meeting_attendance a join meeting m on m.id = a.meeting_id where m.office_id = ?")
                .param(rajarhat).query(Integer.class).single()).isZero();

        // A meeting held today offers it.
        var today = new LinkedHashMap<>(fields);
        today.put("date", Dhaka.today().toString());
        var todays = Multipart.post(ms, port, meetings + "/new", today, null, null);
        String todayPath = todays.location().replaceFirst("^https?://[^/]+", "");
        assertThat(Jsoup.parse(ms.get(todayPath).body()).select("[data-testid=to-attendance]")).hasSize(1);
        assertThat(Jsoup.parse(ms.get(todayPath + "/attendance").body()).select("#attendance-form")).hasSize(1);
    }
}
