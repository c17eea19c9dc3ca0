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

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18, point 5: a member from another office in the registry is that office's post (seed
 * 001's polytechnic principal), chosen in the draft by searching the office and the title; the
 * issued order prints the office beside the title, and the polytechnic sees on its own team page
 * that its principal sits on the district's team. Access stays as it was: the polytechnic does not
 * read or draft the district's team.
 */
@IntegrationTest
class OtherOfficeMemberTests {

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
    Teams teams;

    @Test
    void aDistrictTeamNamesThePolytechnicsPrincipalAndThePolytechnicSeesIt() {
        long sirajganj = accounts.office(OfficeLevel.DISTRICT, "Sirajganj");
        String districtName = offices.find(sirajganj).orElseThrow().nameBn();
        long polytechnic = jdbc.sql("""
                        insert into office (level, name_bn, name_en, admin_parent_id)
                        values ('OTHER', 'সিরাজগঞ্জ পলিটেকনিক ইনস্টিটিউট', 'Sirajganj Polytechnic Institute', ?) returning id""")
                .param(sirajganj).query(Long.class).single();
        var fixtures = new TeamFixtures(jdbc, offices, updater);
        long principal = fixtures.held(fixtures.post(polytechnic, "অধ্যক্ষ", "PRINCIPAL", false, null), polytechnic, false);
        fixtures.post(polytechnic, "বিভাগীয় প্রধান (কম্পিউটার)", "TEACHER", false, null);

        accounts.create("sirajganj-admin", Role.OFFICE_ADMIN, sirajganj);
        accounts.create("polytechnic-admin", Role.OFFICE_ADMIN, polytechnic);
        TeamDesk desk = new TeamDesk(port, "sirajganj-admin");
        long adc = desk.post(sirajganj, "অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), সিরাজগঞ্জ", "ADDITIONAL_DEPUTY_COMMISSIONER", "wing", "ICT");
        long ac = desk.post(sirajganj, "সহকারী কমিশনার, আইসিটি শাখা", "ASSISTANT_COMMISSIONER", "wing", "ICT");
        List<TeamDesk.Row> rows = List.of(new TeamDesk.Row(adc, "HEAD", ""), TeamDesk.Row.of(ac, "MEMBER"));

        // The draft finds the post by the office's name and part of the title; the rows then offer it.
        desk.user.get("/offices/" + sirajganj + "/team/draft");
        Map<String, String> find = new java.util.LinkedHashMap<>(TeamDesk.draftFields("FORMATION", "2025-12-01", "প্রজ্ঞাপন মোতাবেক",
                rows, "find"));
        find.put("other_office", "পলিটেকনিক");
        find.put("other_post", "অধ্য");
        Document found = Jsoup.parse(desk.user.post("/offices/" + sirajganj + "/team/draft", find).body());
        assertThat(found.selectFirst("[data-testid=found]").text()).isEqualTo("পাওয়া গেছে ১টি পদ; সদস্যের সারিতে বেছে নিন।");
        assertThat(found.select("[data-testid=post-2] optgroup option")).extracting(Element::text)
                .containsExactly("অধ্যক্ষ, সিরাজগঞ্জ পলিটেকনিক ইনস্টিটিউট");
        assertThat(found.selectFirst("[data-testid=post-0] option[selected]").attr("value")).as("the rows as typed")
                .isEqualTo(String.valueOf(adc));
        assertThat(found.selectFirst("#other_office").attr("value")).isEqualTo("পলিটেকনিক");

        var saved = desk.saveDraft(sirajganj, "FORMATION", "2025-12-01", "প্রজ্ঞাপন মোতাবেক",
                List.of(rows.get(0), rows.get(1), TeamDesk.Row.of(principal, "MEMBER")));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        Document draft = Jsoup.parse(desk.user.get("/offices/" + sirajganj + "/team/draft").body());
        assertThat(draft.selectFirst("[data-testid=post-2] option[selected]").text())
                .isEqualTo("অধ্যক্ষ, সিরাজগঞ্জ পলিটেকনিক ইনস্টিটিউট");

        Document issuePage = Jsoup.parse(desk.user.get("/offices/" + sirajganj + "/team/issue").body());
        assertThat(issuePage.select("[data-testid=issue-members] tbody tr")).extracting(Element::text)
                .anySatisfy(row -> assertThat(row).startsWith("৩ অধ্যক্ষ, সিরাজগঞ্জ পলিটেকনিক ইনস্টিটিউট"));
        long file = desk.openFile(sirajganj, "০৫.৫৫.৮৮০০.০২৫.১৩.০০২.২৫", "ইনোভেশন টিম গঠন", 1);
        long order = TeamDesk.issuedOrder(desk.issue(sirajganj, TeamDesk.issueFields(file, "2025-12-01", "আইসিটি শাখা",
                "জেলা প্রশাসক", "জেলা প্রশাসক", "", "", List.of("মন্ত্রিপরিষদ সচিব, মন্ত্রিপরিষদ বিভাগ।"),
                "অবশিষ্ট সদস্য শীঘ্রই মনোনীত হবেন")));
        String pdf = bd.udbhabon.document.Tools.pdfText(desk.download("/offices/" + sirajganj + "/team/orders/" + order + ".pdf"));
        assertThat(pdf).contains("অধ্যক্ষ, সিরাজগঞ্জ পলিটেকনিক ইনস্টিটিউট");

        Document team = Jsoup.parse(desk.user.get("/offices/" + sirajganj + "/team").body());
        assertThat(team.selectFirst("[data-testid=member-office]").text()).isEqualTo("সিরাজগঞ্জ পলিটেকনিক ইনস্টিটিউট");

        // The polytechnic's own team page names the membership; the district's pages stay closed to it.
        Browsing poly = new Browsing(port);
        poly.signIn("polytechnic-admin", TestAccounts.PASSWORD);
        var own = poly.get("/offices/" + polytechnic + "/team");
        assertThat(own.status()).isEqualTo(200);
        assertThat(Jsoup.parse(own.body()).selectFirst("[data-testid=membership-" + principal + "]").text())
                .startsWith("অধ্যক্ষ: " + districtName + "-এর ইনোভেশন টিমের সদস্য (সদস্য)");
        assertThat(teams.membershipsOf(polytechnic, java.time.LocalDate.of(2025, 11, 30))).as("before it took effect").isEmpty();
        assertThat(poly.get("/offices/" + sirajganj + "/team").status()).isEqualTo(403);
        poly.get("/offices/" + polytechnic + "/team");
        assertThat(poly.post("/offices/" + sirajganj + "/team/draft", find).status()).isEqualTo(403);

        // An office not in the registry stays as before: a post on the district's own list.
        assertThat(Jsoup.parse(desk.user.get("/offices/" + sirajganj + "/team").body()).select("[data-testid=memberships]")).isEmpty();
    }
}
