package bd.udbhabon.supervision;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.supervision.internal.SupervisionReadSide;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The dashboard of an office over its subtree (drill-down, charts with their tables, CSV/XLSX, print view, bad input)
 * and the public open data (JSON and CSV, cacheable, nothing personal), linked from the corner and the office page.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.own-database=issue16")
class SupervisionPagesTests {

    private static final LocalDate TAKEN = LocalDate.of(2024, 8, 20);

    @LocalServerPort
    int port;
    @Autowired
    SupervisionReadSide readSide;
    @Autowired
    DecisionRegister register;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long division;
    long district;
    long upazila;
    String reader;

    @BeforeEach
    void aDivisionWithADistrictThatDecided() {
        division = fixtures.office(OfficeLevel.DIVISION, null, null);
        district = fixtures.office(OfficeLevel.DISTRICT, division, null);
        upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        reader = "sup-reader-" + division;
        accounts.create(reader, Role.TEAM_MEMBER, division);
        String secretary = "sup-secretary-" + district;
        accounts.create(secretary, Role.MEMBER_SECRETARY, district);
        List<Long> taken = new java.util.ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int item = i;
            taken.add(accounts.as(secretary, () -> register.record(district, new NewDecision(null, item, "জেলা ইনোভেশন টিমের সভা",
                    TAKEN, "বিষয় " + item, "সিদ্ধান্ত " + item + ": সেবা সহজিকরণ করা হবে।", TAKEN.plusMonths(1),
                    List.of(Owner.office(district, "জেলা প্রশাসক"))))));
        }
        accounts.as(secretary, () -> {
            register.changeStatus(taken.get(0), district, DecisionStatus.IMPLEMENTED, TAKEN.plusDays(10), null);
            return null;
        });
    }

    @Test
    void theDivisionSeesItsDistrictAndDrillsDownToTheUpazila() {
        Browsing user = signedIn(reader);
        String page = user.get("/offices/" + division + "/supervision?year=2024-25&quarter=1&measure=decision.implemented").body();
        assertThat(page).contains("তদারকি ড্যাশবোর্ড", "data-testid=\"row-" + district + "\"", "href=\"/offices/" + district + "/supervision?",
                "১/৪ (২৫%)", "<svg class=\"bar-chart\"", "<caption>");
        // the quarter's row of the district: 4 taken, 1 of 4 implemented, 3 overdue
        String row = page.substring(page.indexOf("data-testid=\"row-" + district + "\""));
        row = row.substring(0, row.indexOf("</tr>"));
        assertThat(row).contains("data-testid=\"decision.taken\">৪<", "data-testid=\"decision.implemented\">১/৪ (২৫%)<",
                "data-testid=\"decision.overdue\">৩<");
        String districtPage = user.get("/offices/" + district + "/supervision?year=2024-25&quarter=1").body();
        assertThat(districtPage).contains("data-testid=\"row-" + upazila + "\"");
        assertThat(user.get("/offices/" + upazila + "/supervision?year=2024-25&quarter=1").body()).contains("data-testid=\"no-below\"");
        assertThat(user.get("/offices/" + division + "/supervision?year=2024-25&quarter=1&print=true").body())
                .contains("supervision-print").doesNotContain("data-testid=\"supervision-csv\"");
        assertThat(user.get("/offices/" + division).body()).contains("/offices/" + division + "/supervision");

        var csv = user.bytes("/offices/" + division + "/supervision.csv?year=2024-25&quarter=1");
        assertThat(csv.status()).isEqualTo(200);
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("গৃহীত সিদ্ধান্ত").contains(",4,25.0,3");
        var xlsx = user.bytes("/offices/" + division + "/supervision.xlsx?year=2024-25&quarter=1");
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.body()).startsWith(new byte[]{'P', 'K'});

        var bad = user.get("/offices/" + division + "/supervision?year=2024-25&quarter=৫");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.body()).contains("ত্রৈমাসিক ১ থেকে ৪ এর মধ্যে হবে");
        // an office outside the reader's subtree
        assertThat(user.get("/offices/" + fixtures.office(OfficeLevel.DIVISION, null, null) + "/supervision").status()).isEqualTo(403);
    }

    @Test
    void openDataIsPublicCacheableAndNamesNoOne() throws Exception {
        Http http = new Http(port);
        var json = http.get("/api/v1/open-data/figures?year=2024-25");
        assertThat(json.status()).isEqualTo(200);
        var offices = json.json().get("offices");
        var ours = java.util.stream.StreamSupport.stream(offices.spliterator(), false)
                .filter(o -> o.get("id").asLong() == district).findFirst().orElseThrow();
        assertThat(ours.get("adminParentId").asLong()).isEqualTo(division);
        assertThat(ours.get("figures").toString()).contains("{\"quarter\":1,\"measure\":\"decision.implemented\",\"value\":1,\"outOf\":4}");
        assertThat(json.body()).doesNotContain("sup-secretary", "পরীক্ষক", "সেবা সহজিকরণ করা হবে");

        var raw = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/open-data/figures.csv?year=2024-25")).GET().build());
        assertThat(raw.statusCode()).isEqualTo(200);
        assertThat(raw.headers().firstValue("Cache-Control").orElse("")).contains("public", "max-age=3600");
        String etag = raw.headers().firstValue("ETag").orElseThrow();
        assertThat(raw.body()).contains("2024-25," + district + ",").contains(",1,decision.implemented,Decisions implemented,1,4");
        var again = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/open-data/figures.csv?year=2024-25"))
                .header("If-None-Match", etag).GET().build());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(http.get("/api/v1/open-data/figures?year=twenty").status()).isEqualTo(400);

        assertThat(http.get("/corner/" + district).body()).contains("/api/v1/open-data/figures.csv?year=" + bd.udbhabon.bangla.FiscalYear.of(Dhaka.today()).shortLabelLatin());
        assertThat(http.get("/v3/api-docs").body()).contains("/api/v1/open-data/figures", "Open data");
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
