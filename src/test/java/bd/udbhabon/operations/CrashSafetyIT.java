package bd.udbhabon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.PackagedApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, point 5: the packaged jar on its own durable embedded PostgreSQL (fsync on, as in production) is killed
 * with {@code kill -9} in the middle of a write load of decisions' progress reports with evidence files, and then its
 * PostgreSQL's postmaster is. Every write whose success the client received is there afterwards, byte for byte;
 * nothing is half-written; the audit chain verifies; a user sees the plain 503 message, never a stack trace; the log
 * says in one line what happened and what the application does. The times back to healthy are printed
 * ({@code Crash: …}) and kept in docs/modules/database.md.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CrashSafetyIT {

    private static final JsonMapper json = JsonMapper.builder().build();
    private static final int WRITERS = 4;
    private static final String DEMO_PASSWORD = "demo-2026";
    /** The October 2023 decisions were given to every district of the Rajshahi division (demo data). */
    private static final String REPORTED_ON = "2024-01-15";

    private Path work;
    private Path dataDir;
    private PackagedApplication node;
    private long office;
    private long decision;
    /** Every progress text a writer sent, with its evidence: what any row found must hold. */
    private final Map<String, byte[]> sent = new ConcurrentHashMap<>();
    /** The texts whose report was answered with success (the redirect to the decision). */
    private final Map<String, byte[]> acknowledged = new ConcurrentHashMap<>();
    /** Any answer but success, a form's errors or the outage's 503: none is expected. */
    private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

    @BeforeAll
    void start() {
        work = Path.of("target/it/crash-safety-" + System.nanoTime());
        dataDir = work.resolve("var").toAbsolutePath(); // the process runs in the work directory
        // durable is the default: fsync and synchronous commit on, as in production
        node = PackagedApplication.start("node", work, Map.of("udbhabon.data-dir", dataDir.toString(),
                "udbhabon.demo", "true", "udbhabon.security.login-attempts-per-minute", "1000"));
        var dc = signedIn("rajshahi-dc", DEMO_PASSWORD);
        office = json(dc.get("/api/v1/me")).get("roles").get(0).get("officeId").asLong();
        decision = json(dc.get("/api/v1/offices/" + office + "/decisions/assigned")).get("decisions").get(0).get("id").asLong();
    }

    @AfterAll
    void stop() {
        if (node != null) {
            node.close();
        }
    }

    @Test
    @Order(1)
    void theApplicationKilledMidWriteLosesNoAcknowledgedWriteAndHalfWritesNothing() throws Exception {
        var load = new WriteLoad("app-kill");
        load.start();
        load.awaitAcknowledged(20, Duration.ofSeconds(60));
        long killedAt = System.nanoTime();
        node.kill9(); // mid-request: the writers are sending all the time
        load.stop();
        node.restart();
        Duration backToHealthy = Duration.ofNanos(System.nanoTime() - killedAt);

        assertThat(load.acknowledgedCount()).isGreaterThanOrEqualTo(20);
        assertEveryAcknowledgedWriteIsWholeAndNothingIsHalfWritten();
        assertTheAuditChainVerifies();
        String log = Files.readString(node.log());
        assertNoFailureReachedAUser(log);
        assertThat(log).as("the restart names the orphaned server it stops, or the stale pid file")
                .containsAnyOf("left by an earlier, killed run still serves", "Removing the stale");
        System.out.printf("Crash: application kill -9 under %d writers (%d reports acknowledged, %d sent): healthy again "
                        + "after a restart in %d ms%n", WRITERS, load.acknowledgedCount(), load.sentCount(),
                backToHealthy.toMillis());
    }

    @Test
    @Order(2)
    void theDatabaseKilledUnderTheApplicationIsRestartedAndLosesNoAcknowledgedWrite() throws Exception {
        var load = new WriteLoad("db-kill");
        load.start();
        load.awaitAcknowledged(10, Duration.ofSeconds(60));
        var dc = signedIn("rajshahi-dc", DEMO_PASSWORD);

        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
        var postmaster = ProcessHandle.of(pid).orElseThrow();
        long killedAt = System.nanoTime();
        assertThat(postmaster.destroyForcibly()).isTrue(); // SIGKILL, as the OOM killer would

        Duration toDown = null;
        String outagePage = null;
        int outageStatus = 0;
        Duration toHealthy = null;
        while (System.nanoTime() - killedAt < Duration.ofSeconds(90).toNanos()) {
            int readiness = node.status("/actuator/health/readiness");
            if (toDown == null && readiness == 503) {
                toDown = Duration.ofNanos(System.nanoTime() - killedAt);
            }
            if (toDown != null && outagePage == null && readiness == 503) {
                var page = dc.get("/offices/" + office + "/decisions/" + decision);
                if (page.status() == 503) {
                    outageStatus = page.status();
                    outagePage = page.body();
                }
            }
            if (toDown != null && readiness == 200) {
                toHealthy = Duration.ofNanos(System.nanoTime() - killedAt);
                break;
            }
            Thread.sleep(20);
        }
        load.stop();
        assertThat(toDown).as("readiness DOWN while the database is dead").isNotNull();
        assertThat(toHealthy).as("healthy again: the watchdog restarted the embedded server").isNotNull();
        assertThat(outageStatus).isEqualTo(503);
        assertThat(outagePage).as("the plain message, no internals")
                .contains("ডেটাবেস এই মুহূর্তে সাড়া দিচ্ছে না")
                .doesNotContain("Exception", "at bd.udbhabon", "at org.", "PSQL", "Hikari", "SQLState");
        assertThat(dc.get("/offices/" + office + "/decisions/" + decision).status()).as("served again").isEqualTo(200);

        assertEveryAcknowledgedWriteIsWholeAndNothingIsHalfWritten();
        assertTheAuditChainVerifies();
        String log = Files.readString(node.log());
        assertNoFailureReachedAUser(log);
        assertThat(log).contains("The embedded PostgreSQL (pid " + pid + ") has stopped; starting it again",
                "The embedded PostgreSQL is running again");
        System.out.printf("Crash: postmaster kill -9 under %d writers (%d reports acknowledged): readiness DOWN after %d ms, "
                        + "healthy again after %d ms%n", WRITERS, load.acknowledgedCount(), toDown.toMillis(),
                toHealthy.toMillis());
    }

    @Test
    @Order(3)
    void aGracefulStopUnderLoadFinishesOnALiveDatabaseAndLeavesNoServerBehind() throws Exception {
        var load = new WriteLoad("stop");
        load.start();
        load.awaitAcknowledged(5, Duration.ofSeconds(60));
        long pid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
        node.stop(); // SIGTERM, as an orchestrator stops it
        load.stop();
        assertNoFailureReachedAUser(Files.readString(node.log()));
        // pg_ctl waits for the pid file to go; the postmaster itself exits a moment later
        ProcessHandle.of(pid).ifPresent(postmaster -> postmaster.onExit().completeOnTimeout(postmaster, 10, TimeUnit.SECONDS).join());
        assertThat(ProcessHandle.of(pid).filter(ProcessHandle::isAlive)).as("the embedded PostgreSQL stopped with it").isEmpty();
        assertThat(dataDir.resolve("postgres/postmaster.pid")).doesNotExist();
    }

    /** No answer but the plain ones, no failure logged as unexpected (each would be a stack trace's 500). */
    private void assertNoFailureReachedAUser(String log) {
        assertThat(failures).as("answers other than success, a form or the 503").isEmpty();
        assertThat(log).as("the log").doesNotContain("Unexpected failure");
    }

    /** Every acknowledged report is there with its one evidence file, byte for byte; no report of ours lacks its file. */
    private void assertEveryAcknowledgedWriteIsWholeAndNothingIsHalfWritten() {
        var dc = signedIn("rajshahi-dc", DEMO_PASSWORD);
        JsonNode detail = json(dc.get("/api/v1/offices/" + office + "/decisions/" + decision));
        var found = new ArrayList<String>();
        for (JsonNode progress : detail.get("progress")) {
            String text = progress.get("text").asString();
            if (!sent.containsKey(text)) {
                continue; // the demo's own
            }
            found.add(text);
            JsonNode evidence = progress.get("evidence");
            assertThat(evidence).as("the report %s has its evidence, and only once", text).hasSize(1);
            var file = dc.bytes("/offices/" + office + "/decisions/" + decision + "/evidence/" + evidence.get(0).get("id").asLong());
            assertThat(file.status()).isEqualTo(200);
            assertThat(file.body()).as("the evidence of %s, byte for byte", text).isEqualTo(sent.get(text));
        }
        assertThat(found).as("every acknowledged report, once").doesNotHaveDuplicates().containsAll(acknowledged.keySet());
        assertEveryStoredFileIsWhole();
    }

    /**
     * Beneath the pages: every file the database names is in the files directory, whole (its size); objects no row
     * names are what a kill left of a transaction that never committed: counted, never shown (storage.md).
     */
    private void assertEveryStoredFileIsWhole() {
        Path files = dataDir.resolve("files");
        var named = new java.util.HashSet<Path>();
        try (var connection = database(); var statement = connection.createStatement();
             var rows = statement.executeQuery("select storage_key, size from stored_file")) {
            while (rows.next()) {
                Path object = files.resolve(rows.getString("storage_key"));
                named.add(object);
                assertThat(object).as("the stored file %s", object).exists();
                assertThat(Files.size(object)).as("the size of %s", object).isEqualTo(rows.getLong("size"));
            }
        } catch (java.sql.SQLException | IOException e) {
            throw new IllegalStateException(e);
        }
        try (var all = Files.walk(files)) {
            long orphans = all.filter(Files::isRegularFile).filter(f -> !named.contains(f)).count();
            System.out.printf("Crash: %d stored files whole, %d objects no row names (left by uncommitted reports)%n",
                    named.size(), orphans);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The embedded cluster as its owner, with the password and port the application keeps in the data directory. */
    private java.sql.Connection database() throws java.sql.SQLException, IOException {
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid"));
        String password = Files.readString(dataDir.resolve("postgres.password")).strip();
        return java.sql.DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + pid.get(3).strip() + "/udbhabon",
                "postgres", password);
    }

    private void assertTheAuditChainVerifies() {
        JsonNode answer = json(admin().get("/api/v1/audit/verify"));
        assertThat(answer.get("intact").asBoolean()).as(answer.toString()).isTrue();
        assertThat(answer.get("checked").asLong()).isGreaterThanOrEqualTo(acknowledged.size());
    }

    private String adminPassword;

    /** The first administrator, with the new password it had to choose at its first sign-in. */
    private Browsing admin() {
        var admin = new Browsing(node.port());
        if (adminPassword != null) {
            assertThat(admin.signIn("admin", adminPassword).location()).doesNotContain("error");
            return admin;
        }
        var signedIn = admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        assertThat(signedIn.location()).doesNotContain("error");
        if (signedIn.location().endsWith("/account/password")) {
            admin.get("/account/password");
            var changed = admin.post("/account/password", Map.of("current", IntegrationTest.ADMIN_PASSWORD,
                    "chosen", "crash-safety-chosen-2026", "repeated", "crash-safety-chosen-2026"));
            assertThat(changed.location()).endsWith("/account?passwordChanged");
            adminPassword = "crash-safety-chosen-2026";
        } else {
            adminPassword = IntegrationTest.ADMIN_PASSWORD;
        }
        return admin;
    }

    private Browsing signedIn(String username, String password) {
        var session = new Browsing(node.port());
        var signedIn = session.signIn(username, password);
        assertThat(signedIn.status()).isEqualTo(302);
        assertThat(signedIn.location()).doesNotContain("error");
        // the token changes at sign-in: take it from a page with a form
        session.get(office == 0 ? "/" : "/offices/" + office + "/decisions/" + decision);
        return session;
    }

    private static JsonNode json(Browsing.Page page) {
        assertThat(page.status()).as(page.body()).isEqualTo(200);
        return json.readTree(page.body());
    }

    /** A small PDF (as far as the content check goes) that names its report, with random bytes after it. */
    private static byte[] evidence(String text, Random random) {
        byte[] head = ("%PDF-1.4\n% " + text + "\n").getBytes(StandardCharsets.US_ASCII);
        byte[] pdf = new byte[head.length + 16 * 1024 + random.nextInt(48 * 1024)];
        random.nextBytes(pdf);
        System.arraycopy(head, 0, pdf, 0, head.length);
        return pdf;
    }

    /** {@value #WRITERS} clients, each signed in on its own, reporting progress with one evidence file after another. */
    private final class WriteLoad {

        private final String phase;
        private final AtomicBoolean running = new AtomicBoolean(true);
        private final List<Thread> writers = new ArrayList<>();
        private final Map<String, byte[]> mine = new ConcurrentHashMap<>();
        private final Map<String, byte[]> mineAcknowledged = new ConcurrentHashMap<>();

        WriteLoad(String phase) {
            this.phase = phase;
        }

        void start() {
            for (int w = 0; w < WRITERS; w++) {
                var session = signedIn("rajshahi-dc", DEMO_PASSWORD);
                int writer = w;
                writers.add(Thread.ofPlatform().name("writer-" + phase + "-" + w).start(() -> write(session, writer)));
            }
        }

        private void write(Browsing session, int writer) {
            var random = new Random(phase.hashCode() * 31L + writer);
            for (int n = 1; running.get(); n++) {
                String text = "crash-load " + phase + " writer " + writer + " report " + n;
                byte[] pdf = evidence(text, random);
                sent.put(text, pdf);
                mine.put(text, pdf);
                try {
                    var answer = session.multipart("/offices/" + office + "/decisions/" + decision + "/progress",
                            Map.of("reportedOn", REPORTED_ON, "text", text),
                            List.of(new Browsing.Upload("evidence", "progress-" + writer + "-" + n + ".pdf", "application/pdf", pdf)));
                    if (answer.status() == 302 && answer.location() != null
                            && answer.location().endsWith("/offices/" + office + "/decisions/" + decision)) {
                        acknowledged.put(text, pdf);
                        mineAcknowledged.put(text, pdf);
                    } else {
                        if (answer.status() >= 500 && answer.status() != 503) {
                            failures.add(answer.status() + " for " + text + ": " + answer.body());
                        }
                        pause(); // 503 while the database is down
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    pause(); // the application was killed under the request, or is not back yet
                }
            }
        }

        void awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (mineAcknowledged.size() < count && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            assertThat(mineAcknowledged).as("reports acknowledged before the kill").hasSizeGreaterThanOrEqualTo(count);
        }

        void stop() throws InterruptedException {
            running.set(false);
            for (Thread writer : writers) {
                writer.join(Duration.ofSeconds(30));
            }
        }

        int acknowledgedCount() {
            return mineAcknowledged.size();
        }

        int sentCount() {
            return mine.size();
        }

        private static void pause() {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
