package bd.udbhabon.audit;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.access.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17, point 8: how much the audit chain's serialisation limits concurrent audited writes.
 * Writers across {@value #OFFICES} offices each run transactions shaped like the application's: two
 * statements of their own, the audited write, one more statement, and the commit with its fsync (the
 * embedded server is durable here: the chain lock is held to the commit, so the flush is in its serial
 * section). For 1, 4, 16 and 64 writers, in one run: the same work without any audit (the ceiling),
 * with every entry in one chain (the global serialisation), and with one chain per office.
 * Not part of the build: {@code ./mvnw -B -o test -Dtest=AuditThroughputBenchmark -Dudbhabon.benchmark=audit}
 * ({@code -Daudit.seconds=8} per measurement); the table goes to the output and to
 * {@code target/audit-throughput.txt}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "udbhabon.benchmark", matches = "audit")
class AuditThroughputBenchmark {

    static final int OFFICES = 1000;
    static final int[] WRITERS = {1, 4, 16, 64};

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;
    @Autowired
    PlatformTransactionManager transactions;

    @DynamicPropertySource
    static void durableAndWide(DynamicPropertyRegistry properties) {
        properties.add("udbhabon.database.durable", () -> "true");
        properties.add("spring.datasource.hikari.maximum-pool-size", () -> "72");
    }

    enum Mode {
        /** The writer's own statements only: what the machine does without an audit trail. */
        NO_AUDIT,
        /**
         * Every entry in one chain, one lock for all: the design before point 8 (its figures in docs/modules/audit.md),
         * and after it what entries without an office (the national chain) still do.
         */
        ONE_CHAIN,
        /** One chain, and one lock, per office (before point 8 this was a prototype of it in this class). */
        CHAIN_PER_OFFICE
    }

    @Test
    void writesPerSecond() throws Exception {
        JdbcClient.create(owner).sql("""
                create table if not exists bench_work (office bigint primary key, n bigint not null, touched timestamptz);
                create table if not exists bench_log (id bigint generated always as identity primary key, office bigint, payload text);
                insert into bench_work (office, n) select g, 0 from generate_series(1, %d) g on conflict do nothing;
                grant select, insert, update on bench_work, bench_log to udbhabon_app;
                """.formatted(OFFICES)).update();
        int seconds = Integer.getInteger("audit.seconds", 8);
        var transaction = new TransactionTemplate(transactions);
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT,
                "%-8s %12s %12s %18s %10s %10s%n", "writers", "no audit/s", "one chain/s", "chain per office/s",
                "per office", "ceiling"));
        for (int writers : WRITERS) {
            measure(Mode.NO_AUDIT, 1, 2, transaction); // warm-up of the connections and plans
            double none = measure(Mode.NO_AUDIT, writers, seconds, transaction);
            double one = measure(Mode.ONE_CHAIN, writers, seconds, transaction);
            double perOffice = measure(Mode.CHAIN_PER_OFFICE, writers, seconds, transaction);
            table.append(String.format(Locale.ROOT, "%-8d %12.0f %12.0f %18.0f %9.2fx %9.2fx%n", writers, none, one,
                    perOffice, perOffice / one, perOffice / none));
        }
        long started = System.nanoTime();
        var verification = audit.verify();
        table.append("verify: ").append(verification.intact() ? "intact" : verification.reason())
                .append(", ").append(verification.checked()).append(" entries in ")
                .append(String.format(Locale.ROOT, "%.2f s", (System.nanoTime() - started) / 1e9)).append('\n');
        System.out.println("Audit throughput (transactions per second, " + seconds + " s each, " + OFFICES + " offices)\n" + table);
        Files.writeString(Path.of("target/audit-throughput.txt"), table.toString(), StandardCharsets.UTF_8);
    }

    private double measure(Mode mode, int writers, int seconds, TransactionTemplate transaction) throws InterruptedException {
        var stop = new AtomicBoolean();
        var done = new AtomicLong();
        var failed = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            threads.add(Thread.ofPlatform().start(() -> {
                while (!stop.get()) {
                    long office = ThreadLocalRandom.current().nextLong(1, OFFICES + 1);
                    try {
                        transaction.executeWithoutResult(status -> write(mode, office));
                        done.incrementAndGet();
                    } catch (RuntimeException e) {
                        failed.incrementAndGet();
                    }
                }
            }));
        }
        long start = System.nanoTime();
        Thread.sleep(seconds * 1000L);
        stop.set(true);
        long count = done.get();
        double elapsed = (System.nanoTime() - start) / 1e9;
        for (Thread t : threads) {
            t.join();
        }
        if (failed.get() > 0) {
            System.out.println(mode + " x" + writers + ": " + failed.get() + " transactions failed");
        }
        return count / elapsed;
    }

    /** A writer's transaction: its own statements around the audited write, as the application's services do. */
    private void write(Mode mode, long office) {
        jdbc.sql("update bench_work set n = n + 1, touched = clock_timestamp() where office = :o").param("o", office).update();
        jdbc.sql("insert into bench_log (office, payload) values (:o, repeat('x', 400))").param("o", office).update();
        switch (mode) {
            case NO_AUDIT -> { }
            case ONE_CHAIN -> audit.record(event(office, false));
            case CHAIN_PER_OFFICE -> audit.record(event(office, true));
        }
        jdbc.sql("insert into bench_log (office, payload) values (:o, repeat('y', 200))").param("o", office).update();
    }

    private AuditEvent event(long office, boolean withOffice) {
        return new AuditEvent(new Actor(7L, "bench", withOffice ? office : null, "127.0.0.1"), "bench.write", "bench",
                Long.toString(office), withOffice ? office : null, Map.of("n", office), Map.of("n", office + 1, "note", "বাংলা"));
    }
}
