package bd.udbhabon.team;

import static bd.udbhabon.team.TeamDesk.Row;
import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Teams formed through the draft and issue forms, as the offices do it: an upazila's team drafted
 * with a broken rule and fixed, who may draft, issue and read, the audit, change over time. Seed 001
 * and concurrent issuing are in {@link TeamIssuingTests}.
 */
@IntegrationTest
class TeamFormationTests {

    private static final String UNMET_AC_LAND = "১ জন সহকারী কমিশনার (ভূমি) নেই";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    /** Sherpur upazila: its team is formed by the Bogura deputy commissioner's office (2025 notification). */
    @Test
    void anUpazilaDraftBreaksARuleIsFixedAndIssuedByItsDistrict() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        long sherpur = accounts.upazila(bogura, "Sherpur");
        long rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        accounts.create("sherpur-uno", Role.OFFICE_ADMIN, sherpur);
        accounts.create("bogura-dc", Role.OFFICE_ADMIN, bogura);
        accounts.create("bogura-focal", Role.MEMBER_SECRETARY, bogura);
        accounts.create("rajshahi-reviewer", Role.REVIEWER, rajshahi);
        accounts.create("sherpur-member", Role.TEAM_MEMBER, sherpur);
        TeamDesk upazila = new TeamDesk(port, "sherpur-uno");
        UpazilaPosts posts = UpazilaPosts.create(upazila, sherpur, "শেরপুর");
        String today = LocalDate.now().toString();

        // Drafted without the assistant commissioner (land): saved, with the broken rule named in Bangla.
        var saved = upazila.saveDraft(sherpur, "FORMATION", today, "নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে উপজেলা ইনোভেশন টিম গঠন করা হলো:",
                posts.rows(false));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        String draft = upazila.user.get("/offices/" + sherpur + "/team/draft").body();
        assertThat(draft).contains(UNMET_AC_LAND, "১টি শর্ত পূরণ হয়নি");

        // The upazila drafts but does not issue; neither does the district's member-secretary.
        assertThat(upazila.user.get("/offices/" + sherpur + "/team/issue").status()).isEqualTo(403);
        TeamDesk focal = new TeamDesk(port, "bogura-focal");
        assertThat(focal.user.get("/offices/" + sherpur + "/team/draft").status()).isEqualTo(200);
        assertThat(focal.user.get("/offices/" + sherpur + "/team/issue").status()).isEqualTo(403);
        TeamDesk member = new TeamDesk(port, "sherpur-member");
        assertThat(member.user.get("/offices/" + sherpur + "/team/draft").status()).isEqualTo(403);

        // The district administrator sees the broken rule; issuing without a reason is refused, with what was typed kept.
        TeamDesk district = new TeamDesk(port, "bogura-dc");
        assertThat(district.user.get("/offices/" + sherpur + "/team/issue").body()).contains(UNMET_AC_LAND);
        long file = district.openFile(sherpur, "০৫.১০.১০০০.০০০.১৩.০০১.২৫", "উপজেলা ইনোভেশন টিম", 1);
        var refused = district.issue(sherpur, TeamDesk.issueFields(file, today, "আইসিটি শাখা", "হোসনা আফরোজা",
                "জেলা প্রশাসক", "", "", List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ", "অফিস কপি"), ""));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("জারি করতে কারণ লিখুন", "value=\"হোসনা আফরোজা\"", "অফিস কপি");
        assertThat(jdbc.sql("select count(*) from team_order where office_id = ? and status = 'ISSUED'").param(sherpur)
                .query(Long.class).single()).isZero();

        // Fixed by the upazila: every rule met.
        var fixed = upazila.saveDraft(sherpur, "FORMATION", today, "নিম্নবর্ণিত কর্মকর্তাগণের সমন্বয়ে উপজেলা ইনোভেশন টিম গঠন করা হলো:",
                posts.rows(true));
        assertThat(fixed.status()).isEqualTo(302);
        assertThat(upazila.user.get("/offices/" + sherpur + "/team/draft").body())
                .contains("সব শর্ত পূরণ হয়েছে।").doesNotContain(UNMET_AC_LAND);

        var issued = district.issue(sherpur, TeamDesk.issueFields(file, today, "আইসিটি শাখা", "হোসনা আফরোজা",
                "জেলা প্রশাসক", "", "", List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ", "অফিস কপি"), ""));
        long order = TeamDesk.issuedOrder(issued);
        assertThat(district.announcedMemo(sherpur, order)).isEqualTo("০৫.১০.১০০০.০০০.১৩.০০১.২৫.১");

        Browsing.Download pdfFile = district.user.bytes("/offices/" + sherpur + "/team/orders/" + order + ".pdf");
        assertThat(pdfFile.contentType()).isEqualTo("application/pdf");
        assertThat(pdfFile.disposition()).contains("attachment", ".pdf");
        String text = Tools.pdfText(pdfFile.body());
        assertThat(text).contains("জেলা প্রশাসকের কার্যালয়, বগুড়া", "অফিস আদেশ", "সহকারী কমিশনার (ভূমি), শেরপুর",
                "ইনোভেশন অফিসার", "(২৪)", "হোসনা আফরোজা");
        byte[] docxFile = district.download("/offices/" + sherpur + "/team/orders/" + order + ".docx");
        assertThat(String.join("\n", Docx.paragraphs(Docx.valid(docxFile)))).contains("সহকারী কমিশনার (ভূমি), শেরপুর");

        // A superior office reads the team and its order, but drafts nothing.
        TeamDesk reviewer = new TeamDesk(port, "rajshahi-reviewer");
        assertThat(reviewer.user.get("/offices/" + sherpur + "/team").body()).contains("সহকারী কমিশনার (ভূমি), শেরপুর")
                .doesNotContain("data-testid=\"draft-link\"");
        assertThat(reviewer.user.bytes("/offices/" + sherpur + "/team/orders/" + order + ".pdf").status()).isEqualTo(200);
        assertThat(reviewer.user.get("/offices/" + sherpur + "/team/draft").status()).isEqualTo(403);

        // Not yet reported: the state is words, the action asks for the date (Dhaka's today offered).
        var pending = Jsoup.parse(upazila.user.get("/offices/" + sherpur + "/team").body()).selectFirst("[data-testid=informed]");
        assertThat(pending.text()).startsWith("এখনও অবহিত করা হয়নি");
        assertThat(pending.select("[data-testid=record-informed]").text()).isEqualTo("তারিখ লিখুন");
        assertThat(pending.select("input[name=informedOn]").attr("value")).isEqualTo(Dhaka.today().toString());

        // The Cabinet Division informed, recorded; the audit shows every step.
        var informed = upazila.user.post("/offices/" + sherpur + "/team/orders/" + order + "/informed", Map.of("informedOn", today));
        assertThat(informed.status()).isEqualTo(302);
        var recorded = Jsoup.parse(upazila.user.get("/offices/" + sherpur + "/team").body()).selectFirst("[data-testid=informed]");
        assertThat(recorded.select("[data-testid=record-informed]")).isEmpty();
        assertThat(recorded.text()).doesNotContain("এখনও অবহিত করা হয়নি");
        String audit = district.user.get("/offices/" + sherpur + "/audit").body();
        assertThat(audit).contains("টিমের আদেশের খসড়া তৈরি", "টিমের আদেশের খসড়া পরিবর্তন", "টিমের অফিস আদেশ জারি",
                "মন্ত্রিপরিষদ বিভাগকে অবহিত");
        assertThat(jdbc.sql("select verdict from team_compliance where office_id = ?").param(sherpur).query(String.class).single())
                .isEqualTo("COMPLIANT");
    }

    @Test
    void aTeamChangesOverTimeAndTheTeamOnAnyDayIsAsItsOrdersSay() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        long shibganj = accounts.upazila(bogura, "Shibganj");
        accounts.create("shibganj-uno", Role.OFFICE_ADMIN, shibganj);
        accounts.create("bogura-dc-2", Role.OFFICE_ADMIN, bogura);
        TeamDesk upazila = new TeamDesk(port, "shibganj-uno");
        TeamDesk district = new TeamDesk(port, "bogura-dc-2");
        UpazilaPosts posts = UpazilaPosts.create(upazila, shibganj, "শিবগঞ্জ");
        issueOrder(upazila, district, shibganj, "FORMATION", "2026-01-01", posts.rows(true), null);
        long file = jdbc.sql("select id from memo_file where office_id = ?").param(bogura).query(Long.class).list().getFirst();
        // A member co-opted (seed 004) by a change order.
        long coopted = upazila.post(shibganj, "উপজেলা মৎস্য কর্মকর্তা, শিবগঞ্জ", "OFFICER", "other_office");
        List<Row> withCoopted = new ArrayList<>(posts.rows(true));
        withCoopted.add(Row.of(coopted, "COOPTED"));
        assertThat(upazila.user.get("/offices/" + shibganj + "/team/draft").body())
                .as("a new draft starts from the team in effect").contains("আংশিক পরিবর্তনপূর্বক");
        issueOrder(upazila, district, shibganj, "CHANGE", "2026-03-01", withCoopted, file);
        issueOrder(upazila, district, shibganj, "DISSOLUTION", "2026-06-01", List.of(), file);

        // The members' table only: the page's sub-committee form lists every post of the office.
        assertThat(membersTable(upazila.user.get("/offices/" + shibganj + "/team?on=2026-02-01").body()))
                .contains("সহকারী প্রোগ্রামার, শিবগঞ্জ").doesNotContain("উপজেলা মৎস্য কর্মকর্তা");
        assertThat(membersTable(upazila.user.get("/offices/" + shibganj + "/team?on=2026-04-01").body()))
                .contains("উপজেলা মৎস্য কর্মকর্তা, শিবগঞ্জ", "কো-অপ্ট সদস্য");
        String after = upazila.user.get("/offices/" + shibganj + "/team?on=2026-07-01").body();
        assertThat(after).contains("data-testid=\"no-team\"");
        assertThat(after.split("data-testid=\"order-pdf\"", -1)).as("three orders in the history").hasSize(4);
        assertThat(after).contains("বিলুপ্তি", "গঠন", "পুনর্গঠন/পরিবর্তন");
    }

    /** The team page's table of the team's members. */
    private static String membersTable(String page) {
        int start = page.indexOf("data-testid=\"team-members\"");
        assertThat(start).as("the team's members are shown").isNotNegative();
        return page.substring(start, page.indexOf("</table>", start));
    }

    /** Drafts (as the upazila) and issues (as the district) one order; opens the district's file the first time. */
    private long issueOrder(TeamDesk upazila, TeamDesk district, long office, String kind, String effective, List<Row> rows,
                            Long file) {
        var saved = upazila.saveDraft(office, kind, effective, "শিবগঞ্জ উপজেলা ইনোভেশন টিম সংক্রান্ত আদেশ:", rows);
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        long fileId = file != null ? file : district.openFile(office, "০৫.১০.১০০০.০০০.১৩.০০২.২৬", "শিবগঞ্জ ইনোভেশন টিম", 1);
        return TeamDesk.issuedOrder(district.issue(office, TeamDesk.issueFields(fileId, effective, "", "হোসনা আফরোজা",
                "জেলা প্রশাসক", "", "", List.of("অফিস কপি"), "")));
    }


}
