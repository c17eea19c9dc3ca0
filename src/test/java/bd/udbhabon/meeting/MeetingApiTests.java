package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Meetings through the JSON API, as another government system would use it with a member-secretary's
 * credentials. Mymensingh district and its upazila Trishal are this class's own (every integration test
 * shares one database); Jamalpur is the unrelated district.
 */
@IntegrationTest
class MeetingApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();

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
    DecisionRegister register;

    @Test
    void anotherSystemPlansAMeetingRecordsItsAttendanceAndReadsTheStandingItem() {
        long mymensingh = accounts.office(OfficeLevel.DISTRICT, "Mymensingh");
        long trishal = accounts.upazila(mymensingh, "Trishal");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(trishal, true); // quarterly (2025), from 2025-12-01
        accounts.create("trishal-ms", Role.MEMBER_SECRETARY, trishal);
        accounts.create("mymensingh-head", Role.TEAM_HEAD, mymensingh);
        accounts.create("jamalpur-ms", Role.MEMBER_SECRETARY, accounts.office(OfficeLevel.DISTRICT, "Jamalpur"));
        Browsing ms = signedIn("trishal-ms");
        String api = "/api/v1/offices/" + trishal + "/meetings";

        // The schedule: the formation's quarter overdue, the quarter of 15 February due.
        var schedule = ms.get(api + "/schedule?asOf=2026-02-15");
        assertThat(schedule.status()).as(schedule.body()).isEqualTo(200);
        JsonNode due = json(schedule.body());
        assertThat(due.get("cadence").asString()).isEqualTo("QUARTERLY");
        assertThat(due.get("cadenceText").asString()).isEqualTo("ত্রৈমাসিক");
        assertThat(due.get("formedOn").asString()).isEqualTo("2025-12-01");
        assertThat(periods(due)).containsExactly("2026-01-01..2026-03-31 DUE", "2025-10-01..2025-12-31 OVERDUE");
        assertThat(ms.get(api + "/schedule?asOf=15-02-2026").status()).isEqualTo(400);
        var noTeam = signedIn("mymensingh-head").get("/api/v1/offices/" + mymensingh + "/meetings/schedule?asOf=2026-02-15");
        assertThat(noTeam.status()).isEqualTo(404);
        assertThat(noTeam.body()).contains("২০২৬-০২-১৫ তারিখে এই দপ্তরের কোনো ইনোভেশন টিম নেই");

        // A body with mistakes: every field's problem, in Bangla, and nothing saved.
        var refused = ms.json("POST", api, """
                {"chairName":"","chairDesignation":"উপজেলা নির্বাহী অফিসার, ত্রিশাল","date":"2026-01-15","startTime":"11:00",
                 "agenda":[{"title":"","presenter":"সহকারী প্রোগ্রামার"}]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"error\":\"invalid\"", "\"agenda\":\"উপস্থাপকের নামের পাশে আলোচ্য বিষয়টিও লিখুন।\"");
        refused = ms.json("POST", api, """
                {"chairName":"","chairDesignation":"উপজেলা নির্বাহী অফিসার, ত্রিশাল","date":"2026-01-15","startTime":"11:00",
                 "onlineLink":"meet.example","agenda":[]}""");
        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("\"chairName\":\"সভাপতির নাম লিখুন।\"",
                "\"onlineLink\":\"অনলাইন লিংক http:// বা https:// দিয়ে শুরু হবে।\"", "\"agenda\":\"অন্তত একটি আলোচ্য বিষয় লিখুন।\"");
        assertThat(ms.json("POST", api, "{\"date\":\"15-01-2026\"}").body()).contains("\"date\":\"সভার তারিখ দিন।\"");
        assertThat(signedIn("trishal-ms").json("POST", api + "?lang=en", "{}").body()).as("in English on asking (remembered for that visit)")
                .contains("\"chairName\":\"Enter");
        assertThat(count(trishal)).isZero();

        // Planned through the API: the first meeting of fiscal year 2025-26.
        var created = ms.json("POST", api, """
                {"title":"ইনোভেশন টিমের ত্রৈমাসিক সভা","chairName":"মোঃ আবদুল করিম","chairDesignation":"উপজেলা নির্বাহী অফিসার, ত্রিশাল",
                 "date":"2026-01-15","startTime":"11:30","place":"উপজেলা পরিষদ সভাকক্ষ","onlineLink":"https://meet.example/trishal",
                 "agenda":[{"title":"বিগত সভার সিদ্ধান্ত বাস্তবায়নের অগ্রগতি"},{"title":"সেবা সহজিকরণ উদ্যোগ","presenter":"সহকারী প্রোগ্রামার"}]}""");
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        JsonNode planned = json(created.body());
        long january = planned.get("meeting").get("id").asLong();
        assertThat(planned.get("meeting").get("serialText").asString()).isEqualTo("২০২৫-২০২৬ অর্থবছরের ১ম সভা");
        assertThat(planned.get("meeting").get("status").asString()).isEqualTo("PLANNED");
        assertThat(planned.get("meeting").get("startTime").asString()).isEqualTo("11:30");
        assertThat(planned.get("agenda").get(1).get("position").asInt()).isEqualTo(2);
        assertThat(planned.get("agenda").get(1).get("title").asString()).isEqualTo("সেবা সহজিকরণ উদ্যোগ");
        assertThat(planned.get("agenda").get(1).get("presenter").asString()).isEqualTo("সহকারী প্রোগ্রামার");
        assertThat(planned.has("notice")).as("no notice yet").isFalse();
        assertThat(planned.has("previous")).as("no meeting before").isFalse();
        assertThat(planned.get("carried").size()).isZero();

        // Attendance: every member is needed; then the meeting is held and its quarter met.
        var partial = ms.json("POST", api + "/" + january + "/attendance",
                "{\"members\":[{\"postId\":" + team.postIds().getFirst() + ",\"status\":\"PRESENT\"}]}");
        assertThat(partial.status()).isEqualTo(400);
        assertThat(partial.body()).contains("টিমের প্রত্যেক সদস্যের উপস্থিতি দিন।");
        List<String> members = new ArrayList<>();
        for (long post : team.postIds()) {
            members.add(post == team.postIds().get(1) ? "{\"postId\":" + post + ",\"status\":\"REPRESENTED\"}"
                    : "{\"postId\":" + post + ",\"status\":\"PRESENT\"}");
        }
        String attendance = "{\"members\":[" + String.join(",", members) + "],"
                + "\"guests\":[{\"name\":\"ড. ফারহানা ইসলাম\",\"designation\":\"সহযোগী অধ্যাপক\",\"office\":\"জাতীয় কবি কাজী নজরুল ইসলাম বিশ্ববিদ্যালয়\"}]}";
        var noRepresentative = ms.json("POST", api + "/" + january + "/attendance", attendance);
        assertThat(noRepresentative.status()).isEqualTo(400);
        assertThat(noRepresentative.body()).contains("\"rep_" + team.postIds().get(1) + "\":\"প্রতিনিধির নাম লিখুন।\"");
        attendance = attendance.replace("\"status\":\"REPRESENTED\"", "\"status\":\"REPRESENTED\",\"representedBy\":\"মোঃ রফিকুল ইসলাম\"");
        var held = ms.json("POST", api + "/" + january + "/attendance", attendance);
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        JsonNode recorded = json(held.body());
        assertThat(recorded.get("meeting").get("status").asString()).isEqualTo("HELD");
        assertThat(recorded.get("attendance").size()).isEqualTo(team.postIds().size());
        JsonNode head = recorded.get("attendance").get(0);
        assertThat(head.get("postId").asLong()).isEqualTo(team.postIds().getFirst());
        assertThat(head.get("holderName").asString()).isEqualTo("কর্মকর্তা " + team.postIds().getFirst());
        assertThat(head.get("status").asString()).isEqualTo("PRESENT");
        JsonNode land = recorded.get("attendance").get(1);
        assertThat(land.get("post").asString()).isEqualTo("সহকারী কমিশনার (ভূমি), ত্রিশাল");
        assertThat(land.get("status").asString()).isEqualTo("REPRESENTED");
        assertThat(land.get("representedBy").asString()).isEqualTo("মোঃ রফিকুল ইসলাম");
        assertThat(recorded.get("guests").get(0).get("name").asString()).isEqualTo("ড. ফারহানা ইসলাম");
        JsonNode met = json(ms.get(api + "/schedule?asOf=2026-02-15").body());
        assertThat(periods(met)).containsExactly("2026-01-01..2026-03-31 HELD", "2025-10-01..2025-12-31 OVERDUE");
        assertThat(met.get("periods").get(0).get("held").get(0).asString()).isEqualTo("2026-01-15");

        // Three decisions of January, due on 10 February; two implemented by 1 February, one still open
        // (and overdue by the next meeting: a decision not yet due would stand apart from the rate).
        List<Long> taken = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            int item = i;
            taken.add(accounts.as("trishal-ms", () -> register.record(trishal, new NewDecision(january, item,
                    "উপজেলা ইনোভেশন টিমের সভা, ১৫ জানুয়ারি ২০২৬", LocalDate.of(2026, 1, 15), null, "জানুয়ারির সিদ্ধান্ত " + item,
                    LocalDate.of(2026, 2, 10), List.of(Owner.office(trishal, "উপজেলা নির্বাহী অফিসার, ত্রিশাল"))))));
        }
        for (long decision : taken.subList(0, 2)) {
            accounts.as("trishal-ms", () -> {
                register.changeStatus(decision, trishal, DecisionStatus.IMPLEMENTED, LocalDate.of(2026, 2, 1), null);
                return decision;
            });
        }
        // Issue 19, point 8: after January's meeting the minutes open with the standing items; typed again they are refused.
        var repeated = ms.json("POST", api, """
                {"chairName":"মোঃ আবদুল করিম","chairDesignation":"উপজেলা নির্বাহী অফিসার, ত্রিশাল","date":"2026-02-20",
                 "startTime":"10:00","place":"উপজেলা পরিষদ সভাকক্ষ","agenda":[{"title":"বিগত সভার সিদ্ধান্ত বাস্তবায়নের অগ্রগতি"}]}""");
        assertThat(repeated.status()).isEqualTo(400);
        assertThat(repeated.body()).contains("কার্যবিবরণীর স্থায়ী বিষয়");
        long february = json(ms.json("POST", api, """
                {"chairName":"মোঃ আবদুল করিম","chairDesignation":"উপজেলা নির্বাহী অফিসার, ত্রিশাল","date":"2026-02-20",
                 "startTime":"10:00","place":"উপজেলা পরিষদ সভাকক্ষ","agenda":[{"title":"সেবা সহজিকরণ উদ্যোগের অগ্রগতি"}]}""")
                .body()).get("meeting").get("id").asLong();

        // The district reads the upazila's meetings and the standing item, but may not write them.
        Browsing district = signedIn("mymensingh-head");
        var listed = district.get(api);
        assertThat(listed.status()).as(listed.body()).isEqualTo(200);
        JsonNode list = json(listed.body());
        assertThat(list.size()).isEqualTo(2);
        assertThat(list.get(0).get("id").asLong()).as("the latest first").isEqualTo(february);
        assertThat(list.get(0).get("serialText").asString()).isEqualTo("২০২৫-২০২৬ অর্থবছরের ২য় সভা");
        JsonNode first = list.get(1);
        assertThat(first.get("id").asLong()).isEqualTo(january);
        assertThat(first.get("serial").asInt()).isEqualTo(1);
        assertThat(first.get("title").asString()).isEqualTo("ইনোভেশন টিমের ত্রৈমাসিক সভা");
        assertThat(first.get("date").asString()).isEqualTo("2026-01-15");
        assertThat(first.get("place").asString()).isEqualTo("উপজেলা পরিষদ সভাকক্ষ");
        assertThat(first.get("onlineLink").asString()).isEqualTo("https://meet.example/trishal");
        assertThat(first.get("chairName").asString()).isEqualTo("মোঃ আবদুল করিম");
        assertThat(first.get("chairDesignation").asString()).isEqualTo("উপজেলা নির্বাহী অফিসার, ত্রিশাল");
        assertThat(first.get("status").asString()).isEqualTo("HELD");
        JsonNode standing = json(district.get(api + "/" + february).body());
        JsonNode previous = standing.get("previous");
        assertThat(previous.get("meetingId").asLong()).isEqualTo(january);
        assertThat(previous.get("date").asString()).isEqualTo("2026-01-15");
        assertThat(previous.get("rate").get("taken").asInt()).isEqualTo(3);
        assertThat(previous.get("rate").get("implemented").asInt()).isEqualTo(2);
        assertThat(previous.get("rate").get("percent").asInt()).isEqualTo(67);
        assertThat(previous.get("rate").get("text").asString()).isEqualTo("৩টি সিদ্ধান্তের মধ্যে ২টি বাস্তবায়িত; বাস্তবায়নের হার ৬৭%");
        assertThat(standing.get("carried").size()).isEqualTo(1);
        assertThat(standing.get("carried").get(0).get("id").asLong()).isEqualTo(taken.get(2));
        assertThat(standing.get("carried").get(0).get("text").asString()).isEqualTo("জানুয়ারির সিদ্ধান্ত 3");
        assertThat(standing.get("carried").get(0).get("status").asString()).isEqualTo("NOT_STARTED");
        assertThat(standing.get("attendanceSheet").asString()).isEqualTo("/offices/" + trishal + "/meetings/" + february + "/attendance.pdf");
        assertThat(district.json("POST", api, "{}").status()).isEqualTo(403);
        assertThat(district.json("POST", api + "/" + january + "/attendance", attendance).status()).isEqualTo(403);

        // Another district reads nothing of Trishal's; a meeting of another office is not found.
        Browsing jamalpur = signedIn("jamalpur-ms");
        assertThat(jamalpur.get(api).status()).isEqualTo(403);
        assertThat(jamalpur.get(api + "/" + january).status()).isEqualTo(403);
        assertThat(jamalpur.json("POST", api, "{}").status()).isEqualTo(403);
        assertThat(ms.get("/api/v1/offices/" + trishal + "/meetings/999999").status()).isEqualTo(404);
        assertThat(count(trishal)).isEqualTo(2);
    }

    @Test
    void workingPapersAndTheNoticeAreNamedByTheirPagesPaths() {
        long mymensingh = accounts.office(OfficeLevel.DISTRICT, "Mymensingh");
        long bhaluka = accounts.upazila(mymensingh, "Bhaluka");
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(bhaluka, true);
        // A notice issued as the notice form issues it (that form has its own tests): a memo of one of Bhaluka's files.
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn) values (?, '05.55.6164.025.13.009.26', 'সভা') returning id")
                .param(bhaluka).query(Long.class).single();
        String memo = "05.55.6164.025.13.009.26.4";
        jdbc.sql("insert into issued_memo (memo_number, file_id, paper) values (?, ?, 'meeting-notice')").params(memo, file).update();
        // the notice's paper as OfficialPapers stores it
        long noticePaper = jdbc.sql("""
                        insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, pdf, docx)
                        values (?, ?, ?, '2026-03-01', 'meeting-notice', '\\x25504446'::bytea, '\\x504b'::bytea) returning id""")
                .params(bhaluka, file, memo).query(Long.class).single();
        long meeting = jdbc.sql("""
                        insert into meeting (office_id, chair_name_bn, chair_designation_bn, meeting_date, start_time, place_bn, status,
                                             notice_memo_number, notice_issued_on, notice_paper_id, noticed_date, noticed_time, noticed_place_bn)
                        values (?, 'মোঃ সাইফুল ইসলাম', 'উপজেলা নির্বাহী অফিসার, ভালুকা', '2026-03-10', '11:00', 'সভাকক্ষ', 'NOTICE_ISSUED',
                                ?, '2026-03-01', ?, '2026-03-10', '11:00', 'সভাকক্ষ') returning id""")
                .params(bhaluka, memo, noticePaper).query(Long.class).single();
        long paper = jdbc.sql("""
                        insert into meeting_attachment (meeting_id, file_name, content_type, size_bytes, bytes)
                        values (?, 'কার্যপত্র.pdf', 'application/pdf', 4, '\\x25504446'::bytea) returning id""")
                .param(meeting).query(Long.class).single();
        accounts.create("bhaluka-tm", Role.TEAM_MEMBER, bhaluka);
        Browsing member = signedIn("bhaluka-tm");
        String base = "/offices/" + bhaluka + "/meetings/" + meeting;
        JsonNode body = json(member.get("/api/v1" + base).body());
        JsonNode workingPaper = body.get("workingPapers").get(0);
        assertThat(workingPaper.get("id").asLong()).isEqualTo(paper);
        assertThat(workingPaper.get("fileName").asString()).isEqualTo("কার্যপত্র.pdf");
        assertThat(workingPaper.get("contentType").asString()).isEqualTo("application/pdf");
        assertThat(workingPaper.get("size").asInt()).isEqualTo(4);
        assertThat(workingPaper.get("download").asString()).isEqualTo(base + "/attachments/" + paper);
        JsonNode notice = body.get("notice");
        assertThat(notice.get("memoNumber").asString()).isEqualTo(memo);
        assertThat(notice.get("issuedOn").asString()).isEqualTo("2026-03-01");
        assertThat(notice.get("pdf").asString()).isEqualTo(base + "/notice.pdf");
        assertThat(notice.get("docx").asString()).isEqualTo(base + "/notice.docx");
        assertThat(body.get("meeting").get("noticeMemoNumber").asString()).isEqualTo(memo);
        assertThat(body.get("meeting").get("status").asString()).isEqualTo("NOTICE_ISSUED");
        assertThat(member.bytes(base + "/notice.docx").body()).containsExactly(new byte[] {'P', 'K'});
        assertThat(member.bytes(base + "/attachments/" + paper).body()).containsExactly(new byte[] {'%', 'P', 'D', 'F'});
        assertThat(member.json("POST", "/api/v1/offices/" + bhaluka + "/meetings", "{}").status()).as("a member only reads")
                .isEqualTo(403);
    }

    @Test
    void theApiIsDocumented() {
        String docs = new Http(port).get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/offices/{officeId}/meetings", "/api/v1/offices/{officeId}/meetings/schedule",
                "/api/v1/offices/{officeId}/meetings/{meetingId}", "/api/v1/offices/{officeId}/meetings/{meetingId}/attendance",
                "\"name\":\"Meetings\"", "ইনোভেশন টিমের সভা", "সভার সূচি");
        assertThat(docs).as("the minutes, under their own tag").contains("/api/v1/offices/{officeId}/meetings/{meetingId}/minutes",
                "/api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/approve", "\"name\":\"Minutes\"");
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    /** "from..to STATE" of each period, the latest first. */
    private static List<String> periods(JsonNode schedule) {
        List<String> periods = new ArrayList<>();
        schedule.get("periods").forEach(p -> periods.add(p.get("from").asString() + ".." + p.get("to").asString() + " "
                + p.get("state").asString()));
        return periods;
    }

    private long count(long office) {
        return jdbc.sql("select count(*) from meeting where office_id = ?").param(office).query(Long.class).single();
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
