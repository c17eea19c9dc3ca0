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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What an anonymous client can make the server do: no sessions stored for visitors, no errors logged. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AnonymousTrafficTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aCrossOriginPreflightIsRefusedCleanly(CapturedOutput output) {
        var http = new Http(port);
        int logged = output.getAll().length();
        for (String path : new String[] {"/login", "/api/v1/me", "/offices", "/account/tokens"}) {
            var preflight = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + path))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                    .header("Origin", "https://evil.example")
                    .header("Access-Control-Request-Method", "POST")
                    .header("Access-Control-Request-Headers", "content-type").build());
            assertThat(preflight.statusCode()).as(path).isEqualTo(403);
            assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).as(path).isEmpty();
            assertThat(preflight.body()).as(path).doesNotContain("Exception", "at bd.", "at org.");
        }
        // a preflight naming our own origin is not a cross-origin request: Spring answers it, still without CORS headers
        var own = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + "/offices"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                .header("Origin", http.base()).header("Access-Control-Request-Method", "POST").build());
        assertThat(own.statusCode()).isLessThan(500);
        assertThat(own.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();
        String since = output.getAll().substring(logged);
        assertThat(since).doesNotContain("ERROR", "Exception");
    }

    @Test
    void visitsToTheSignInPageAndFailedSignInsStoreNoSessionAndSigningInStillWorks() {
        accounts.create("no-session-user", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Jashore"));
        long before = sessions();
        for (int i = 0; i < 25; i++) {
            var visitor = new Browsing(port);
            assertThat(visitor.get("/login").body()).contains("name=\"_csrf\"");
        }
        for (String page : new String[] {"/", "/offices", "/account", "/login?next=/account"}) {
            assertThat(new Browsing(port).get(page).status()).as(page).isLessThan(400);
        }
        var mistaken = new Browsing(port);
        assertThat(mistaken.signIn("no-session-user", "wrong").location()).contains("error=bad");
        assertThat(mistaken.get("/login?error=bad").body()).contains("value=\"no-session-user\"");
        assertThat(sessions()).as("no session rows for anonymous visitors").isEqualTo(before);

        assertThat(mistaken.signIn("no-session-user", TestAccounts.PASSWORD).location()).endsWith("/");
        assertThat(mistaken.get("/api/v1/me").body()).contains("\"username\":\"no-session-user\"");
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'no-session-user'")
                .query(Long.class).single()).isEqualTo(1);
        mistaken.get("/");
        assertThat(mistaken.post("/logout", java.util.Map.of()).status()).isEqualTo(302);
        assertThat(mistaken.get("/api/v1/me").status()).isEqualTo(401);
    }

    private long sessions() {
        return jdbc.sql("select count(*) from spring_session").query(Long.class).single();
    }
}
