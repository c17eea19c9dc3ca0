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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 18, point 2: the cadence is the one in force, not the one the team was formed under.
 * Ulipur's team was formed on 1 September 2025 under the 2023 notification (monthly); from 6
 * November 2025 the 2025 notification asks for quarterly meetings, and for the team to be
 * re-formed under it. Chilmari's team, formed under 2025, is not flagged.
 */
@IntegrationTest
class CadenceInForceTests {

    static final String REFORM = "০৬.১১.২০২৫ তারিখের প্রজ্ঞাপন অনুযায়ী টিম পুনর্গঠন প্রয়োজন";
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

    @Test
    void aTeamFormedUnder2023IsScheduledQuarterlyAfterThe2025NotificationAndFlaggedForReformation() {
        long kurigram = accounts.office(OfficeLevel.DISTRICT, "Kurigram");
        long ulipur = accounts.upazila(kurigram, "Ulipur");
        long chilmari = accounts.upazila(kurigram, "Chilmari");
        var fixtures = new TeamFixtures(jdbc, offices, compliance);
        fixtures.upazilaTeam(ulipur, true, 1, LocalDate.of(2025, 9, 1));
        fixtures.upazilaTeam(chilmari, true);
        accounts.create("ulipur-ms", Role.MEMBER_SECRETARY, ulipur);
        accounts.create("kurigram-reviewer", Role.REVIEWER, kurigram);
        Browsing ms = signedIn("ulipur-ms");

        var response = ms.get("/api/v1/offices/" + ulipur + "/meetings/schedule?asOf=2026-02-15");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode schedule = JSON.readTree(response.body());
        assertThat(schedule.get("cadence").asString()).isEqualTo("QUARTERLY");
        assertThat(schedule.get("formedOn").asString()).isEqualTo("2025-09-01");
        assertThat(periods(schedule)).containsExactly(
                "2026-01-01..2026-03-31 QUARTERLY DUE",
                "2025-12-01..2025-12-31 QUARTERLY OVERDUE",
                "2025-11-01..2025-11-30 MONTHLY OVERDUE",
                "2025-10-01..2025-10-31 MONTHLY OVERDUE",
                "2025-09-01..2025-09-30 MONTHLY OVERDUE");
        assertThat(schedule.get("reformUnder").asString()).isEqualTo("০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০");
        var before = JSON.readTree(ms.get("/api/v1/offices/" + ulipur + "/meetings/schedule?asOf=2025-11-05").body());
        assertThat(before.get("cadence").asString()).as("the day before the 2025 notification").isEqualTo("MONTHLY");
        assertThat(none(before, "reformUnder")).isTrue();

        // Today (after 2025), the pages say so.
        Document meetings = page(ms, "/offices/" + ulipur + "/meetings");
        assertThat(meetings.selectFirst("[data-testid=reform]").text()).startsWith(REFORM);
        assertThat(meetings.selectFirst("[data-testid=period-2025-09-01] [data-testid=cadence]").text()).isEqualTo("মাসিক");
        assertThat(meetings.selectFirst("[data-testid=period-2026-01-01] [data-testid=cadence]").text()).isEqualTo("ত্রৈমাসিক");
        Document team = page(ms, "/offices/" + ulipur + "/team");
        assertThat(team.selectFirst("[data-testid=reform]").text()).startsWith(REFORM);
        assertThat(page(ms, "/offices/" + ulipur + "/team?lang=en").selectFirst("[data-testid=reform]").text())
                .startsWith("The team must be re-formed under the notification of 06.11.2025");
        assertThat(page(ms, "/offices/" + ulipur + "/compliance?lang=bn").selectFirst("[data-testid=own-reform]").text()).startsWith(REFORM);

        Browsing district = signedIn("kurigram-reviewer");
        Document view = page(district, "/offices/" + kurigram + "/compliance");
        assertThat(view.selectFirst("[data-testid=row-" + ulipur + "] [data-testid=reform]").text()).startsWith(REFORM);
        assertThat(view.select("[data-testid=row-" + chilmari + "] [data-testid=reform]")).as("formed under 2025").isEmpty();
        assertThat(page(district, "/offices/" + chilmari + "/team").select("[data-testid=reform]")).isEmpty();
        var chilmariSchedule = JSON.readTree(district.get("/api/v1/offices/" + chilmari + "/meetings/schedule?asOf=2026-02-15").body());
        assertThat(none(chilmariSchedule, "reformUnder")).isTrue();
    }

    /** Absent or null: the API leaves nulls out. */
    private static boolean none(JsonNode node, String field) {
        return node.path(field).isMissingNode() || node.path(field).isNull();
    }

    private static List<String> periods(JsonNode schedule) {
        List<String> periods = new ArrayList<>();
        schedule.get("periods").forEach(p -> periods.add(p.get("from").asString() + ".." + p.get("to").asString() + " "
                + p.get("cadence").asString() + " " + p.get("state").asString()));
        return periods;
    }

    private static Document page(Browsing user, String path) {
        var page = user.get(path);
        assertThat(page.status()).as(path).isEqualTo(200);
        return Jsoup.parse(page.body());
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
