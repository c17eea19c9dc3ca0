package bd.udbhabon.team;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.internal.ComplianceUpdater;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 19, points 5, 6 and 13 (Pirojpur's upazilas). The team page judges the team under the notification in
 * force, not the one its order was issued under, and says what that one said; each rule names the members it
 * counted, each unmet rule links its fix, the change order one click away; the draft mends "an officer able to
 * develop skills" inline (a new officer's posting, or the post marked); a post nobody was ever entered for is
 * "নাম লেখা হয়নি", a post vacated is "পদটি শূন্য". The compliance view agrees with the team page.
 */
@IntegrationTest
class VerdictPageTests {

    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Dhaka"));
    private static final String NOTIFICATION_2023 = "ইনোভেশন টিম গঠন ও কার্যপরিধি সংক্রান্ত প্রজ্ঞাপন (১৬.১১.২০২৩)";

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater updater;

    @Test
    void aTeamIssuedUnderThe2023NotificationShowsWhatThe2025OneLacksAndHowToMendIt() {
        long pirojpur = accounts.office(OfficeLevel.DISTRICT, "Pirojpur");
        long nazirpur = accounts.upazila(pirojpur, "Nazirpur");
        // formed on 1 January 2024 under 2023's notification (no composition rules); its skills post has no holder entered
        TeamFixtures.UpazilaTeam team = new TeamFixtures(jdbc, offices, updater).upazilaTeam(nazirpur, false, 1, LocalDate.of(2024, 1, 1));
        accounts.create("pirojpur-admin", Role.OFFICE_ADMIN, pirojpur);
        accounts.create("pirojpur-reviewer", Role.REVIEWER, pirojpur);
        var forming = new Browsing(port);
        forming.signIn("pirojpur-admin", TestAccounts.PASSWORD);

        Document page = page(forming, "/offices/" + nazirpur + "/team");
        Element verdict = page.selectFirst("[data-testid=verdict]");
        assertThat(verdict.selectFirst("[data-testid=verdict-under]").text()).contains(ComplianceViewTests.NOTIFICATION_2025);
        assertThat(verdict.select("[data-testid=verdict-ok]")).isEmpty();
        assertThat(verdict.selectFirst("[data-testid=verdict-unmet]").text()).isEqualTo("১টি শর্ত পূরণ হয়নি।");
        assertThat(verdict.selectFirst("[data-testid=verdict-formed-under]").text()).isEqualTo("আদেশটি জারি হয়েছিল "
                + NOTIFICATION_2023 + " অনুযায়ী; সেই প্রজ্ঞাপন অনুযায়ী: এই স্তরের টিম গঠনের কোনো শর্ত ছিল না");
        assertThat(verdict.selectFirst("[data-testid=change-order]").attr("href")).isEqualTo("/offices/" + nazirpur + "/team/draft");
        assertThat(unmet(verdict)).containsExactly(ComplianceViewTests.LACKS_SKILLS);
        Element skillsRule = verdict.selectFirst("li.unmet");
        assertThat(skillsRule.selectFirst("[data-testid=fix-SKILLS]").attr("href")).isEqualTo("/offices/" + nazirpur + "/team/draft#skills-fix");
        // the history says what the order met when issued, under its own notification: not "সব শর্ত পূরণ"
        assertThat(page.selectFirst("[data-testid=team-history] tbody tr").text()).contains("শর্ত ছিল না").doesNotContain("সব শর্ত পূরণ");

        // each rule names the members it counted; the assistant programmer is not also "of another office"
        List<Element> rules = verdict.select("ul.rules > li");
        assertThat(rules).hasSize(7);
        assertThat(counted(rules.get(0))).containsExactly("উপজেলা নির্বাহী অফিসার, নাজিরপুর (কর্মকর্তা " + team.postIds().get(0) + ")");
        assertThat(counted(rules.get(1))).hasSize(7);
        assertThat(counted(rules.get(2))).containsExactly("সহকারী কমিশনার (ভূমি), নাজিরপুর (কর্মকর্তা " + team.postIds().get(1) + ")");
        assertThat(counted(rules.get(3))).containsExactly("সহকারী প্রোগ্রামার, নাজিরপুর (কর্মকর্তা " + team.postIds().get(2) + ")");
        assertThat(counted(rules.get(4))).hasSize(5).contains("উপজেলা যুব উন্নয়ন কর্মকর্তা, নাজিরপুর (নাম লেখা হয়নি)")
                .noneMatch(m -> m.startsWith("সহকারী প্রোগ্রামার"));
        assertThat(counted(rules.get(5))).isEmpty();
        assertThat(counted(rules.get(6))).containsExactly("সহকারী শিক্ষক (আইসিটি), পাইলট উচ্চ বিদ্যালয়, নাজিরপুর (কর্মকর্তা " + team.postIds().get(6) + ")");
        assertThat(rules.stream().filter(r -> r.hasClass("met")).flatMap(r -> r.select("a.fix").stream())).isEmpty();

        // point 13: nobody was ever entered for the skills post: its name is missing, it is not said to be vacant
        assertThat(memberCells(page, 2)).contains("নাম লেখা হয়নি").doesNotContain("পদটি শূন্য");

        // the compliance view says the same as the team page, rule for rule
        Document compliance = page(forming, "/offices/" + nazirpur + "/compliance");
        assertThat(compliance.selectFirst("[data-testid=own-verdict]").text()).isEqualTo("সব শর্ত পূরণ হয়নি");
        assertThat(compliance.select("[data-testid=own-lacking] li").eachText()).isEqualTo(unmet(verdict));
        assertThat(compliance.select("[data-testid=own-met] li").eachText()).isEqualTo(verdict.select("[data-testid=finding-met]").stream()
                .map(e -> e.text().replaceFirst("^✓\\s*", "")).toList());

        // a reviewer above reads the verdict and what counted, and is offered no fix
        var reviewer = new Browsing(port);
        reviewer.signIn("pirojpur-reviewer", TestAccounts.PASSWORD);
        Element read = page(reviewer, "/offices/" + nazirpur + "/team").selectFirst("[data-testid=verdict]");
        assertThat(unmet(read)).containsExactly(ComplianceViewTests.LACKS_SKILLS);
        assertThat(read.select("[data-testid=counted-member]")).isNotEmpty();
        assertThat(read.select("a.fix, [data-testid=change-order]")).isEmpty();

        // the district drafts for its upazila but does not keep the upazila's people: the fix is refused beside it, nothing written
        var draft = forming.get("/offices/" + nazirpur + "/team/draft");
        long officersBefore = officers(nazirpur);
        var refused = HtmlForm.on(draft.body(), "#draft-form").set("action", "skills-officer")
                .set("skills_post", String.valueOf(team.skillsPostId())).set("skills_name", "সালমা খাতুন")
                .set("skills_from", TODAY.toString()).submit(forming, port);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(Jsoup.parse(refused.body()).selectFirst("[data-testid=skills-errors]")).isNotNull();
        assertThat(officers(nazirpur)).isEqualTo(officersBefore);

        // the AC (land) leaves: that post is now really vacant
        jdbc.sql("update holding set held_until = ? where post_id = ?").params(TODAY.minusDays(1), team.postIds().get(1)).update();
        Document after = page(forming, "/offices/" + nazirpur + "/team");
        assertThat(after.select("[data-testid=team-members] tbody tr").get(1).select("td").get(2).text()).isEqualTo("পদটি শূন্য");
        assertThat(memberCells(after, 2)).containsExactly("কর্মকর্তা " + team.postIds().get(0), "পদটি শূন্য",
                "কর্মকর্তা " + team.postIds().get(2), "কর্মকর্তা " + team.postIds().get(3), "কর্মকর্তা " + team.postIds().get(4),
                "কর্মকর্তা " + team.postIds().get(5), "কর্মকর্তা " + team.postIds().get(6), "নাম লেখা হয়নি");
        assertThat(counted(after.select("[data-testid=verdict] ul.rules > li").get(2)))
                .containsExactly("সহকারী কমিশনার (ভূমি), নাজিরপুর (পদটি শূন্য)");
        // in English (the choice is remembered: last)
        assertThat(page(forming, "/offices/" + nazirpur + "/team?lang=en").selectFirst("[data-testid=team-members]").text())
                .contains("Name not entered", "Post vacant");
    }

    @Test
    void theDraftAddsAnOfficerAbleToDevelopSkillsInlineAndKeepsTheRowsTyped() {
        long pirojpur = accounts.office(OfficeLevel.DISTRICT, "Pirojpur");
        long bhandaria = accounts.upazila(pirojpur, "Bhandaria");
        TeamFixtures.UpazilaTeam team = new TeamFixtures(jdbc, offices, updater).upazilaTeam(bhandaria, false);
        accounts.create("bhandaria-admin", Role.OFFICE_ADMIN, bhandaria);
        var admin = new Browsing(port);
        admin.signIn("bhandaria-admin", TestAccounts.PASSWORD);

        // from the team page's ✗ to the draft's fix, one click each
        Document teamPage = page(admin, "/offices/" + bhandaria + "/team");
        assertThat(teamPage.selectFirst("[data-testid=change-order]")).isNotNull();
        String draftPath = "/offices/" + bhandaria + "/team/draft";
        var draft = admin.get(draftPath);
        Document draftPage = Jsoup.parse(draft.body());
        Element panel = draftPage.selectFirst("#findings");
        assertThat(unmet(panel)).containsExactly(ComplianceViewTests.LACKS_SKILLS);
        assertThat(panel.selectFirst("li.unmet [data-testid=fix-SKILLS]").attr("href")).isEqualTo("#skills-fix");
        assertThat(panel.select("#skills-fix [data-testid=skills-post] option")).hasSize(9); // "—" and the team's eight posts
        assertThat(panel.selectFirst("#skills-fix").text()).contains("বদলি নয়, পদায়ন");
        assertThat(counted(panel.select("ul.rules > li").get(4))).hasSize(5);

        long officersBefore = officers(bhandaria);
        String skillsPost = String.valueOf(team.skillsPostId());
        // no name: refused beside the fix, the rows as they were, nothing written
        var refused = HtmlForm.on(draft.body(), "#draft-form").set("action", "skills-officer")
                .set("skills_post", skillsPost).set("skills_name", "").set("skills_from", TODAY.toString()).submit(admin, port);
        assertThat(refused.status()).isEqualTo(200);
        Document refusedPage = Jsoup.parse(refused.body());
        assertThat(refusedPage.selectFirst("[data-testid=skills-errors]").text()).isEqualTo("কর্মকর্তার নাম লিখুন।");
        assertThat(refusedPage.selectFirst("[data-testid=skills-post] option[selected]").attr("value")).isEqualTo(skillsPost);
        assertThat(HtmlForm.on(refused.body(), "#draft-form").values("members[7].post")).containsExactly(skillsPost);
        assertThat(officers(bhandaria)).isEqualTo(officersBefore);

        var added = HtmlForm.on(draft.body(), "#draft-form").set("action", "skills-officer").set("skills_post", skillsPost)
                .set("skills_name", "সালমা খাতুন").set("skills_from", TODAY.toString()).submit(admin, port);
        Document addedPage = Jsoup.parse(added.body());
        assertThat(addedPage.selectFirst("[data-testid=skills-done]").text())
                .isEqualTo("দক্ষতা উন্নয়নে সক্ষম কর্মকর্তা পদে যোগ দিয়েছেন; শর্তগুলো আবার যাচাই করা হয়েছে।");
        assertThat(addedPage.select("#skills-fix")).isEmpty(); // the rule is met: its fix is no longer offered
        assertThat(addedPage.selectFirst("#findings [data-testid=findings-ok]").text()).isEqualTo("সব শর্ত পূরণ হয়েছে।");
        assertThat(counted(addedPage.select("#findings ul.rules > li").get(5)))
                .containsExactly("উপজেলা যুব উন্নয়ন কর্মকর্তা, ভান্ডারিয়া (সালমা খাতুন)");
        assertThat(HtmlForm.on(added.body(), "#draft-form").values("members[7].post")).containsExactly(skillsPost);
        assertThat(officers(bhandaria)).isEqualTo(officersBefore + 1);
        assertThat(jdbc.sql("""
                        select o.skills_development from holding h join officer o on o.id = h.officer_id
                        where h.post_id = ? and h.held_from = ?""").params(team.skillsPostId(), TODAY).query(Boolean.class).single())
                .isTrue();
        // the compliance view follows at once, and the team page agrees
        assertThat(page(admin, "/offices/" + bhandaria + "/compliance").selectFirst("[data-testid=own-verdict]").text())
                .isEqualTo("সব শর্ত পূরণ");
        assertThat(page(admin, "/offices/" + bhandaria + "/team").selectFirst("[data-testid=verdict-ok]").text())
                .isEqualTo("সব শর্ত পূরণ হয়েছে।");
    }

    @Test
    void theDraftMarksThePostItselfAsOneOfSkillsDevelopment() {
        long pirojpur = accounts.office(OfficeLevel.DISTRICT, "Pirojpur");
        long mathbaria = accounts.upazila(pirojpur, "Mathbaria");
        TeamFixtures.UpazilaTeam team = new TeamFixtures(jdbc, offices, updater).upazilaTeam(mathbaria, false);
        accounts.create("mathbaria-admin", Role.OFFICE_ADMIN, mathbaria);
        var admin = new Browsing(port);
        admin.signIn("mathbaria-admin", TestAccounts.PASSWORD);
        var draft = admin.get("/offices/" + mathbaria + "/team/draft");

        var marked = HtmlForm.on(draft.body(), "#draft-form").set("action", "skills-post")
                .set("skills_post", String.valueOf(team.skillsPostId())).submit(admin, port);
        Document page = Jsoup.parse(marked.body());
        assertThat(page.selectFirst("#findings [data-testid=findings-ok]")).isNotNull();
        // vacant, yet counted: the flag is the post's
        assertThat(counted(page.select("#findings ul.rules > li").get(5)))
                .containsExactly("উপজেলা যুব উন্নয়ন কর্মকর্তা, মঠবাড়ীয়া (নাম লেখা হয়নি)");
        assertThat(jdbc.sql("select skills_development from post where id = ?").param(team.skillsPostId()).query(Boolean.class).single()).isTrue();
        assertThat(page(admin, "/offices/" + mathbaria + "/compliance").selectFirst("[data-testid=own-verdict]").text())
                .isEqualTo("সব শর্ত পূরণ");
        // the people page shows the post's flag, and its form keeps it
        assertThat(page(admin, "/offices/" + mathbaria + "/people").select("[data-testid=post-skills-tag]")).hasSize(1);
        assertThat(page(admin, "/offices/" + mathbaria + "/people/posts/" + team.skillsPostId() + "/edit")
                .selectFirst("[data-testid=post-skills]").hasAttr("checked")).isTrue();

        // an officer who holds no post is offered a posting (যোগদান), not a transfer (বদলি); one who holds a post, a transfer
        long newcomer = new TeamFixtures(jdbc, offices, updater).officer(mathbaria, "নতুন কর্মকর্তা", false);
        Element posting = page(admin, "/offices/" + mathbaria + "/people/officers/" + newcomer).selectFirst("[data-testid=transfer-section]");
        assertThat(posting.selectFirst("h2").text()).isEqualTo("পদে যোগদান");
        assertThat(posting.text()).contains("এটি বদলি নয়, পদায়ন").doesNotContain("বদলির তারিখ");
        long holder = jdbc.sql("select officer_id from holding where post_id = ?").param(team.postIds().get(1)).query(Long.class).single();
        Element transfer = page(admin, "/offices/" + mathbaria + "/people/officers/" + holder).selectFirst("[data-testid=transfer-section]");
        assertThat(transfer.selectFirst("h2").text()).isEqualTo("বদলি");
    }

    /** The texts of the unmet rules, without the mark. */
    private static List<String> unmet(Element panel) {
        return panel.select("[data-testid=finding-unmet]").stream().map(e -> e.text().replaceFirst("^✗\\s*", "")).toList();
    }

    private static List<String> counted(Element rule) {
        return rule.select("[data-testid=counted-member]").eachText();
    }

    /** One column of the members table. */
    private static List<String> memberCells(Document page, int column) {
        return page.select("[data-testid=team-members] tbody tr").stream().map(tr -> tr.select("td").get(column).text()).toList();
    }

    private long officers(long officeId) {
        return jdbc.sql("select count(*) from officer where office_id = ?").param(officeId).query(Long.class).single();
    }

    private static Document page(Browsing user, String path) {
        var page = user.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }
}
