package bd.udbhabon.team;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Wing;
import bd.udbhabon.team.internal.ComplianceUpdater;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, point 1: "ন্যূনতম ১ জন করে কর্মকর্তা আইসিটি ও পরিকল্পনা অনুবিভাগ/অধিশাখা/শাখা হতে" is one
 * officer from ICT and one from planning. A ministry team with a planning officer and no ICT
 * officer is not compliant, and says so; once a member's post is put in the ICT wing through the
 * people API, the compliance view judges it again and finds every rule met.
 */
@IntegrationTest
class WingRequirementTests {

    static final String LACKS_ICT = "ন্যূনতম ১ জন আইসিটি অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা নেই";
    static final String HAS_PLANNING = "ন্যূনতম ১ জন পরিকল্পনা অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা: আছে ১ জন";
    static final String HAS_ICT = "ন্যূনতম ১ জন আইসিটি অনুবিভাগ/অধিশাখা/শাখা থেকে মনোনীত কর্মকর্তা: আছে ১ জন";

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
    @Autowired
    Policies policies;

    @Test
    void the2025NotificationAsksMinistriesAndDirectoratesForAnIctAndAPlanningOfficer() {
        Notification n2025 = policies.find(2).orElseThrow();
        for (OfficeLevel level : List.of(OfficeLevel.MINISTRY, OfficeLevel.DIRECTORATE)) {
            assertThat(n2025.rules(level).orElseThrow().requirements()).as(level.name())
                    .extracting(Requirement::wings, Requirement::minCount)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(Set.of(Wing.ICT), 1),
                            org.assertj.core.groups.Tuple.tuple(Set.of(Wing.PLANNING), 1),
                            org.assertj.core.groups.Tuple.tuple(null, 1));
        }
        assertThat(n2025.rules(OfficeLevel.DIRECTORATE).orElseThrow().requirements())
                .extracting(Requirement::descriptionBn)
                .containsExactly("আইসিটি সেল থেকে মনোনীত কর্মকর্তা", "পরিকল্পনা সেল থেকে মনোনীত কর্মকর্তা",
                        "দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা");
    }

    @Test
    void aMinistryTeamWithOnlyAPlanningOfficerLacksTheIctOfficerUntilOneIsThere() {
        // No parent: this ministry stays out of the Cabinet Division's counts that other tests compare.
        long ministry = jdbc.sql("""
                        insert into office (level, name_bn, name_en) values ('MINISTRY', 'ভূমি মন্ত্রণালয় (পরীক্ষা)', 'Ministry of Land (test)')
                        returning id""").query(Long.class).single();
        var fixtures = new TeamFixtures(jdbc, offices, updater);
        long head = fixtures.held(fixtures.post(ministry, "যুগ্মসচিব (প্রশাসন)", "JOINT_SECRETARY", false, null), ministry, false);
        long planning = fixtures.held(fixtures.post(ministry, "উপসচিব (পরিকল্পনা-১)", "DEPUTY_SECRETARY", false, null), ministry, false);
        long budget = fixtures.held(fixtures.post(ministry, "উপসচিব (বাজেট)", "DEPUTY_SECRETARY", false, null), ministry, true);
        long law = fixtures.held(fixtures.post(ministry, "সিনিয়র সহকারী সচিব (আইন)", "SENIOR_ASSISTANT_SECRETARY", false, null), ministry, false);
        jdbc.sql("update post set wing = 'PLANNING' where id = ?").param(planning).update();
        fixtures.issue(ministry, ministry, TeamFixtures.SINCE, 2, List.of(new PlannedMember(head, TeamRole.HEAD),
                new PlannedMember(planning, TeamRole.MEMBER), new PlannedMember(budget, TeamRole.MEMBER),
                new PlannedMember(law, TeamRole.MEMBER_SECRETARY)), false);

        accounts.create("land-admin", Role.OFFICE_ADMIN, ministry);
        Browsing admin = new Browsing(port);
        admin.signIn("land-admin", TestAccounts.PASSWORD);
        Document page = page(admin, "/offices/" + ministry + "/compliance");
        assertThat(page.selectFirst("[data-testid=own-verdict]").text()).isEqualTo("সব শর্ত পূরণ হয়নি");
        assertThat(page.select("[data-testid=own-lacking] li")).extracting(Element::text).containsExactly(LACKS_ICT);
        assertThat(page.select("[data-testid=own-met] li")).extracting(Element::text).contains(HAS_PLANNING);
        Document english = page(admin, "/offices/" + ministry + "/compliance?lang=en");
        assertThat(english.select("[data-testid=own-lacking] li")).extracting(Element::text)
                .containsExactly("at least 1 officer nominated from the ICT wing, branch or section: none");
        page(admin, "/offices/" + ministry + "/compliance?lang=bn"); // the language is remembered: back to Bangla

        // The people API takes the wing by its Bangla name; the change re-judges the team at once.
        admin.get("/offices/" + ministry + "/people");
        var put = admin.json("PUT", "/api/v1/offices/" + ministry + "/posts/" + law, """
                {"titleBn":"সিনিয়র সহকারী সচিব (আইন)","grade":"SENIOR_ASSISTANT_SECRETARY","wing":"আইসিটি"}""");
        assertThat(put.status()).as(put.body()).isEqualTo(200);
        assertThat(put.body()).contains("\"wing\":\"ICT\"");
        var bad = admin.json("PUT", "/api/v1/offices/" + ministry + "/posts/" + law, """
                {"titleBn":"সিনিয়র সহকারী সচিব (আইন)","grade":"SENIOR_ASSISTANT_SECRETARY","wing":"হিসাব"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("শাখা আইসিটি, পরিকল্পনা বা অন্যান্য হবে");

        page = page(admin, "/offices/" + ministry + "/compliance");
        assertThat(page.selectFirst("[data-testid=own-verdict]").text()).isEqualTo("সব শর্ত পূরণ");
        assertThat(page.select("[data-testid=own-lacking] li")).isEmpty();
        assertThat(page.select("[data-testid=own-met] li")).extracting(Element::text).contains(HAS_ICT, HAS_PLANNING);
        assertThat(page(admin, "/offices/" + ministry + "/people").select("[data-testid=wing]")).extracting(Element::text)
                .containsExactlyInAnyOrder("আইসিটি শাখা", "পরিকল্পনা শাখা");
    }

    private static Document page(Browsing user, String path) {
        var page = user.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }
}
