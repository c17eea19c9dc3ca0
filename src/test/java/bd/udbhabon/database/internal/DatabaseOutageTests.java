package bd.udbhabon.database.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * The embedded PostgreSQL is killed under the running application: readiness says DOWN at once,
 * liveness stays UP, requests get a quick answer, the watchdog starts the server again, the
 * application serves again, and the log stays short.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.database.watchdog-interval=8s") // a long enough outage to watch
@DirtiesContext
@ExtendWith(OutputCaptureExtension.class)
class DatabaseOutageTests {

    private static final String READS_THE_DATABASE = "/api/v1/offices?level=DIVISION";

    @LocalServerPort
    int port;
    @Autowired
    EmbeddedDatabaseServer server;
    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void thePoolsWaitSecondsNotHalfAMinute() {
        var pool = (com.zaxxer.hikari.HikariDataSource) dataSource;
        assertThat(pool.getConnectionTimeout()).isEqualTo(15000);
        assertThat(pool.getValidationTimeout()).isEqualTo(2000);
        assertThat(pool.getDataSourceProperties()).containsEntry("connectTimeout", "5")
                .containsEntry("socketTimeout", "600");
    }

    @Test
    void theApplicationSurvivesItsDatabaseBeingKilled(CapturedOutput output) throws Exception {
        var http = new Http(port);
        assertThat(get(http, READS_THE_DATABASE).status()).isEqualTo(200);
        assertThat(get(http, "/actuator/health/readiness").body()).contains("\"UP\"");
        int logBefore = output.getAll().length();

        long pid = Long.parseLong(Files.readAllLines(server.clusterDir().resolve("postmaster.pid")).getFirst().trim());
        ProcessHandle postmaster = ProcessHandle.of(pid).orElseThrow();
        long checks = server.checks();
        while (server.checks() == checks) { // just after the watchdog looked: the outage lasts a whole interval
            Thread.sleep(10);
        }
        long killedAt = System.nanoTime();
        assertThat(postmaster.destroyForcibly()).isTrue(); // SIGKILL, as the OOM killer would

        // a request that starts in the instant before the kernel has taken the process away waits
        // for the pool (up to 15 s) and is served once the server is back; the ones after the
        // process is gone are refused at once (EmbeddedPool), which is what is watched here
        while (server.isRunning() && System.nanoTime() - killedAt < Duration.ofSeconds(5).toNanos()) {
            Thread.sleep(5);
        }
        // requests meanwhile, from a few clients: each answered (200 or 503 with a message), none hangs
        var answers = new ConcurrentLinkedQueue<String>();
        var slowest = new java.util.concurrent.atomic.AtomicLong();
        var clients = Executors.newFixedThreadPool(4);
        for (int i = 0; i < 4; i++) {
            String path = i % 2 == 0 ? READS_THE_DATABASE : "/offices";
            clients.submit(() -> {
                while (server.restarts() == 0 && System.nanoTime() - killedAt < Duration.ofSeconds(60).toNanos()) {
                    long start = System.nanoTime();
                    try {
                        var r = get(http, path);
                        answers.add(r.status() + " " + r.body());
                    } catch (RuntimeException e) { // no answer at all is a failure to see, not a client that quietly stops
                        answers.add("no answer: " + e);
                    }
                    slowest.accumulateAndGet(System.nanoTime() - start, Math::max);
                }
                return null;
            });
        }

        Duration toDown = null;
        while (System.nanoTime() - killedAt < Duration.ofSeconds(5).toNanos()) {
            var readiness = get(http, "/actuator/health/readiness");
            if (readiness.status() == 503 && readiness.body().contains("\"DOWN\"")) {
                toDown = Duration.ofNanos(System.nanoTime() - killedAt);
                break;
            }
            Thread.sleep(50);
        }
        assertThat(toDown).as("readiness DOWN within the connection timeout (5 s)").isNotNull();
        var liveness = get(http, "/actuator/health/liveness");
        assertThat(liveness.status()).isEqualTo(200);
        assertThat(liveness.body()).contains("\"UP\"");

        Duration toRecovery = null;
        while (System.nanoTime() - killedAt < Duration.ofSeconds(60).toNanos()) {
            if (get(http, READS_THE_DATABASE).status() == 200) {
                toRecovery = Duration.ofNanos(System.nanoTime() - killedAt);
                break;
            }
            Thread.sleep(200);
        }
        clients.shutdown();
        assertThat(clients.awaitTermination(60, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
        assertThat(toRecovery).as("the application reads its database again within a minute").isNotNull();
        assertThat(server.restarts()).isEqualTo(1);
        assertThat(postmaster.isAlive()).isFalse();
        assertThat(get(http, "/actuator/health/readiness").body()).contains("\"UP\"");

        List<String> failures = new ArrayList<>(answers.stream().filter(a -> !a.startsWith("200 ")).toList());
        assertThat(failures).as("requests made while the server was down").isNotEmpty()
                .allSatisfy(a -> assertThat(a).startsWith("503 ").contains("ডেটাবেস এই মুহূর্তে সাড়া দিচ্ছে না")
                        .doesNotContain("Exception").doesNotContain("\tat "));
        assertThat(Duration.ofNanos(slowest.get())).as("slowest answer during the outage").isLessThan(Duration.ofSeconds(20));

        String logged = output.getAll().substring(logBefore);
        long lines = logged.lines().count();
        System.out.printf("Outage: readiness DOWN after %d ms, served again after %d ms, %d requests answered "
                        + "(%d with 503), slowest %d ms, %d log lines%n", toDown.toMillis(), toRecovery.toMillis(),
                answers.size(), failures.size(), Duration.ofNanos(slowest.get()).toMillis(), lines);
        assertThat(lines).as("log lines during the outage:\n" + logged).isLessThan(300);
    }

    private static Http.Response get(Http http, String path) {
        return http.send(HttpRequest.newBuilder(URI.create(http.base() + path))
                .header("Accept-Language", "bn").timeout(Duration.ofSeconds(45)).GET().build());
    }
}
