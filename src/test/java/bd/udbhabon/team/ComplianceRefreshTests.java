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
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The compliance view follows the people: an upazila's team lacks only an officer able to develop
 * skills (that member's post is vacant), and the office administrator's changes through the people
 * API (join, edit, vacate, transfer) turn its standing back and forth without anything else done.
 */
@IntegrationTest
class ComplianceRefreshTests {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Dhaka"));

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
    void holderChangesThroughThePeopleApiRefreshTheUpazilasStanding() {
        long narail = accounts.office(OfficeLevel.DISTRICT, "Narail");
        long lohagara = accounts.upazila(narail, "Lohagara");
        var fixtures = new TeamFixtures(jdbc, offices, updater);
        TeamFixtures.UpazilaTeam team = fixtures.upazilaTeam(lohagara, false);
        accounts.create("lohagara-admin", Role.OFFICE_ADMIN, lohagara);
        accounts.create("narail-reviewer", Role.REVIEWER, narail);
        var admin = new Browsing(port);
        admin.signIn("lohagara-admin", TestAccounts.PASSWORD);
        admin.get("/account"); // the session's CSRF token
        var district = new Browsing(port);
        district.signIn("narail-reviewer", TestAccounts.PASSWORD);
        String api = "/api/v1/offices/" + lohagara;

        assertThat(standing(district, narail, lohagara)).isEqualTo("সব শর্ত পূরণ হয়নি");

        var created = admin.json("POST", api + "/officers",
                "{\"nameBn\":\"ফারহানা ইয়াসমিন\",\"nameEn\":\"Farhana Yasmin\",\"skillsDevelopment\":true}");
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long farhana = JSON.readTree(created.body()).get("id").asLong();
        var joined = admin.json("POST", api + "/posts/" + team.skillsPostId() + "/holder",
                "{\"officerId\":%d,\"from\":\"%s\"}".formatted(farhana, TODAY.minusDays(3)));
        assertThat(joined.status()).as(joined.body()).isEqualTo(200);
        assertThat(standing(district, narail, lohagara)).isEqualTo("সব শর্ত পূরণ");
        assertThat(lacking(district, narail, lohagara)).isEmpty();

        var edited = admin.json("PUT", api + "/officers/" + farhana,
                "{\"nameBn\":\"ফারহানা ইয়াসমিন\",\"nameEn\":\"Farhana Yasmin\",\"skillsDevelopment\":false}");
        assertThat(edited.status()).as(edited.body()).isEqualTo(200);
        assertThat(standing(district, narail, lohagara)).isEqualTo("সব শর্ত পূরণ হয়নি");
        assertThat(lacking(district, narail, lohagara)).isEqualTo(ComplianceViewTests.LACKS_SKILLS);

        var vacated = admin.json("POST", api + "/posts/" + team.skillsPostId() + "/vacate", "{\"on\":\"%s\"}".formatted(TODAY));
        assertThat(vacated.status()).as(vacated.body()).isEqualTo(200);
        admin.json("PUT", api + "/officers/" + farhana,
                "{\"nameBn\":\"ফারহানা ইয়াসমিন\",\"nameEn\":\"Farhana Yasmin\",\"skillsDevelopment\":true}");
        assertThat(standing(district, narail, lohagara)).as("she no longer holds the member's post").isEqualTo("সব শর্ত পূরণ হয়নি");

        // An officer able to develop skills, on a post outside the team, is transferred to the member's post today.
        long other = fixtures.post(lohagara, "উপজেলা সমাজসেবা অফিসার, লোহাগড়া", "OFFICER", true, null);
        var rafiq = admin.json("POST", api + "/officers", "{\"nameBn\":\"রফিকুল ইসলাম\",\"skillsDevelopment\":true}");
        long rafiqId = JSON.readTree(rafiq.body()).get("id").asLong();
        assertThat(admin.json("POST", api + "/posts/" + other + "/holder",
                "{\"officerId\":%d,\"from\":\"%s\"}".formatted(rafiqId, TODAY.minusDays(30))).status()).isEqualTo(200);
        assertThat(standing(district, narail, lohagara)).isEqualTo("সব শর্ত পূরণ হয়নি");
        var transferred = admin.json("POST", api + "/officers/" + rafiqId + "/transfer",
                "{\"postId\":%d,\"on\":\"%s\"}".formatted(team.skillsPostId(), TODAY));
        assertThat(transferred.status()).as(transferred.body()).isEqualTo(200);
        assertThat(standing(district, narail, lohagara)).isEqualTo("সব শর্ত পূরণ");
    }

    @Test
    void aRefusedChangeLeavesTheStandingAsItWas() {
        long narail = accounts.office(OfficeLevel.DISTRICT, "Narail");
        long kalia = accounts.upazila(narail, "Kalia");
        var fixtures = new TeamFixtures(jdbc, offices, updater);
        TeamFixtures.UpazilaTeam team = fixtures.upazilaTeam(kalia, true);
        accounts.create("kalia-admin", Role.OFFICE_ADMIN, kalia);
        var admin = new Browsing(port);
        admin.signIn("kalia-admin", TestAccounts.PASSWORD);
        admin.get("/account");
        // vacating before the holder joined is refused: nothing changes, nothing is refreshed to a wrong state
        var refused = admin.json("POST", "/api/v1/offices/" + kalia + "/posts/" + team.skillsPostId() + "/vacate",
                "{\"on\":\"%s\"}".formatted(TeamFixtures.SINCE.minusDays(1)));
        assertThat(refused.status()).isEqualTo(400);
        assertThat(standing(admin, kalia, kalia)).isEqualTo("সব শর্ত পূরণ");
    }

    @Test
    void aTeamFormedUnderThe2023NotificationIsJudgedUnderThe2025One() {
        long narail = accounts.office(OfficeLevel.DISTRICT, "Narail");
        long sadar = accounts.upazila(narail, "Narail Sadar");
        // held from 1 December 2025, formed on 1 January 2024: judged with today's holders
        new TeamFixtures(jdbc, offices, updater).upazilaTeam(sadar, true, 1, LocalDate.of(2024, 1, 1));
        accounts.create("narail-sadar-reviewer", Role.REVIEWER, sadar);
        var reader = new Browsing(port);
        reader.signIn("narail-sadar-reviewer", TestAccounts.PASSWORD);
        Document page = page(reader, "/offices/" + sadar + "/compliance");
        assertThat(page.selectFirst("[data-testid=own-verdict]").text()).isEqualTo("সব শর্ত পূরণ");
        assertThat(page.selectFirst("[data-testid=own]").text()).contains(
                "যে প্রজ্ঞাপন অনুযায়ী গঠিত ইনোভেশন টিম গঠন ও কার্যপরিধি সংক্রান্ত প্রজ্ঞাপন (১৬.১১.২০২৩)",
                "যে প্রজ্ঞাপন অনুযায়ী যাচাই " + ComplianceViewTests.NOTIFICATION_2025, "০১ জানুয়ারি ২০২৪");
    }

    @Test
    void aTableJudgedOnAnEarlierDayIsStaleAndRefreshingAllMakesItCurrent() {
        long narail = accounts.office(OfficeLevel.DISTRICT, "Narail");
        new TeamFixtures(jdbc, offices, updater).upazilaTeam(narail, true); // a district: judged under the district rules
        updater.refreshAll();
        assertThat(updater.stale()).isFalse();
        jdbc.sql("update team_compliance set evaluated_at = now() - interval '2 days', verdict = 'NO_TEAM' where office_id = ?")
                .param(narail).update();
        assertThat(updater.stale()).isTrue();
        assertThat(updater.refreshAll()).isGreaterThanOrEqualTo(1);
        assertThat(updater.stale()).isFalse();
        assertThat(jdbc.sql("select verdict from team_compliance where office_id = ?").param(narail).query(String.class).single())
                .isEqualTo("NOT_COMPLIANT");
    }

    /** The upazila's verdict as its own compliance page shows it, and as its district's list of upazilas shows it. */
    private static String standing(Browsing user, long district, long upazila) {
        Document own = page(user, "/offices/" + upazila + "/compliance");
        String verdict = own.selectFirst("[data-testid=own-verdict]").text();
        if (district != upazila) {
            Element row = page(user, "/offices/" + district + "/compliance").selectFirst("[data-testid=row-" + upazila + "]");
            assertThat(row.selectFirst("[data-testid=verdict]").text()).isEqualTo(verdict);
        }
        return verdict;
    }

    private static String lacking(Browsing user, long district, long upazila) {
        return page(user, "/offices/" + district + "/compliance").selectFirst("[data-testid=row-" + upazila + "] [data-testid=lacking]").text();
    }

    private static Document page(Browsing user, String path) {
        var page = user.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }
}
