package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import bd.udbhabon.team.internal.ComplianceUpdater;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Minutes through the JSON API, as another government system would keep them with the member-secretary's
 * and the team head's credentials: drafted, circulated, commented, approved, issued, corrected. Satkhira
 * district and its upazila Kalaroa are this class's own (every integration test shares one database).
 */
@IntegrationTest
class MinutesApiTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate HELD_ON = LocalDate.of(2025, 12, 10);
    private static final String FILE = "05.44.8711.025.13.021.25";

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

    @Test
    void anotherSystemDraftsApprovesIssuesAndCorrectsTheMinutes() {
        long satkhira = accounts.office(OfficeLevel.DISTRICT, "Satkhira");
        long kalaroa = accounts.upazila(satkhira, "Kalaroa");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(kalaroa, true);
        accounts.create("kalaroa-ms", Role.MEMBER_SECRETARY, kalaroa);
        accounts.create("kalaroa-uno", Role.TEAM_HEAD, kalaroa);
        accounts.create("kalaroa-member", Role.TEAM_MEMBER, kalaroa);
        accounts.create("satkhira-reviewer", Role.REVIEWER, satkhira);
        Browsing ms = signedIn("kalaroa-ms");
        long meeting = new MinutesDesk(port, ms).hold(kalaroa, HELD_ON, "11:00", "উপজেলা পরিষদ সভাকক্ষ",
                List.of("সেবা সহজিকরণ", "ই-নথি বাস্তবায়ন"), team.postIds());
        String api = "/api/v1/offices/" + kalaroa + "/meetings/" + meeting + "/minutes";

        // Nothing yet; the first meeting has no previous one.
        assertThat(json(ms.get(api).body()).size()).isZero();
        var standing = ms.get(api + "/standing");
        assertThat(standing.status()).as(standing.body()).isEqualTo(200);
        JsonNode first = json(standing.body());
        assertThat(first.has("previous")).isFalse();
        assertThat(first.get("carried").size()).isZero();

        // Bodies with mistakes: every field's problem, and nothing saved.
        var unreadable = ms.json("PUT", api + "/draft", """
                {"style":"ESSAY","title":"কার্যবিবরণী","chairName":"মোঃ আবদুল করিম","chairDesignation":"উপজেলা নির্বাহী অফিসার",
                 "items":[{"kind":"OTHER","subject":"সেবা সহজিকরণ","decisions":[{"text":"সিদ্ধান্ত","due":"31-03-2026",
                   "owners":[{"key":"office:999999","label":"কেউ"}]}]}]}""");
        assertThat(unreadable.status()).as(unreadable.body()).isEqualTo(400);
        assertThat(unreadable.body()).contains("\"error\":\"invalid\"", "\"style\":\"কার্যবিবরণীর ধরন বেছে নিন।\"",
                "\"item_0_kind\":", "\"item_0_d_0_due\":\"সময়সীমা একটি সঠিক তারিখ নয়।\"",
                "\"item_0_d_0_owners\":\"বাস্তবায়নকারী কর্তৃপক্ষ তালিকা থেকে বেছে নিন।\"");
        var incomplete = ms.json("PUT", api + "/draft", """
                {"style":"DECISION_TABLE","title":"কার্যবিবরণী","chairDesignation":"উপজেলা নির্বাহী অফিসার",
                 "items":[{"subject":"","decisions":[{"text":"সিদ্ধান্ত","due":"2025-11-01"}]}]}""");
        assertThat(incomplete.status()).as(incomplete.body()).isEqualTo(400);
        assertThat(incomplete.body()).contains("\"chairName\":\"সভাপতির নাম লিখুন।\"", "\"item_0_subject\":\"আলোচনার বিষয় লিখুন।\"",
                "\"item_0_d_0_due\":\"সময়সীমা সভার তারিখের আগে হতে পারে না।\"",
                "\"item_0_d_0_owners\":\"অন্তত একজন বাস্তবায়নকারী কর্তৃপক্ষ বেছে নিন।\"");
        assertThat(versions(meeting)).isZero();

        // A good draft: an office and a post as owners, the post's words as offered.
        long programmer = team.postIds().get(2);
        String content = """
                {"style":"DECISION_TABLE","title":"উপজেলা ইনোভেশন টিমের সভার কার্যবিবরণী","chairName":"মোঃ আবদুল করিম",
                 "chairDesignation":"উপজেলা নির্বাহী অফিসার, কলারোয়া","opening":["উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়।"],
                 "itemsIntro":"সভায় নিম্নরূপ বিষয়ে আলোচনা ও সিদ্ধান্ত গৃহীত হয়:",
                 "items":[{"kind":"AGENDA","subject":"সেবা সহজিকরণ","discussion":"সেবা সহজিকরণ নিয়ে আলোচনা হয়।",
                           "decisions":[{"text":"দুটি সেবা সহজিকরণ করতে হবে।","due":"2026-03-31",
                                         "owners":[{"key":"office:%d","label":"উপজেলা নির্বাহী অফিসার, কলারোয়া"}]}]},
                          {"kind":"AGENDA","subject":"ই-নথি বাস্তবায়ন","discussion":"ই-নথির অগ্রগতি পর্যালোচনা করা হয়।",
                           "decisions":[{"text":"সকল নথি ই-নথিতে নিষ্পন্ন করতে হবে।","owners":[{"key":"post:%d"}]}]}]}"""
                .formatted(kalaroa, programmer);
        var drafted = ms.json("PUT", api + "/draft", content);
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        JsonNode draft = json(drafted.body());
        long minutesId = draft.get("id").asLong();
        assertThat(draft.get("version").asInt()).isEqualTo(1);
        assertThat(draft.get("status").asString()).isEqualTo("DRAFT");
        assertThat(draft.get("style").asString()).isEqualTo("DECISION_TABLE");
        assertThat(draft.get("opening").get(0).asString()).isEqualTo("উপস্থিত সকলকে স্বাগত জানিয়ে সভার কাজ শুরু করা হয়।");
        JsonNode office = draft.get("items").get(0).get("decisions").get(0).get("owners").get(0);
        assertThat(office.get("key").asString()).isEqualTo("office:" + kalaroa);
        assertThat(office.get("officeId").asLong()).isEqualTo(kalaroa);
        assertThat(draft.get("items").get(0).get("decisions").get(0).get("due").asString()).isEqualTo("2026-03-31");
        JsonNode post = draft.get("items").get(1).get("decisions").get(0).get("owners").get(0);
        assertThat(post.get("postId").asLong()).isEqualTo(programmer);
        assertThat(post.get("label").asString()).contains("সহকারী প্রোগ্রামার");
        assertThat(draft.get("pdf").asString()).isEqualTo("/offices/" + kalaroa + "/meetings/" + meeting + "/minutes/" + minutesId + ".pdf");
        assertThat(draft.has("docx")).isFalse();
        assertThat(versions(meeting)).isOne();

        // Circulated for comments; a member comments.
        String at = api + "/" + minutesId;
        var circulated = ms.json("POST", at + "/circulate", "{}");
        assertThat(circulated.status()).as(circulated.body()).isEqualTo(200);
        assertThat(json(circulated.body()).get("status").asString()).isEqualTo("CIRCULATED");
        Browsing member = signedIn("kalaroa-member");
        assertThat(member.json("PUT", api + "/draft", content).status()).as("a member only comments").isEqualTo(403);
        var commented = member.json("POST", at + "/comments", "{\"text\":\"সিদ্ধান্ত ২-এ সময়সীমা দেওয়া প্রয়োজন।\"}");
        assertThat(commented.status()).as(commented.body()).isEqualTo(200);
        JsonNode comments = json(ms.get(at + "/comments").body());
        assertThat(comments.size()).isOne();
        assertThat(comments.get(0).get("text").asString()).isEqualTo("সিদ্ধান্ত ২-এ সময়সীমা দেওয়া প্রয়োজন।");
        assertThat(comments.get(0).get("author").asString()).as("named as the account names them").isEqualTo("পরীক্ষক kalaroa-member");

        // The member-secretary may not approve; the team head does.
        assertThat(ms.json("POST", at + "/approve", "{}").status()).isEqualTo(403);
        Browsing uno = signedIn("kalaroa-uno");
        var early = uno.json("POST", at + "/approve", "{\"approvedOn\":\"2025-12-09\"}");
        assertThat(early.status()).as(early.body()).isEqualTo(400);
        assertThat(early.body()).contains("\"approvedOn\":\"অনুমোদনের তারিখ সভার তারিখের আগে হতে পারে না।\"");
        assertThat(uno.json("POST", at + "/approve", "{\"approvedOn\":\"2999-01-01\"}").body())
                .contains("\"approvedOn\":\"অনুমোদনের তারিখ আজকের পরে হতে পারে না।\"");
        assertThat(uno.json("POST", at + "/approve", "{\"approvedOn\":\"14/12/2025\"}").status()).isEqualTo(400);
        var approved = uno.json("POST", at + "/approve", "{\"approvedOn\":\"2025-12-14\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        assertThat(json(approved.body()).get("status").asString()).isEqualTo("APPROVED");
        assertThat(json(approved.body()).get("approvedOn").asString()).isEqualTo("2025-12-14");

        // Issued with a memo file of Kalaroa's: the decisions go into the register.
        long file = accounts.as("kalaroa-ms", () -> numbering.open(kalaroa, FILE, "ইনোভেশন টিমের সভা", 1)).id();
        var badIssue = ms.json("POST", at + "/issue", "{\"memoFileId\":" + file + ",\"issuedOn\":\"15/12/2025\"}");
        assertThat(badIssue.status()).isEqualTo(400);
        assertThat(badIssue.body()).contains("\"issuedOn\":");
        var missing = ms.json("POST", at + "/issue", "{\"issuedOn\":\"2025-12-15\"}");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.body()).contains("\"memoFile\":", "\"signatoryName\":", "\"distribution\":");
        var beforeApproval = ms.json("POST", at + "/issue", """
                {"memoFileId":%d,"issuedOn":"2025-12-13","signatoryName":"মোঃ আবদুল করিম","signatoryDesignation":"উপজেলা নির্বাহী অফিসার",
                 "distribution":["উপজেলা ইনোভেশন টিমের সকল সদস্য"]}""".formatted(file));
        assertThat(beforeApproval.status()).isEqualTo(400);
        assertThat(beforeApproval.body()).contains("\"issuedOn\":\"জারির তারিখ সভাপতির অনুমোদনের তারিখের আগে হতে পারে না।\"");
        var issued = ms.json("POST", at + "/issue", """
                {"memoFileId":%d,"issuedOn":"2025-12-15","signatoryName":"মোঃ আবদুল করিম",
                 "signatoryDesignation":"উপজেলা নির্বাহী অফিসার, কলারোয়া","signatoryPhone":"০৪৭২৫-৫৬০০১",
                 "distribution":["উপজেলা ইনোভেশন টিমের সকল সদস্য"],"copies":["জেলা প্রশাসক, সাতক্ষীরা"],"sendToCabinet":true}"""
                .formatted(file));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);
        JsonNode paper = json(issued.body());
        assertThat(paper.get("status").asString()).isEqualTo("ISSUED");
        assertThat(paper.get("memoNumber").asString()).isEqualTo(FILE + ".1");
        assertThat(paper.get("issuedOn").asString()).isEqualTo("2025-12-15");
        assertThat(paper.get("publishedOn").asString()).isEqualTo("2025-12-15");
        assertThat(paper.get("sentToCabinetOn").asString()).isEqualTo("2025-12-15");
        assertThat(paper.get("distribution").get(0).asString()).isEqualTo("উপজেলা ইনোভেশন টিমের সকল সদস্য");
        assertThat(paper.get("docx").asString()).isEqualTo("/offices/" + kalaroa + "/meetings/" + meeting + "/minutes/" + minutesId + ".docx");
        List<Long> registerIds = new ArrayList<>();
        paper.get("items").forEach(i -> i.get("decisions").forEach(d -> registerIds.add(d.get("registerId").asLong())));
        assertThat(registerIds).hasSize(2).allMatch(id -> id > 0);
        JsonNode register = json(ms.get("/api/v1/offices/" + kalaroa + "/decisions/meetings/" + meeting + "?asOf=2025-12-20").body());
        List<Long> recorded = new ArrayList<>();
        register.get("decisions").forEach(d -> recorded.add(d.get("id").asLong()));
        assertThat(recorded).containsExactlyElementsOf(registerIds);
        assertThat(new String(ms.bytes(paper.get("pdf").asString()).body(), 0, 4, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("%PDF");
        var twice = ms.json("POST", at + "/issue", "{\"memoFileId\":" + file + "}");
        assertThat(twice.status()).isEqualTo(400);
        var sent = ms.json("POST", at + "/sent-to-cabinet", "{\"on\":\"2025-12-16\"}");
        assertThat(sent.status()).as(sent.body()).isEqualTo(200);
        assertThat(json(sent.body()).get("sentToCabinetOn").asString()).isEqualTo("2025-12-16");
        assertThat(ms.json("POST", at + "/sent-to-cabinet", "{\"on\":\"2025-12-01\"}").body()).contains("\"sentOn\":");

        // The district reads Kalaroa's minutes but writes none of them.
        Browsing district = signedIn("satkhira-reviewer");
        var read = district.get(api);
        assertThat(read.status()).as(read.body()).isEqualTo(200);
        assertThat(json(read.body()).get(0).get("memoNumber").asString()).isEqualTo(FILE + ".1");
        assertThat(district.get(api + "/standing").status()).isEqualTo(200);
        assertThat(district.get(at + "/comments").status()).isEqualTo(200);
        assertThat(district.json("PUT", api + "/draft", content).status()).isEqualTo(403);
        assertThat(district.json("POST", at + "/approve", "{}").status()).isEqualTo(403);
        assertThat(district.json("POST", at + "/corrections", "{\"note\":\"সংশোধনী\"}").status()).isEqualTo(403);
        assertThat(district.json("POST", at + "/sent-to-cabinet", "{\"on\":\"2025-12-16\"}").status()).isEqualTo(403);

        // A correction: version 2, a draft of the same content, its decisions on the same register rows.
        assertThat(ms.json("POST", at + "/corrections", "{\"note\":\"\"}").body()).contains("\"correctionNote\":");
        var corrected = ms.json("POST", at + "/corrections", "{\"note\":\"সিদ্ধান্ত ২-এর সময়সীমা যোগ করা হলো।\"}");
        assertThat(corrected.status()).as(corrected.body()).isEqualTo(200);
        JsonNode all = json(ms.get(api).body());
        assertThat(all.size()).isEqualTo(2);
        assertThat(all.get(0).get("id").asLong()).isEqualTo(minutesId);
        assertThat(all.get(0).get("status").asString()).isEqualTo("ISSUED");
        JsonNode second = all.get(1);
        assertThat(second.get("version").asInt()).isEqualTo(2);
        assertThat(second.get("supersedes").asLong()).isEqualTo(minutesId);
        assertThat(second.get("status").asString()).isEqualTo("DRAFT");
        assertThat(second.get("correctionNote").asString()).isEqualTo("সিদ্ধান্ত ২-এর সময়সীমা যোগ করা হলো।");
        assertThat(second.get("items").get(1).get("decisions").get(0).get("registerId").asLong()).isEqualTo(registerIds.get(1));
        assertThat(ms.get("/api/v1/offices/" + kalaroa + "/meetings/999999/minutes").status()).isEqualTo(404);
        assertThat(ms.json("POST", api + "/999999/approve", "{}").status()).as("not the team head's").isEqualTo(403);
        assertThat(signedIn("kalaroa-uno").json("POST", api + "/999999/approve", "{}").status()).isEqualTo(404);
    }

    @Test
    void theApiIsDocumented() {
        String docs = new Http(port).get("/v3/api-docs").body();
        assertThat(docs).contains("/api/v1/offices/{officeId}/meetings/{meetingId}/minutes",
                "/api/v1/offices/{officeId}/meetings/{meetingId}/minutes/standing",
                "/api/v1/offices/{officeId}/meetings/{meetingId}/minutes/draft",
                "/api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/issue",
                "/api/v1/offices/{officeId}/meetings/{meetingId}/minutes/{minutesId}/corrections",
                "\"name\":\"Minutes\"", "কার্যবিবরণী");
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private long versions(long meeting) {
        return jdbc.sql("select count(*) from minutes where meeting_id = ?").param(meeting).query(Long.class).single();
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
