package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Guessing across many accounts from one address is slowed down, right password or not. Behind the
 * trusted reverse proxy (by default one on this machine) each client has its own bucket.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.security.login-attempts-per-minute=5")
class LoginRateLimitTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

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

    @Test
    void twoClientsBehindTheTrustedProxyHaveTheirOwnBucketsAndTheAuditShowsTheClient() {
        long id = accounts.create("proxied-user", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Sirajganj"));
        var first = new Browsing(port, "198.51.100.21");
        for (int i = 1; i <= 5; i++) {
            assertThat(first.signIn("proxied-nobody-" + i, "guess").location()).contains("error=bad");
        }
        assertThat(first.signIn("proxied-user", TestAccounts.PASSWORD).location()).contains("error=rate");

        var second = new Browsing(port, "198.51.100.22");
        assertThat(second.signIn("proxied-user", "wrong").location()).contains("error=bad");
        assertThat(second.signIn("proxied-user", TestAccounts.PASSWORD).location()).endsWith("/");
        assertThat(jdbc.sql("select client_address from audit_entry where record_type = 'account' and record_id = :id order by id")
                .param("id", Long.toString(id)).query(String.class).list())
                .containsExactly("198.51.100.22", "198.51.100.22");
    }

    @Test
    void xForwardedForFromAnAddressThatIsNotATrustedProxyIsIgnored() throws IOException {
        long id = accounts.create("spoofing-user", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Chattogram"));
        // 127.0.0.2 is this machine too, but not the configured proxy (127.0.0.1)
        String page = exchange("GET /login HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.99\r\nConnection: close\r\n\r\n");
        Matcher cookie = Pattern.compile("Set-Cookie: (UDBHABON_CSRF=[^;]+)").matcher(page);
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
        assertThat(cookie.find() && token.find()).as(page).isTrue();
        String form = "username=spoofing-user&password=wrong&_csrf=" + URLEncoder.encode(token.group(1), StandardCharsets.UTF_8);
        String answer = exchange("POST /login HTTP/1.0\r\nHost: 127.0.0.1\r\nX-Forwarded-For: 192.0.2.99\r\nCookie: " + cookie.group(1)
                + "\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: " + form.length()
                + "\r\nConnection: close\r\n\r\n" + form);
        assertThat(answer.lines().findFirst().orElseThrow()).contains(" 302");
        assertThat(answer).contains("error=bad");
        assertThat(jdbc.sql("select client_address from audit_entry where record_type = 'account' and record_id = :id")
                .param("id", Long.toString(id)).query(String.class).single()).isEqualTo("127.0.0.2");
    }

    /** One request from 127.0.0.2, over a plain socket: the JDK's HTTP client cannot choose its address. */
    private String exchange(String request) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress("127.0.0.2", 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
