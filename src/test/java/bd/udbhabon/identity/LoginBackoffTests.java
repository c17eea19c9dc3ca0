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
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Wrong passwords make the address they come from wait (per account), never lock the account: an
 * attacker cannot keep the owner out, and cannot tell a real account from an unknown name.
 * Addresses are set through X-Forwarded-For from the trusted proxy on this machine.
 */
@IntegrationTest
class LoginBackoffTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void anAttackersWrongPasswordsDoNotKeepTheOwnerOutFromAnotherAddressNorStopTheirTokens() throws Exception {
        long id = accounts.create("backoff-owner", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Bogura"));
        String token = "udb_" + "t".repeat(43);
        jdbc.sql("insert into access_token (account_id, name, token_hash, token_prefix) values (:a, 'apa', :h, 'udb_tttt')")
                .param("a", id).param("h", HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes())))
                .update();

        var attacker = new Browsing(port, "203.0.113.7");
        for (int attempt = 1; attempt <= 15; attempt++) {
            assertThat(attacker.signIn("backoff-owner", "guess-" + attempt).location()).as("attempt " + attempt).contains("error=bad");
        }
        var owner = new Browsing(port, "198.51.100.4");
        assertThat(owner.signIn("backoff-owner", TestAccounts.PASSWORD).location()).endsWith("/");
        assertThat(owner.get("/api/v1/me").body()).contains("\"username\":\"backoff-owner\"");

        var http = new Http(port);
        var me = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/me"))
                .header("Authorization", "Bearer " + token).build());
        assertThat(me.status()).as("a token is not switched off by others' wrong passwords").isEqualTo(200);
    }

    @Test
    void theAttackingAddressWaitsEvenWithTheRightPasswordUntilItsWaitIsOverAndEveryAttemptIsAudited() throws Exception {
        long id = accounts.create("backoff-waits", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Naogaon"));
        var visit = new Browsing(port, "203.0.113.8");
        for (int attempt = 1; attempt <= 10; attempt++) {
            assertThat(visit.signIn("backoff-waits", "wrong-" + attempt).location()).contains("error=bad");
        }
        // the tenth failure starts a wait of 3 s (udbhabon.security.lockout-duration=3s in tests)
        assertThat(visit.signIn("backoff-waits", TestAccounts.PASSWORD).location()).as("right password, but must wait")
                .contains("error=bad");
        assertThat(visit.get("/api/v1/me").status()).isEqualTo(401);

        Thread.sleep(3_500);
        assertThat(visit.signIn("backoff-waits", TestAccounts.PASSWORD).location()).endsWith("/");

        var actions = jdbc.sql("select action from audit_entry where record_type = 'account' and record_id = :id order by id")
                .param("id", Long.toString(id)).query(String.class).list();
        assertThat(actions).containsExactly(
                "login.failed", "login.failed", "login.failed", "login.failed", "login.failed", "login.failed",
                "login.failed", "login.failed", "login.failed", "login.failed", "login.refused.waiting",
                "login.succeeded");
        assertThat(jdbc.sql("select distinct client_address from audit_entry where record_type = 'account' and record_id = :id")
                .param("id", Long.toString(id)).query(String.class).list()).containsExactly("203.0.113.8");
    }

    @Test
    void anUnknownNameAndARealAccountThatMustWaitGetTheSameAnswer() {
        accounts.create("backoff-real", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Pabna"));
        var real = new Browsing(port, "203.0.113.9");
        var unknown = new Browsing(port, "203.0.113.10");
        for (int attempt = 1; attempt <= 11; attempt++) {
            var a = real.signIn("backoff-real", "wrong-" + attempt);
            var b = unknown.signIn("backoff-nobody", "wrong-" + attempt);
            assertThat(b.location()).as("attempt " + attempt).isEqualTo(a.location()).endsWith("/login?error=bad");
        }
        var waiting = real.signIn("backoff-real", TestAccounts.PASSWORD);
        var nobody = unknown.signIn("backoff-nobody", TestAccounts.PASSWORD);
        assertThat(nobody.location()).isEqualTo(waiting.location());
        String realPage = error(real.get("/login?error=bad").body());
        String unknownPage = error(unknown.get("/login?error=bad").body());
        assertThat(realPage).isEqualTo(unknownPage).contains("ইউজার নেম বা পাসওয়ার্ড সঠিক নয়")
                .doesNotContain("বন্ধ");
    }

    private static String error(String page) {
        int start = page.indexOf("data-testid=\"login-error\"");
        assertThat(start).as(page).isPositive();
        return page.substring(start, page.indexOf("</p>", start));
    }
}
