package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.Map;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class SignInTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstAdministratorMustChooseANewPasswordBeforeAnythingElse() {
        var admin = new Browsing(port);
        var signedIn = admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(signedIn.location()).endsWith("/account/password");
        assertThat(admin.get("/offices/" + accounts.cabinetDivision() + "/users").location()).endsWith("/account/password");
        assertThat(admin.get("/api/v1/me").status()).isEqualTo(403);

        var form = admin.get("/account/password");
        assertThat(form.body()).contains("কাজ শুরুর আগে নিজের একটি নতুন পাসওয়ার্ড ঠিক করুন");
        var mismatch = admin.post("/account/password", Map.of("current", IntegrationTest.ADMIN_PASSWORD,
                "chosen", "a-new-long-password", "repeated", "another-password"));
        assertThat(mismatch.status()).isEqualTo(200);
        assertThat(mismatch.body()).contains("দুবার লেখা নতুন পাসওয়ার্ড মেলেনি");
        var tooShort = admin.post("/account/password", Map.of("current", IntegrationTest.ADMIN_PASSWORD,
                "chosen", "short", "repeated", "short"));
        assertThat(tooShort.body()).contains("অন্তত ১০ অক্ষরের");

        var changed = admin.post("/account/password", Map.of("current", IntegrationTest.ADMIN_PASSWORD,
                "chosen", "a-new-long-password", "repeated", "a-new-long-password"));
        assertThat(changed.location()).endsWith("/account?passwordChanged");
        assertThat(admin.get("/api/v1/me").body()).contains("\"username\":\"admin\"", "SYSTEM_ADMIN");

        var again = new Browsing(port);
        assertThat(again.signIn("admin", IntegrationTest.ADMIN_PASSWORD).location()).contains("/login?error=bad");
        assertThat(again.signIn("admin", "a-new-long-password").location()).endsWith("/");
    }

    @Test
    void signingInByEMailWorksAndAWrongPasswordKeepsWhatWasTyped() {
        long id = accounts.create("rahima", Role.TEAM_MEMBER, accounts.office(bd.udbhabon.office.OfficeLevel.DISTRICT, "Dinajpur"));
        jdbc.sql("update account set email = 'rahima@dinajpur.gov.bd' where id = :id").param("id", id).update();

        var visit = new Browsing(port);
        var failed = visit.signIn("Rahima@Dinajpur.gov.bd", "wrong");
        assertThat(failed.location()).contains("/login?error=bad");
        var page = visit.get("/login?error=bad");
        assertThat(page.body()).contains("ইউজার নেম বা পাসওয়ার্ড সঠিক নয়", "value=\"Rahima@Dinajpur.gov.bd\"");

        assertThat(visit.signIn("Rahima@Dinajpur.gov.bd", TestAccounts.PASSWORD).location()).endsWith("/");
        assertThat(visit.get("/api/v1/me").body()).contains("\"username\":\"rahima\"", "TEAM_MEMBER");
        visit.get("/"); // the page with the sign-out button, and its fresh CSRF token
        var signedOut = visit.post("/logout", Map.of());
        assertThat(signedOut.status()).isEqualTo(302);
        assertThat(visit.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void personalAccessTokensActAsTheirOwnerUntilRevoked() {
        accounts.create("api-user", Role.AUDITOR, accounts.office(bd.udbhabon.office.OfficeLevel.DIVISION, "Rajshahi"));
        var visit = new Browsing(port);
        visit.signIn("api-user", TestAccounts.PASSWORD);
        visit.get("/account");
        var issued = visit.post("/account/tokens", Map.of("name", "APA system", "current", TestAccounts.PASSWORD));
        var matcher = Pattern.compile("data-testid=\"new-token\">(udb_[A-Za-z0-9_-]+)<").matcher(issued.body());
        assertThat(matcher.find()).as(issued.body()).isTrue();
        String token = matcher.group(1);
        assertThat(jdbc.sql("select count(*) from access_token where token_hash like :t").param("t", "%" + token + "%")
                .query(Long.class).single()).as("only a hash is stored").isZero();

        var http = new Http(port);
        var me = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.body()).contains("\"username\":\"api-user\"", "AUDITOR");

        long tokenId = jdbc.sql("select id from access_token order by id desc limit 1").query(Long.class).single();
        visit.get("/account");
        assertThat(visit.post("/account/tokens/" + tokenId + "/revoke", Map.of()).location()).endsWith("/account");
        var revoked = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(revoked.status()).isEqualTo(401);
        assertThat(revoked.json().get("error").asString()).isEqualTo("unauthorized");
    }

    @Test
    void formsWithoutTheirCsrfTokenAreRefused() {
        accounts.create("no-csrf", Role.TEAM_MEMBER, accounts.office(bd.udbhabon.office.OfficeLevel.DISTRICT, "Pabna"));
        var visit = new Browsing(port);
        visit.signIn("no-csrf", TestAccounts.PASSWORD);
        var forged = visit.post("/account/tokens", Map.of("name", "forged", "_csrf", "not-the-token"));
        assertThat(forged.status()).isEqualTo(403);
        assertThat(forged.body()).contains("অনুমতি আপনার নেই").doesNotContain("Exception");
    }

    @Test
    void pagesCarryTheSecurityHeadersAndTheCookiesAreLockedDown() {
        accounts.create("cookie-user", Role.TEAM_MEMBER, accounts.office(bd.udbhabon.office.OfficeLevel.DISTRICT, "Rangpur"));
        var http = new Http(port);
        var response = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + "/login")).build());
        var headers = response.headers();
        assertThat(headers.firstValue("Content-Security-Policy").orElseThrow()).contains("default-src 'self'", "frame-ancestors 'none'");
        assertThat(headers.firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(headers.firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(headers.firstValue("Referrer-Policy")).hasValue("strict-origin-when-cross-origin");
        assertThat(headers.firstValue("Permissions-Policy").orElseThrow()).contains("camera=()");
        assertThat(headers.allValues("Set-Cookie")).as("no session for a visit to the sign-in page")
                .noneMatch(c -> c.startsWith("UDBHABON_SESSION="));
        String csrf = headers.allValues("Set-Cookie").stream().filter(c -> c.startsWith("UDBHABON_CSRF=")).findFirst().orElseThrow();
        assertThat(csrf).contains("HttpOnly", "Secure", "SameSite=Lax");

        var token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(response.body());
        assertThat(token.find()).isTrue();
        var signedIn = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + "/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Cookie", csrf.split(";", 2)[0])
                .POST(HttpRequest.BodyPublishers.ofString("username=cookie-user&password=" + TestAccounts.PASSWORD
                        + "&_csrf=" + java.net.URLEncoder.encode(token.group(1), java.nio.charset.StandardCharsets.UTF_8))).build());
        assertThat(signedIn.headers().firstValue("Location").orElseThrow()).endsWith("/");
        String session = signedIn.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith("UDBHABON_SESSION=")).findFirst().orElseThrow();
        assertThat(session).contains("HttpOnly", "Secure", "SameSite=Lax");
    }
}
