package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Many API calls with a token, or loads of an office's users page, at once do not use up the
 * connection pool (ten connections): each request holds at most one at a time, so anonymous pages
 * and the health check still answer.
 */
@IntegrationTest
class ConcurrentTokenCallsTests {

    private static final int CALLS = 30;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    @Test
    void thirtyTokenCallsAtOnceAndAPageMeanwhileAllAnswer() throws Exception {
        long id = accounts.create("many-calls", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Rangpur"));
        String token = token(id);
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        String base = "http://127.0.0.1:" + port;
        var start = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                calls.add(threads.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/me"))
                            .header("Authorization", "Bearer " + token).build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            List<Future<HttpResponse<String>>> meanwhile = new ArrayList<>();
            for (String path : List.of("/offices", "/actuator/health", "/offices", "/actuator/health")) {
                meanwhile.add(threads.submit(() -> {
                    start.await();
                    return client.send(HttpRequest.newBuilder(URI.create(base + path)).build(), HttpResponse.BodyHandlers.ofString());
                }));
            }
            start.countDown();
            // a guard against hanging only: with a pool deadlock every call waits out Hikari's 30 s and fails
            for (var call : calls) {
                var response = call.get(90, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
                assertThat(response.body()).contains("\"username\":\"many-calls\"", "TEAM_MEMBER");
            }
            for (var call : meanwhile) {
                var response = call.get(90, TimeUnit.SECONDS);
                assertThat(response.statusCode()).as(response.uri() + ": " + response.body()).isEqualTo(200);
            }
        }
    }

    @Test
    void theUsersPageLoadedManyTimesAtOnceAllAnswer() throws Exception {
        long office = accounts.office(OfficeLevel.DISTRICT, "Gaibandha");
        accounts.create("gaibandha-admin", Role.OFFICE_ADMIN, office);
        accounts.create("gaibandha-member", Role.TEAM_MEMBER, office);
        var admin = new bd.udbhabon.Browsing(port);
        admin.signIn("gaibandha-admin", TestAccounts.PASSWORD);
        var start = new CountDownLatch(1);
        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<bd.udbhabon.Browsing.Page>> pages = new ArrayList<>();
            for (int i = 0; i < CALLS; i++) {
                pages.add(threads.submit(() -> {
                    start.await();
                    return admin.get("/offices/" + office + "/users");
                }));
            }
            start.countDown();
            for (var page : pages) {
                var response = page.get(90, TimeUnit.SECONDS); // a guard against hanging only
                assertThat(response.status()).isEqualTo(200);
                assertThat(response.body()).contains("পরীক্ষক gaibandha-member", "পরীক্ষক gaibandha-admin",
                        "name=\"role\" value=\"TEAM_MEMBER\"", "name=\"role\" value=\"OFFICE_ADMIN\""); // their roles too
            }
        }
    }

    /** A token made directly in the database, as the account page stores one (only its SHA-256). */
    private String token(long accountId) throws Exception {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        String secret = "udb_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(secret.getBytes(StandardCharsets.UTF_8)));
        jdbc.sql("""
                        insert into access_token (account_id, name, token_hash, token_prefix, expires_at)
                        values (:a, 'load', :h, :p, now() + interval '1 day')
                        """)
                .param("a", accountId).param("h", hash).param("p", secret.substring(0, 10)).update();
        return secret;
    }
}
