package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal access tokens are for the API only; issuing one takes a signed-in session and the
 * password again; a Bearer header never switches off CSRF for a session nor falls back to it.
 */
@IntegrationTest
class AccessTokenRulesTests {

    private static final Pattern NEW_TOKEN = Pattern.compile("data-testid=\"new-token\">(udb_[A-Za-z0-9_-]+)<");

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void issuingATokenNeedsThePasswordTypedAgain() {
        long id = accounts.create("token-password", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Natore"));
        var visit = new Browsing(port);
        visit.signIn("token-password", TestAccounts.PASSWORD);
        visit.get("/account");

        var wrong = visit.post("/account/tokens", Map.of("name", "হিসাব সিস্টেম", "current", "not-my-password"));
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("পাসওয়ার্ড সঠিক নয়। টোকেন নিতে আপনার বর্তমান পাসওয়ার্ড আবার লিখুন।",
                "value=\"হিসাব সিস্টেম\"").doesNotContain("data-testid=\"new-token\"");
        var missing = visit.post("/account/tokens?lang=en", Map.of("name", "accounts system"));
        assertThat(missing.body()).contains("The password is not correct. Enter your current password again to get a token.",
                "value=\"accounts system\"").doesNotContain("data-testid=\"new-token\"");
        assertThat(tokensOf(id)).isZero();

        var right = visit.post("/account/tokens", Map.of("name", "হিসাব সিস্টেম", "current", TestAccounts.PASSWORD));
        assertThat(NEW_TOKEN.matcher(right.body()).find()).as(right.body()).isTrue();
        assertThat(tokensOf(id)).isOne();
    }

    @Test
    void aTokenActsOnlyOnTheApiAndCannotIssueTokens() {
        long id = accounts.create("token-pages", Role.OFFICE_ADMIN, accounts.office(OfficeLevel.DISTRICT, "Sirajganj"));
        long office = accounts.office(OfficeLevel.DISTRICT, "Sirajganj");
        String token = issue("token-pages");
        var http = new Http(port);

        assertThat(http.send(bearer(http, "/api/v1/me", token).build()).status()).isEqualTo(200);
        // the pages do not know the token: the caller is anonymous there and is sent to sign in
        for (String page : new String[] {"/account", "/offices/" + office + "/users", "/offices/" + office + "/team"}) {
            var response = http.sendRaw(bearer(http, page, token).build());
            assertThat(response.statusCode()).as(page).isEqualTo(302);
            assertThat(response.headers().firstValue("Location").orElseThrow()).as(page).contains("/login");
        }
        // a token cannot mint a token, even with the password
        var minted = http.send(bearer(http, "/account/tokens", token)
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=forever&days=366&current=" + TestAccounts.PASSWORD)).build());
        assertThat(minted.status()).isEqualTo(403);
        assertThat(minted.body()).doesNotContain("udb_");
        assertThat(tokensOf(id)).isOne();
    }

    @Test
    void aBogusBearerHeaderDoesNotSwitchOffCsrfForTheSessionCookie() {
        long id = accounts.create("bogus-bearer", Role.OFFICE_ADMIN, accounts.office(OfficeLevel.DISTRICT, "Pabna"));
        var visit = new Browsing(port);
        visit.signIn("bogus-bearer", TestAccounts.PASSWORD);
        visit.get("/account");

        var forged = visit.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/account/tokens"))
                .header("Authorization", "Bearer udb_not-a-real-token")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("name=forged&current=" + TestAccounts.PASSWORD)));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).doesNotContain("data-testid=\"new-token\"");
        assertThat(tokensOf(id)).isZero();

        // under /api/ a Bearer header speaks for the call: a bad one is 401, never the session's user
        var me = visit.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer udb_not-a-real-token"));
        assertThat(me.status()).isEqualTo(401);
        assertThat(me.body()).contains("\"error\":\"unauthorized\"").doesNotContain("bogus-bearer");
        long pabna = accounts.office(OfficeLevel.DISTRICT, "Pabna");
        var created = visit.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/offices/" + pabna + "/children"))
                .header("Authorization", "Bearer not-even-ours")
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"level\":\"OTHER\",\"nameBn\":\"জাল দপ্তর\",\"nameEn\":\"Forged Office\"}")));
        assertThat(created.status()).isEqualTo(401);
        assertThat(jdbc.sql("select count(*) from office where name_en = 'Forged Office'").query(Long.class).single()).isZero();

        // and the session itself still works as before, with its CSRF token
        assertThat(visit.get("/api/v1/me").body()).contains("\"username\":\"bogus-bearer\"");
    }

    @Test
    void withAValidTokenTheSessionCookieIsIgnored() {
        accounts.create("cookie-holder", Role.OFFICE_ADMIN, accounts.office(OfficeLevel.DISTRICT, "Bogura"));
        accounts.create("token-holder", Role.AUDITOR, accounts.office(OfficeLevel.DISTRICT, "Joypurhat"));
        String token = issue("token-holder");
        var visit = new Browsing(port);
        visit.signIn("cookie-holder", TestAccounts.PASSWORD);
        var me = visit.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/me"))
                .header("Authorization", "Bearer " + token));
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"token-holder\"").doesNotContain("cookie-holder");
    }

    private String issue(String username) {
        var visit = new Browsing(port);
        visit.signIn(username, TestAccounts.PASSWORD);
        visit.get("/account");
        var issued = visit.post("/account/tokens", Map.of("name", "system", "current", TestAccounts.PASSWORD));
        var m = NEW_TOKEN.matcher(issued.body());
        assertThat(m.find()).as(issued.body()).isTrue();
        return m.group(1);
    }

    private static HttpRequest.Builder bearer(Http http, String path, String token) {
        return HttpRequest.newBuilder(URI.create(http.base() + path)).header("Authorization", "Bearer " + token);
    }

    private long tokensOf(long accountId) {
        return jdbc.sql("select count(*) from access_token where account_id = :a").param("a", accountId).query(Long.class).single();
    }
}
