package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Whoever knew the old password, or was signed in when the account was locked, is signed out
 * everywhere at once; only the browser that changed its own password stays signed in.
 */
@IntegrationTest
class SessionEndTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient database;

    @Test
    void changingOnesPasswordSignsOutEveryOtherBrowserButNotThisOne() {
        accounts.create("two-browsers", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Kushtia"));
        var laptop = signedIn("two-browsers");
        var phone = signedIn("two-browsers");
        var stranger = signedIn("two-browsers"); // someone else who had learnt the password

        laptop.get("/account/password");
        var changed = laptop.post("/account/password", Map.of("current", TestAccounts.PASSWORD,
                "chosen", "a-brand-new-passphrase", "repeated", "a-brand-new-passphrase"));
        assertThat(changed.location()).endsWith("/account?passwordChanged");

        assertThat(laptop.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(laptop.get("/account").status()).isEqualTo(200);
        for (var other : new Browsing[] {phone, stranger}) {
            assertThat(other.get("/api/v1/me").status()).isEqualTo(401);
            assertThat(other.get("/account").location()).contains("/login");
        }
    }

    @Test
    void anAdministratorsResetSignsTheAccountOutEverywhere() {
        long jessore = accounts.office(OfficeLevel.DISTRICT, "Jashore");
        long id = accounts.create("reset-me", Role.TEAM_MEMBER, jessore);
        accounts.create("jashore-admin", Role.OFFICE_ADMIN, jessore);
        var user = signedIn("reset-me");
        var admin = signedIn("jashore-admin");

        admin.get("/offices/" + jessore + "/users");
        var reset = admin.post("/offices/" + jessore + "/users/" + id + "/password-reset", Map.of());
        assertThat(reset.status()).isEqualTo(200);

        assertThat(user.get("/api/v1/me").status()).isEqualTo(401);
        assertThat(user.get("/account").location()).contains("/login");
        assertThat(admin.get("/api/v1/me").status()).as("the administrator stays signed in").isEqualTo(200);
    }

    @Test
    void aGuessersWrongPasswordsNeitherLockTheAccountNorSignItsOwnerOut() {
        // wrong passwords make the guessing address wait (LoginBackoff); they are no weapon against the owner
        accounts.create("guessed-at", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Khulna"));
        var user = signedIn("guessed-at");

        var guesser = new Browsing(port);
        for (int attempt = 1; attempt <= 10; attempt++) {
            guesser.signIn("guessed-at", "guess-" + attempt);
        }
        assertThat(guesser.signIn("guessed-at", TestAccounts.PASSWORD).location())
                .as("the guessing address must wait, even with the right password").contains("/login?error");

        assertThat(user.get("/api/v1/me").status()).isEqualTo(200);
        assertThat(user.get("/account").status()).isEqualTo(200);
    }

    @Test
    void pagesReadWithinAMinuteLeaveTheStoredSessionUnwritten() {
        // its time of last use is written once a minute, not on every request (MinuteTouchedSessions)
        accounts.create("reads-pages", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Rajshahi"));
        var user = signedIn("reads-pages");
        var lastUse = database.sql("select last_access_time from spring_session where principal_name = 'reads-pages'")
                .query(Long.class);
        long before = lastUse.single();
        for (int page = 0; page < 5; page++) {
            assertThat(user.get("/account").status()).isEqualTo(200);
        }
        assertThat(lastUse.single()).isEqualTo(before);
        assertThat(user.get("/api/v1/me").status()).as("still signed in").isEqualTo(200);
    }

    private Browsing signedIn(String username) {
        var visit = new Browsing(port);
        assertThat(visit.signIn(username, TestAccounts.PASSWORD).location()).endsWith("/");
        assertThat(visit.get("/api/v1/me").status()).isEqualTo(200);
        return visit;
    }
}
