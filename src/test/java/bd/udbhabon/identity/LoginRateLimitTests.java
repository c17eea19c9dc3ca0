package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/** Guessing across many accounts from one address is slowed down, right password or not. */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.security.login-attempts-per-minute=5")
class LoginRateLimitTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;

    @Test
    void attemptsBeyondTheLimitAreTurnedAwayWithoutLookingAtThePassword() {
        accounts.create("rate-user", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Naogaon"));
        var visit = new Browsing(port);
        for (int i = 1; i <= 5; i++) {
            assertThat(visit.signIn("someone-" + i, "guess").location()).contains("error=bad");
        }
        assertThat(visit.signIn("rate-user", TestAccounts.PASSWORD).location()).contains("error=rate");
        assertThat(visit.get("/login?error=rate").body()).contains("এক মিনিট পরে আবার চেষ্টা করুন");
    }
}
