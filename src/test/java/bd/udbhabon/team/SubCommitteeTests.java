package bd.udbhabon.team;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.audit.AuditEntry;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.SubCommittees.Member;
import bd.udbhabon.team.SubCommittees.SubCommittee;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Seed 004's sub-committee ("কর্মপরিকল্পনা প্রণয়নে নিম্নোক্তভাবে একটি কমিটি গঠন করা হয়"): four of the
 * office's posts and the librarian, named only in words. Through the API (Cox's Bazar district and
 * its upazilas: formed, read on its days, dissolved; every refusal) and the team page (Moulvibazar).
 */
@IntegrationTest
class SubCommitteeTests {

    private static final LocalDate FORMED = LocalDate.of(2023, 11, 27);
    private static final String SOURCE = "ইনোভেশন টিমের সভা, ২৭ নভেম্বর ২০২৩, সিদ্ধান্ত ৬";
    private static final String NAME = "কর্মপরিকল্পনা প্রণয়ন কমিটি";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    SubCommittees subCommittees;
    @Autowired
    AuditLog audit;

    /** The seed's four posts at the office: joint secretary (administration) and three deputy secretaries. */
    private record SeedPosts(long jointSecretary, long development, long children, long environment) {
        static SeedPosts at(JdbcClient jdbc, long officeId) {
            return new SeedPosts(post(jdbc, officeId, "যুগ্মসচিব (প্রশাসন)", "JOINT_SECRETARY"),
                    post(jdbc, officeId, "উপসচিব (উন্নয়ন-১)", "DEPUTY_SECRETARY"),
                    post(jdbc, officeId, "উপসচিব (শিশু ও সমন্বয়)", "DEPUTY_SECRETARY"),
                    post(jdbc, officeId, "উপসচিব (পরিঃ-২)", "DEPUTY_SECRETARY"));
        }
    }

    private static long post(JdbcClient jdbc, long officeId, String titleBn, String grade) {
        return jdbc.sql("insert into post (office_id, title_bn, grade) values (?, ?, ?) returning id")
                .params(officeId, titleBn, grade).query(Long.class).single();
    }

    @Test
    void formedReadOnItsDaysInRoleOrderAndDissolved() {
        long coxsbazar = accounts.office(OfficeLevel.DISTRICT, "Coxsbazar");
        accounts.create("coxsbazar-focal", Role.MEMBER_SECRETARY, coxsbazar);
        SeedPosts posts = SeedPosts.at(jdbc, coxsbazar);

        // Given out of order: the member-secretary first, the convener in the middle.
        List<Member> given = List.of(
                new Member(null, "লাইব্রেরীয়ান", CommitteeRole.MEMBER_SECRETARY),
                new Member(posts.development(), "উপসচিব (উন্নয়ন-১)", CommitteeRole.MEMBER),
                new Member(posts.jointSecretary(), "যুগ্মসচিব (প্রশাসন)", CommitteeRole.CONVENER),
                new Member(posts.children(), "উপসচিব (শিশু ও সমন্বয়)", CommitteeRole.MEMBER),
                new Member(posts.environment(), "উপসচিব (পরিঃ-২)", CommitteeRole.MEMBER));
        long id = accounts.as("coxsbazar-focal", () -> subCommittees.form(coxsbazar, NAME,
                "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা প্রণয়ন", FORMED, SOURCE, given));

        assertThat(subCommittees.onDate(coxsbazar, FORMED.minusDays(1))).isEmpty();
        List<SubCommittee> onTheDay = subCommittees.onDate(coxsbazar, FORMED);
        assertThat(onTheDay).hasSize(1);
        SubCommittee sc = onTheDay.getFirst();
        assertThat(sc.id()).isEqualTo(id);
        assertThat(sc.officeId()).isEqualTo(coxsbazar);
        assertThat(sc.nameBn()).isEqualTo(NAME);
        assertThat(sc.purposeBn()).isEqualTo("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা প্রণয়ন");
        assertThat(sc.formedOn()).isEqualTo(FORMED);
        assertThat(sc.dissolvedOn()).isNull();
        assertThat(sc.sourceBn()).isEqualTo(SOURCE);
        assertThat(sc.members()).containsExactly(
                new Member(posts.jointSecretary(), "যুগ্মসচিব (প্রশাসন)", CommitteeRole.CONVENER),
                new Member(posts.development(), "উপসচিব (উন্নয়ন-১)", CommitteeRole.MEMBER),
                new Member(posts.children(), "উপসচিব (শিশু ও সমন্বয়)", CommitteeRole.MEMBER),
                new Member(posts.environment(), "উপসচিব (পরিঃ-২)", CommitteeRole.MEMBER),
                new Member(null, "লাইব্রেরীয়ান", CommitteeRole.MEMBER_SECRETARY));
        assertThat(subCommittees.onDate(coxsbazar, LocalDate.of(2024, 6, 29))).hasSize(1);

        // A second one, without purpose or source, formed later: both listed, the older first.
        long second = accounts.as("coxsbazar-focal", () -> subCommittees.form(coxsbazar, "সেবা সহজিকরণ কমিটি", null,
                LocalDate.of(2024, 1, 10), null, List.of(new Member(posts.children(), "উপসচিব (শিশু ও সমন্বয়)", CommitteeRole.CONVENER),
                        new Member(null, "প্রোগ্রামার", CommitteeRole.MEMBER))));
        assertThat(subCommittees.onDate(coxsbazar, LocalDate.of(2024, 2, 1))).extracting(SubCommittee::id).containsExactly(id, second);

        // Dissolved from 30 June 2024: in being the day before, not on the day nor after.
        accounts.as("coxsbazar-focal", () -> {
            subCommittees.dissolve(coxsbazar, id, LocalDate.of(2024, 6, 30));
            return null;
        });
        assertThat(subCommittees.onDate(coxsbazar, LocalDate.of(2024, 6, 29))).extracting(SubCommittee::id).containsExactly(id, second);
        assertThat(subCommittees.onDate(coxsbazar, LocalDate.of(2024, 6, 30))).extracting(SubCommittee::id).containsExactly(second);
        assertThat(subCommittees.onDate(coxsbazar, LocalDate.of(2025, 1, 1))).extracting(SubCommittee::id).containsExactly(second);

        // Not twice, not before it was formed, not in another office's name.
        UserFacingException again = refusal(() -> accounts.as("coxsbazar-focal", () -> {
            subCommittees.dissolve(coxsbazar, id, LocalDate.of(2024, 7, 1));
            return null;
        }));
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.messageKey()).isEqualTo("team.subcommittee.dissolved.already");
        UserFacingException early = refusal(() -> accounts.as("coxsbazar-focal", () -> {
            subCommittees.dissolve(coxsbazar, second, LocalDate.of(2024, 1, 9));
            return null;
        }));
        assertThat(errorKeys(early)).containsExactly(Map.entry("dissolvedOn", "team.subcommittee.dissolvedOn.beforeFormed"));
        long moheshkhali = accounts.upazila(coxsbazar, "Moheshkhali");
        accounts.create("moheshkhali-focal", Role.MEMBER_SECRETARY, moheshkhali);
        assertThat(refusal(() -> accounts.as("moheshkhali-focal", () -> {
            subCommittees.dissolve(moheshkhali, second, LocalDate.of(2025, 1, 1));
            return null;
        })).status()).isEqualTo(404);
        assertThat(subCommittees.onDate(coxsbazar, LocalDate.of(2025, 1, 1))).extracting(SubCommittee::id).containsExactly(second);

        // Audited on the office's trail.
        assertThat(audit.forRecord("team-subcommittee", String.valueOf(id))).extracting(AuditEntry::action)
                .containsExactly("team.subcommittee-formed", "team.subcommittee-dissolved");
        assertThat(audit.forRecord("team-subcommittee", String.valueOf(id))).allMatch(e -> e.officeId() == coxsbazar);
    }

    @Test
    void everyMistakeIsRefusedFieldByFieldAndNothingIsWritten() {
        long coxsbazar = accounts.office(OfficeLevel.DISTRICT, "Coxsbazar");
        long ukhiya = accounts.upazila(coxsbazar, "Ukhiya");
        long teknaf = accounts.upazila(coxsbazar, "Teknaf");
        accounts.create("ukhiya-focal", Role.MEMBER_SECRETARY, ukhiya);
        SeedPosts posts = SeedPosts.at(jdbc, ukhiya);
        long elsewhere = post(jdbc, teknaf, "উপজেলা নির্বাহী অফিসার, টেকনাফ", "OFFICER");
        Member convener = new Member(posts.jointSecretary(), "যুগ্মসচিব (প্রশাসন)", CommitteeRole.CONVENER);
        Member member = new Member(posts.development(), "উপসচিব (উন্নয়ন-১)", CommitteeRole.MEMBER);
        Member librarian = new Member(null, "লাইব্রেরীয়ান", CommitteeRole.MEMBER_SECRETARY);

        assertThat(mistakes(ukhiya, "", FORMED, List.of(convener, member))).containsExactly(Map.entry("name", "team.subcommittee.name.missing"));
        assertThat(mistakes(ukhiya, "ক".repeat(301), FORMED, List.of(convener, member)))
                .containsExactly(Map.entry("name", "team.subcommittee.name.missing"));
        assertThat(mistakes(ukhiya, NAME, null, List.of(convener, member)))
                .containsExactly(Map.entry("formedOn", "team.subcommittee.formedOn.missing"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(member, librarian)))
                .containsExactly(Map.entry("convener", "team.subcommittee.convener"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, member,
                new Member(posts.children(), "উপসচিব (শিশু ও সমন্বয়)", CommitteeRole.CONVENER))))
                .containsExactly(Map.entry("convener", "team.subcommittee.convener"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, librarian,
                new Member(null, "সহকারী প্রোগ্রামার", CommitteeRole.MEMBER_SECRETARY))))
                .containsExactly(Map.entry("memberSecretary", "team.subcommittee.memberSecretary"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener)))
                .containsExactly(Map.entry("members", "team.subcommittee.members.few"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of()))
                .containsExactly(Map.entry("convener", "team.subcommittee.convener"), Map.entry("members", "team.subcommittee.members.few"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, new Member(elsewhere, "উপজেলা নির্বাহী অফিসার", CommitteeRole.MEMBER))))
                .as("a post of another office").containsExactly(Map.entry("members[1]", "team.member.unknownPost"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, new Member(999_999L, "কেউ", CommitteeRole.MEMBER))))
                .as("no such post").containsExactly(Map.entry("members[1]", "team.member.unknownPost"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, member,
                new Member(posts.development(), "উপসচিব (উন্নয়ন-১)", CommitteeRole.MEMBER_SECRETARY))))
                .containsExactly(Map.entry("members[2]", "team.subcommittee.member.twice"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, new Member(null, "  ", CommitteeRole.MEMBER))))
                .containsExactly(Map.entry("members[1]", "team.subcommittee.member.label"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, new Member(posts.children(), null, CommitteeRole.MEMBER))))
                .containsExactly(Map.entry("members[1]", "team.subcommittee.member.label"));
        assertThat(mistakes(ukhiya, NAME, FORMED, List.of(convener, new Member(null, "লাইব্রেরীয়ান", null))))
                .containsExactly(Map.entry("members[1]", "team.subcommittee.member.role"));
        assertThat(mistakes(ukhiya, "", null, List.of(member, member)))
                .as("every field at once").containsOnlyKeys("name", "formedOn", "members[1]", "convener");

        assertThat(jdbc.sql("select count(*) from team_subcommittee where office_id = ?").param(ukhiya).query(Long.class).single())
                .isZero();
    }

    @Test
    void onlyTheOfficesWritersFormAndDissolve() {
        long district = accounts.office(OfficeLevel.DISTRICT, "Coxsbazar");
        long chakaria = accounts.upazila(district, "Chakaria");
        accounts.create("chakaria-focal", Role.MEMBER_SECRETARY, chakaria);
        accounts.create("chakaria-member", Role.TEAM_MEMBER, chakaria);
        accounts.create("coxsbazar-dc", Role.OFFICE_ADMIN, district);
        List<Member> members = List.of(new Member(null, "অতিরিক্ত জেলা প্রশাসক (সার্বিক)", CommitteeRole.CONVENER),
                new Member(null, "সহকারী প্রোগ্রামার", CommitteeRole.MEMBER_SECRETARY));

        // A member of the team reads, but neither forms nor dissolves; nor does the district above, which writes only its own.
        for (String reader : List.of("chakaria-member", "coxsbazar-dc")) {
            UserFacingException refused = refusal(() -> accounts.as(reader,
                    () -> subCommittees.form(chakaria, "ওয়েবসাইট হালনাগাদ কমিটি", null, FORMED, null, members)));
            assertThat(refused.status()).as(reader).isEqualTo(403);
        }
        long id = accounts.as("chakaria-focal",
                () -> subCommittees.form(chakaria, "ওয়েবসাইট হালনাগাদ কমিটি", null, FORMED, null, members));
        UserFacingException refused = refusal(() -> accounts.as("chakaria-member", () -> {
            subCommittees.dissolve(chakaria, id, LocalDate.of(2024, 1, 1));
            return null;
        }));
        assertThat(refused.status()).isEqualTo(403);
        assertThat(subCommittees.onDate(chakaria, LocalDate.of(2024, 1, 1))).extracting(SubCommittee::id).contains(id);

        // The same over HTTP: the reader sees the sub-committee, no form and no button; a post is refused.
        Browsing member = signedIn("chakaria-member");
        String page = member.get("/offices/" + chakaria + "/team").body();
        assertThat(page).contains("ওয়েবসাইট হালনাগাদ কমিটি", "সহকারী প্রোগ্রামার")
                .doesNotContain("data-testid=\"subcommittee-form\"", "data-testid=\"dissolve-" + id + "\"");
        assertThat(member.post("/offices/" + chakaria + "/team/subcommittees/" + id + "/dissolve", Map.of()).status()).isEqualTo(403);
        assertThat(member.post("/offices/" + chakaria + "/team/subcommittees", Map.of("name", "x")).status()).isEqualTo(403);
        assertThat(subCommittees.onDate(chakaria, Dhaka.today().plusDays(1))).extracting(SubCommittee::id).contains(id);
        // The district reads its upazila's sub-committees, without the writer's form.
        assertThat(signedIn("coxsbazar-dc").get("/offices/" + chakaria + "/team").body()).contains("ওয়েবসাইট হালনাগাদ কমিটি")
                .doesNotContain("data-testid=\"subcommittee-form\"");
    }

    @Test
    void theTeamPageShowsFormsAndDissolvesThemAndKeepsWhatWasTypedOnAMistake() {
        long moulvibazar = accounts.office(OfficeLevel.DISTRICT, "Moulvibazar");
        accounts.create("moulvibazar-dc", Role.OFFICE_ADMIN, moulvibazar);
        SeedPosts posts = SeedPosts.at(jdbc, moulvibazar);
        Browsing dc = signedIn("moulvibazar-dc");
        String teamPath = "/offices/" + moulvibazar + "/team";
        String empty = dc.get(teamPath).body();
        assertThat(empty).contains("উপকমিটি", "data-testid=\"no-subcommittees\"", "data-testid=\"subcommittee-form\"");

        // A mistake (no name, two conveners): the page comes back with Bangla messages and every value typed.
        Map<String, String> typed = form("", "2023-11-27", List.of(
                new String[] {String.valueOf(posts.jointSecretary()), "", "CONVENER"},
                new String[] {String.valueOf(posts.development()), "", "CONVENER"},
                new String[] {"", "লাইব্রেরীয়ান", "MEMBER_SECRETARY"}));
        Browsing.Page refused = dc.post(teamPath + "/subcommittees", typed);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("উপকমিটির নাম লিখুন", "উপকমিটির আহবায়ক একজন হবেন।",
                "value=\"লাইব্রেরীয়ান\"", SOURCE, "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা প্রণয়ন", "value=\"2023-11-27\"",
                "<option value=\"" + posts.development() + "\" selected>", "<option value=\"MEMBER_SECRETARY\" selected>");
        assertThat(jdbc.sql("select count(*) from team_subcommittee where office_id = ?").param(moulvibazar).query(Long.class).single())
                .isZero();
        // An unreadable date is said so, with the rest kept.
        Map<String, String> badDate = new LinkedHashMap<>(typed);
        badDate.put("formedOn", "27-11-2023x");
        assertThat(dc.post(teamPath + "/subcommittees", badDate).body()).contains("গঠনের তারিখ ঠিক নেই", "value=\"লাইব্রেরীয়ান\"");

        // Fixed: the seed's committee; posts chosen without words are printed as the posts' titles.
        Browsing.Page formed = dc.post(teamPath + "/subcommittees", form(NAME, "2023-11-27", List.of(
                new String[] {"", "লাইব্রেরীয়ান", "MEMBER_SECRETARY"},
                new String[] {String.valueOf(posts.jointSecretary()), "", "CONVENER"},
                new String[] {String.valueOf(posts.development()), "", "MEMBER"},
                new String[] {String.valueOf(posts.children()), "", "MEMBER"},
                new String[] {String.valueOf(posts.environment()), "উপসচিব (পরিবেশ-২)", "MEMBER"})));
        assertThat(formed.status()).as(formed.body()).isEqualTo(302);
        assertThat(formed.location()).contains(teamPath);
        SubCommittee sc = subCommittees.onDate(moulvibazar, LocalDate.of(2023, 11, 27)).getFirst();
        assertThat(sc.members()).extracting(Member::labelBn).containsExactly("যুগ্মসচিব (প্রশাসন)", "উপসচিব (উন্নয়ন-১)",
                "উপসচিব (শিশু ও সমন্বয়)", "উপসচিব (পরিবেশ-২)", "লাইব্রেরীয়ান");
        assertThat(sc.members().getFirst().postId()).isEqualTo(posts.jointSecretary());

        String page = dc.get(teamPath).body();
        String section = page.substring(page.indexOf("data-testid=\"subcommittee-" + sc.id() + "\""));
        assertThat(page).contains(NAME, "গঠন: ২৭ নভেম্বর ২০২৩", "সূত্র: " + SOURCE, "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা প্রণয়ন");
        assertThat(section).containsSubsequence("<td>১</td>", "যুগ্মসচিব (প্রশাসন)", "আহবায়ক",
                "<td>২</td>", "উপসচিব (উন্নয়ন-১)", "সদস্য",
                "উপসচিব (শিশু ও সমন্বয়)", "সদস্য", "উপসচিব (পরিবেশ-২)", "সদস্য",
                "<td>৫</td>", "লাইব্রেরীয়ান", "সদস্য সচিব");
        assertThat(dc.get(teamPath + "?lang=en").body()).contains("Convener", "Member-secretary", "Formed 27 Nov 2023"); // issue 19, point 12: English dates are written out, never ISO

        // Dissolved from today: gone from today's page, still on a day before.
        Browsing.Page dissolved = dc.post(teamPath + "/subcommittees/" + sc.id() + "/dissolve",
                Map.of("on", Dhaka.today().toString()));
        assertThat(dissolved.status()).isEqualTo(302);
        assertThat(dc.get(teamPath + "?on=" + Dhaka.today()).body())
                .contains("data-testid=\"no-subcommittees\"").doesNotContain(NAME);
        assertThat(dc.get(teamPath + "?on=2024-01-01").body()).contains(NAME, "লাইব্রেরীয়ান");
        assertThat(dc.get("/offices/" + moulvibazar + "/audit?lang=bn").body()).contains("টিমের উপকমিটি গঠন", "টিমের উপকমিটি বিলুপ্ত");
    }

    /** The form's fields: name, date, the seed's purpose and source, and rows of {post, label, role}. */
    private static Map<String, String> form(String name, String formedOn, List<String[]> rows) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("name", name);
        fields.put("purpose", "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা প্রণয়ন");
        fields.put("formedOn", formedOn);
        fields.put("source", SOURCE);
        for (int i = 0; i < rows.size(); i++) {
            fields.put("members[" + i + "].post", rows.get(i)[0]);
            fields.put("members[" + i + "].label", rows.get(i)[1]);
            fields.put("members[" + i + "].role", rows.get(i)[2]);
        }
        // two untouched rows, as the page offers them
        for (int i = rows.size(); i < rows.size() + 2; i++) {
            fields.put("members[" + i + "].post", "");
            fields.put("members[" + i + "].label", "");
            fields.put("members[" + i + "].role", "MEMBER");
        }
        fields.put("action", "save");
        return fields;
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        assertThat(user.signIn(username, TestAccounts.PASSWORD).status()).isEqualTo(302);
        user.get("/account"); // a page with a form: the session's CSRF token
        return user;
    }

    /** What {@code form} refuses, field to message key; the form is refused as a whole (400). */
    private Map<String, String> mistakes(long officeId, String name, LocalDate formedOn, List<Member> members) {
        String user = "ukhiya-focal";
        UserFacingException e = refusal(() -> accounts.as(user,
                () -> subCommittees.form(officeId, name, null, formedOn, SOURCE, members)));
        assertThat(e.status()).isEqualTo(400);
        return errorKeys(e);
    }

    private static Map<String, String> errorKeys(UserFacingException e) {
        assertThat(e.fieldErrors()).as("refused field by field").isNotNull();
        return e.fieldErrors().resolve((key, args) -> key);
    }

    private static UserFacingException refusal(Runnable action) {
        try {
            action.run();
        } catch (UserFacingException e) {
            return e;
        }
        throw new AssertionError("not refused");
    }
}
