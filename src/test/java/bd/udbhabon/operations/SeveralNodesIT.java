package bd.udbhabon.operations;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browser;
import bd.udbhabon.Browsing;
import bd.udbhabon.PackagedApplication;
import bd.udbhabon.Visit;
import bd.udbhabon.database.DebianPostgres;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Issue 17, point 3: two nodes of the packaged jar on one external PostgreSQL (Debian's, a private cluster), as
 * docs/operations.md runs them: the same audit key, one shared files directory, each its own data directory,
 * scheduling on in both. A browser signs in on one and goes on on the other; notices issued at once on both from one
 * memo file take unique numbers in issue order with no gap; a job made frequent runs each time on one node only; a
 * node killed in the middle of a stream of writes loses none that it acknowledged and leaves none half-written.
 * The demo data (node A loads it) gives the Rajshahi divisional team and its member-secretary.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeveralNodesIT {

    private static final String DEMO_PASSWORD = "demo-2026";
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CONFIRM_NUMBER = Pattern.compile("name=\"confirmed\" value=\"([^\"]+)\"");
    /** The reminder job made frequent: every 3 s, its row held at least 2 s. */
    private static final String REMINDER_CRON = "*/3 * * * * *";
    private static final Duration LOCK_AT_LEAST = Duration.ofSeconds(2);
    /** Two first starts at once, one loading the demo: about a minute on a quiet machine of two cores, far more on a busy one. */
    private static final Duration READY_WITHIN = Duration.ofMinutes(6);

    private static DebianPostgres postgres;
    private static PackagedApplication nodeA;
    private static PackagedApplication nodeB;
    private static List<CompletableFuture<PackagedApplication>> starting = List.of();
    private static JdbcClient db;
    private static long rajshahi;
    private static Path shared;

    @BeforeAll
    static void twoNodesOnOneDatabase() throws IOException {
        Path work = Path.of("target/it/several-nodes-" + System.nanoTime()).toAbsolutePath();
        shared = Files.createDirectories(work.resolve("shared-files"));
        postgres = DebianPostgres.start();
        byte[] key = new byte[32];
        new java.security.SecureRandom().nextBytes(key);
        Map<String, String> common = new LinkedHashMap<>();
        common.put("spring.datasource.url", postgres.jdbcUrl());
        common.put("spring.datasource.username", postgres.username());
        common.put("spring.datasource.password", "");
        common.put("udbhabon.audit.key", Base64.getEncoder().encodeToString(key));
        common.put("udbhabon.storage.local.dir", shared.toString());
        common.put("udbhabon.reminder.cron", REMINDER_CRON);
        common.put("udbhabon.scheduling.lock-at-least-for", "PT" + LOCK_AT_LEAST.toSeconds() + "S");
        Map<String, String> a = new LinkedHashMap<>(common);
        a.put("udbhabon.data-dir", work.resolve("node-a").toString());
        a.put("udbhabon.demo", "true");
        Map<String, String> b = new LinkedHashMap<>(common);
        b.put("udbhabon.data-dir", work.resolve("node-b").toString());
        // Both at once on the empty database, as a first deployment starts them: one migrates, the other waits for
        // Flyway's lock; the registry and the first administrator are made once.
        Instant started = Instant.now();
        var startingA = CompletableFuture.supplyAsync(() -> PackagedApplication.start("node-a", work, a, READY_WITHIN));
        var startingB = CompletableFuture.supplyAsync(() -> PackagedApplication.start("node-b", work, b, READY_WITHIN));
        starting = List.of(startingA, startingB);
        nodeB = startingB.join();
        Duration bReady = Duration.between(started, Instant.now());
        nodeA = startingA.join();
        System.out.printf("several nodes: started together, node B ready in %d s, node A in %d s (with the demo)%n",
                bReady.toSeconds(), Duration.between(started, Instant.now()).toSeconds());
        db = JdbcClient.create(new SimpleDriverDataSource(new org.postgresql.Driver(), postgres.jdbcUrl(), postgres.username(), ""));
        rajshahi = db.sql("select id from office where level = 'DIVISION' and place_en = 'Rajshahi'").query(Long.class).single();
        assertThat(db.sql("select count(*) from account where username = 'admin'").query(Long.class).single()).isEqualTo(1);
        assertThat(db.sql("select count(*) from office where level = 'UPAZILA'").query(Long.class).single()).isEqualTo(494);
    }

    @AfterAll
    static void stopEverything() {
        for (var node : starting) { // each node that started, even when the other did not
            try {
                node.join().close();
            } catch (RuntimeException notStarted) {
                // PackagedApplication.start killed it
            }
        }
        if (postgres != null) {
            postgres.close();
        }
    }

    @Test
    @Order(1)
    void aBrowserSignedInOnOneNodeGoesOnOnTheOther() throws Exception {
        ChromeDriver browser = Browser.start(1280, 900);
        try {
            Visit onA = new Visit(browser, nodeA.port());
            Visit onB = new Visit(browser, nodeB.port());
            onA.signIn("rajshahi-ms", DEMO_PASSWORD);
            String session = browser.manage().getCookieNamed("UDBHABON_SESSION").getValue();

            // Node B knows the session node A made (Spring Session's JDBC tables): the cookie is the host's, not the port's.
            onB.open("/offices/" + rajshahi + "/meetings/new");
            assertThat(browser.findElement(By.cssSelector("[data-testid=signed-in-as]")).getText()).isEqualTo("rajshahi-ms");
            browser.findElement(By.id("chairName")).sendKeys("ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর");
            browser.findElement(By.id("chairDesignation")).sendKeys("বিভাগীয় কমিশনার, রাজশাহী");
            onB.setDate("date", LocalDate.now().plusDays(20).toString());
            browser.executeScript("document.getElementById('startTime').value = '10:30'");
            browser.findElement(By.id("place")).sendKeys("বিভাগীয় কমিশনারের সম্মেলন কক্ষ");
            browser.findElement(By.cssSelector("[data-testid=agenda-0]")).sendKeys("দুই নোডে লেখা আলোচ্যসূচি");
            Path scan = Files.write(Files.createTempFile("working-paper", ".png"), png());
            browser.findElement(By.name("files")).sendKeys(scan.toString());
            onB.click("[data-testid=save-meeting]");
            Matcher saved = Pattern.compile("/meetings/(\\d+)").matcher(browser.getCurrentUrl());
            assertThat(saved.find()).as(browser.getCurrentUrl()).isTrue();
            assertThat(browser.getCurrentUrl()).startsWith("http://127.0.0.1:" + nodeB.port() + "/");
            long meeting = Long.parseLong(saved.group(1));
            assertThat(browser.manage().getCookieNamed("UDBHABON_SESSION").getValue()).as("one session throughout").isEqualTo(session);

            // The write is the database's: node A shows it, to the same session.
            onA.open("/offices/" + rajshahi + "/meetings/" + meeting);
            assertThat(browser.getPageSource()).contains("দুই নোডে লেখা আলোচ্যসূচি");
            assertThat(browser.findElement(By.cssSelector("[data-testid=signed-in-as]")).getText()).isEqualTo("rajshahi-ms");
            assertThat(db.sql("select count(*) from meeting_agenda_item where meeting_id = ? and title_bn = 'দুই নোডে লেখা আলোচ্যসূচি'")
                    .param(meeting).query(Long.class).single()).isEqualTo(1);
            // The working paper uploaded to node B is in the shared files directory: node A serves it byte for byte.
            long attachment = db.sql("select id from meeting_attachment where meeting_id = ?").param(meeting).query(Long.class).single();
            var download = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                            nodeA.uri("/offices/" + rajshahi + "/meetings/" + meeting + "/attachments/" + attachment))
                    .header("Cookie", "UDBHABON_SESSION=" + session).build(), HttpResponse.BodyHandlers.ofByteArray());
            assertThat(download.statusCode()).isEqualTo(200);
            assertThat(download.body()).isEqualTo(Files.readAllBytes(scan));
            String key = db.sql("""
                            select f.storage_key from meeting_attachment a join stored_file f on f.id = a.file_id
                            where a.id = ? and a.bytes is null""").param(attachment).query(String.class).single();
            assertThat(shared.resolve(key)).as("in the shared directory, not the database").hasBinaryContent(Files.readAllBytes(scan));

            // Signing out on node B ends the session on node A too.
            onB.open("/offices/" + rajshahi + "/meetings");
            onB.click("[data-testid=logout]");
            onA.open("/offices/" + rajshahi + "/meetings/" + meeting);
            assertThat(browser.findElements(By.cssSelector("[data-testid=signed-in-as]"))).isEmpty();
        } finally {
            browser.quit();
        }
    }

    @Test
    @Order(2)
    void noticesIssuedAtOnceOnBothNodesTakeUniqueNumbersInOrder() throws Exception {
        int threadsPerNode = 3;
        int noticesPerThread = 3;
        long file = db.sql("insert into memo_file (office_id, file_number, subject_bn) values (?, '05.43.0000.017.06.017.26', "
                + "'দুই নোডের সভার নোটিশ') returning id").param(rajshahi).query(Long.class).single();
        List<Worker> workers = new ArrayList<>();
        for (var node : List.of(nodeA, nodeB)) {
            for (int t = 0; t < threadsPerNode; t++) {
                Browsing ms = signedIn(node, "rajshahi-ms");
                List<Long> meetings = new ArrayList<>();
                for (int i = 0; i < noticesPerThread; i++) {
                    meetings.add(planMeeting(ms, LocalDate.now().plusDays(30 + workers.size() * noticesPerThread + i)));
                }
                workers.add(new Worker(node == nodeA ? "A" : "B", ms, meetings));
            }
        }
        ExecutorService threads = Executors.newFixedThreadPool(workers.size());
        CountDownLatch go = new CountDownLatch(1);
        AtomicInteger retries = new AtomicInteger();
        List<Future<List<String>>> issued = new ArrayList<>();
        for (Worker worker : workers) {
            issued.add(threads.submit(() -> {
                go.await();
                List<String> mine = new ArrayList<>();
                for (long meeting : worker.meetings()) {
                    mine.add(issueNotice(worker.visit(), meeting, file, retries));
                }
                return mine;
            }));
        }
        Instant start = Instant.now();
        go.countDown();
        List<String> numbers = new ArrayList<>();
        for (var future : issued) {
            numbers.addAll(future.get(4, TimeUnit.MINUTES));
        }
        threads.shutdown();
        int total = workers.size() * noticesPerThread;
        System.out.printf("several nodes: %d notices issued at once on two nodes from one file in %d ms, %d confirmations asked again%n",
                total, Duration.between(start, Instant.now()).toMillis(), retries.get());

        // Unique, and the file's serials 1..n with no gap, taken in the order the papers were stored.
        assertThat(numbers).doesNotHaveDuplicates().hasSize(total);
        List<Long> serialsInIssueOrder = db.sql("""
                        select split_part(p.memo_number, '.', 8)::bigint from issued_paper p
                        where p.memo_file_id = ? order by p.id""")
                .param(file).query(Long.class).list();
        assertThat(serialsInIssueOrder).isEqualTo(java.util.stream.LongStream.rangeClosed(1, total).boxed().toList());
        assertThat(db.sql("select next_serial from memo_file where id = ?").param(file).query(Long.class).single()).isEqualTo(total + 1L);
        assertThat(db.sql("select count(*) from issued_memo where file_id = ?").param(file).query(Long.class).single()).isEqualTo(total);
        // every meeting names its own paper's number
        assertThat(db.sql("""
                        select count(*) from meeting m join issued_paper p on p.id = m.notice_paper_id
                        where p.memo_file_id = ? and p.memo_number = m.notice_memo_number and p.subject = 'meeting-notice:' || m.id""")
                .param(file).query(Long.class).single()).isEqualTo(total);
    }

    @Test
    @Order(3)
    void aScheduledJobRunsEachTimeOnOneNodeOnly() throws Exception {
        String aName = lockedBy(nodeA);
        String bName = lockedBy(nodeB);
        // Every acquisition of the job's row, as the database records it (held ≥ 2 s: polling every 100 ms sees each).
        List<Acquisition> acquisitions = new ArrayList<>();
        Instant until = Instant.now().plusSeconds(16);
        while (Instant.now().isBefore(until)) {
            // ShedLock writes the database's time in UTC; the epoch read this way does not depend on the machine's zone
            db.sql("select (extract(epoch from locked_at) * 1000000)::bigint, locked_by from shedlock where name = 'reminders'")
                    .query((rs, i) -> new Acquisition(Instant.EPOCH.plusNanos(rs.getLong(1) * 1000), rs.getString(2)))
                    .optional()
                    .filter(seen -> acquisitions.isEmpty() || !acquisitions.getLast().at().equals(seen.at()))
                    .ifPresent(acquisitions::add);
            Thread.sleep(100);
        }
        assertThat(acquisitions.size()).as("runs every 3 s for 16 s: %s", acquisitions).isGreaterThanOrEqualTo(4);
        assertThat(acquisitions).allSatisfy(acquisition -> assertThat(acquisition.node()).isIn(aName, bName));
        List<Instant> runsOnA = runsLogged(nodeA);
        List<Instant> runsOnB = runsLogged(nodeB);
        // Between one acquisition and the next exactly one run finished, on the node the row names; on the other none.
        for (int i = 0; i + 1 < acquisitions.size(); i++) {
            Acquisition from = acquisitions.get(i);
            Instant to = acquisitions.get(i + 1).at();
            long onA = runsOnA.stream().filter(t -> !t.isBefore(from.at()) && t.isBefore(to)).count();
            long onB = runsOnB.stream().filter(t -> !t.isBefore(from.at()) && t.isBefore(to)).count();
            assertThat(List.of(onA, onB)).as("runs between %s and %s", from, to)
                    .isEqualTo(from.node().equals(aName) ? List.of(1L, 0L) : List.of(0L, 1L));
        }
        for (int i = 0; i + 1 < acquisitions.size(); i++) {
            assertThat(Duration.between(acquisitions.get(i).at(), acquisitions.get(i + 1).at()))
                    .as("one run per occurrence").isGreaterThanOrEqualTo(LOCK_AT_LEAST);
        }
        // and the job's own effects: each reminder step once
        assertThat(db.sql("""
                        select count(*) from (select 1 from reminder_delivery group by step_id, account_id having count(*) > 1) twice""")
                .query(Long.class).single()).isZero();
        System.out.printf("several nodes: %d runs of the reminder job seen in shedlock, %d on node A, %d on node B%n",
                acquisitions.size(), acquisitions.stream().filter(x -> x.node().equals(aName)).count(),
                acquisitions.stream().filter(x -> x.node().equals(bName)).count());
    }

    @Test
    @Order(4)
    void aNodeKilledMidRequestLosesNoAcknowledgedWrite() throws Exception {
        int writers = 4;
        ConcurrentLinkedQueue<long[]> acknowledged = new ConcurrentLinkedQueue<>(); // {meeting id, writer, sequence}
        AtomicInteger cut = new AtomicInteger();
        AtomicInteger refused = new AtomicInteger();
        AtomicBoolean stop = new AtomicBoolean();
        ExecutorService threads = Executors.newFixedThreadPool(writers);
        List<Future<?>> running = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int writer = w;
            Browsing ms = signedIn(nodeA, "rajshahi-ms");
            running.add(threads.submit(() -> {
                for (int sequence = 0; !stop.get(); sequence++) {
                    try {
                        var created = ms.json("POST", "/api/v1/offices/" + rajshahi + "/meetings", meetingJson(
                                LocalDate.now().plusDays(60), "kill-" + writer + "-" + sequence));
                        if (created.status() == 200) {
                            acknowledged.add(new long[] {firstId(created.body()), writer, sequence});
                        }
                    } catch (RuntimeException e) { // not acknowledged: cut off by the kill, or refused after it
                        (e.getCause() instanceof java.net.ConnectException ? refused : cut).incrementAndGet();
                        return;
                    }
                }
            }));
        }
        long deadline = System.currentTimeMillis() + 60_000;
        while (acknowledged.size() < 40 && System.currentTimeMillis() < deadline) {
            Thread.sleep(20);
        }
        nodeA.kill9();
        stop.set(true);
        for (var future : running) {
            future.get(60, TimeUnit.SECONDS);
        }
        threads.shutdown();
        assertThat(cut.get()).as("requests in flight when the node died (%d writers refused after it)", refused.get()).isPositive();

        // Read through node B: every acknowledged meeting is there, whole.
        Browsing reader = signedIn(nodeB, "rajshahi-ms");
        for (long[] ack : acknowledged) {
            var meeting = reader.get("/api/v1/offices/" + rajshahi + "/meetings/" + ack[0]);
            assertThat(meeting.status()).as("acknowledged meeting %d", ack[0]).isEqualTo(200);
            assertThat(meeting.body()).contains("kill-" + ack[1] + "-" + ack[2] + "\"", "কাজের অগ্রগতি", "বিবিধ");
        }
        // Nothing half-written: every meeting of the stream (acknowledged or not) has its three agenda items and its audit entry.
        List<Long> written = db.sql("select id from meeting where title_bn like 'kill-%'").query(Long.class).list();
        assertThat(written).containsAll(acknowledged.stream().map(ack -> ack[0]).toList());
        assertThat(db.sql("""
                        select count(*) from meeting m where m.title_bn like 'kill-%'
                        and (select count(*) from meeting_agenda_item a where a.meeting_id = m.id) <> 3""")
                .query(Long.class).single()).isZero();
        assertThat(db.sql("""
                        select count(*) from meeting m where m.title_bn like 'kill-%'
                        and not exists (select 1 from audit_entry e where e.record_type = 'meeting' and e.record_id = m.id::text)""")
                .query(Long.class).single()).isZero();
        System.out.printf("several nodes: node A killed after %d acknowledged writes (%d in the database, %d requests cut); "
                + "node B serves every one%n", acknowledged.size(), written.size(), cut.get());
    }

    // ---- helpers

    private record Worker(String node, Browsing visit, List<Long> meetings) {
    }

    private record Acquisition(Instant at, String node) {
    }

    private static Browsing signedIn(PackagedApplication node, String username) {
        Browsing visit = new Browsing(node.port());
        var signedIn = visit.signIn(username, DEMO_PASSWORD);
        assertThat(signedIn.status()).as(signedIn.body()).isEqualTo(302);
        visit.get("/"); // the CSRF token of the signed-in session
        return visit;
    }

    /** A small picture, as a scanned working paper would be. */
    private static byte[] png() throws IOException {
        var image = new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB);
        image.setRGB(3, 4, 0x2255aa);
        var bytes = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(image, "png", bytes);
        return bytes.toByteArray();
    }

    private static String meetingJson(LocalDate date, String title) {
        return """
                {"title":"%2$s","chairName":"ড. দেওয়ান মুহাম্মদ হুমায়ুন কবীর","chairDesignation":"বিভাগীয় কমিশনার, রাজশাহী",
                 "date":"%1$s","startTime":"11:00","place":"বিভাগীয় কমিশনারের সম্মেলন কক্ষ",
                 "agenda":[{"title":"কাজের অগ্রগতি"},{"title":"সেবা সহজিকরণ"},{"title":"বিবিধ"}]}""".formatted(date, title);
    }

    private static long planMeeting(Browsing ms, LocalDate date) {
        var created = ms.json("POST", "/api/v1/offices/" + rajshahi + "/meetings", meetingJson(date, "নোটিশ " + date));
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        return firstId(created.body());
    }

    /** The notice form as a person fills it in: checked, the number confirmed, asked again while another node took it. */
    private static String issueNotice(Browsing ms, long meeting, long file, AtomicInteger retries) {
        String path = "/offices/" + rajshahi + "/meetings/" + meeting + "/notice";
        Map<String, String> fields = new LinkedHashMap<>(Map.of("memoFile", String.valueOf(file), "issuedOn", LocalDate.now().toString(),
                "signatoryName", "মোঃ মাসুদ রানা", "signatoryDesignation", "সহকারী প্রোগ্রামার", "extraEmails", ""));
        var page = ms.post(path, fields);
        for (int attempt = 0; attempt < 200; attempt++) {
            assertThat(page.status()).as(page.body()).isEqualTo(200);
            Matcher number = CONFIRM_NUMBER.matcher(page.body());
            assertThat(number.find()).as(page.body()).isTrue();
            Map<String, String> confirmed = new LinkedHashMap<>(fields);
            confirmed.put("confirmed", number.group(1));
            page = ms.post(path, confirmed);
            if (page.status() == 302) {
                return number.group(1);
            }
            retries.incrementAndGet();
        }
        throw new AssertionError("the notice of meeting " + meeting + " was never issued");
    }

    private static long firstId(String json) {
        Matcher id = ID.matcher(json);
        assertThat(id.find()).as(json).isTrue();
        return Long.parseLong(id.group(1));
    }

    /** How the node signs the ShedLock rows it takes: host and process id. */
    private static String lockedBy(PackagedApplication node) throws IOException {
        return java.net.InetAddress.getLocalHost().getHostName() + "/" + node.pid();
    }

    /** When each reminder run of the node ended, from its log line ("reminders: … open deadlines"). */
    private static List<Instant> runsLogged(PackagedApplication node) throws IOException {
        List<Instant> runs = new ArrayList<>();
        for (String line : Files.readAllLines(node.log())) {
            if (line.contains("reminders: ") && line.contains(" open deadlines")) {
                runs.add(OffsetDateTime.parse(line.substring(0, line.indexOf(' '))).toInstant());
            }
        }
        return runs;
    }
}
