package bd.udbhabon.audit;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.access.Actor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
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
        /** Every entry in one chain, one lock for all (the design before point 8; office-less entries after it). */
        ONE_CHAIN,
        /** One chain, and one lock, per office. */
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
        var verification = audit.verify();
        table.append("verify: ").append(verification.intact() ? "intact" : verification.reason())
                .append(", ").append(verification.checked()).append(" entries\n");
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
            case CHAIN_PER_OFFICE -> prototype.accept(office);
        }
        jdbc.sql("insert into bench_log (office, payload) values (:o, repeat('y', 200))").param("o", office).update();
    }

    private AuditEvent event(long office, boolean withOffice) {
        return new AuditEvent(new Actor(7L, "bench", withOffice ? office : null, "127.0.0.1"), "bench.write", "bench",
                Long.toString(office), withOffice ? office : null, Map.of("n", office), Map.of("n", office + 1, "note", "বাংলা"));
    }

    // --- the per-office prototype, measured before the design changed: JdbcAuditLog.record's two round trips with
    // the lock and the head per office (the HMAC computed here alike)

    private final byte[] prototypeKey = new SecureRandom().generateSeed(32);
    private final LongConsumer prototype = this::prototypeRecord;
    private volatile boolean prototypeReady;

    private void prototypeRecord(long office) {
        if (!prototypeReady) {
            synchronized (this) {
                if (!prototypeReady) {
                    JdbcClient.create(owner).sql("""
                            create or replace function bench_office_lock(office bigint, out prev_hash text, out at timestamptz)
                            language plpgsql volatile as $$
                            begin
                                perform pg_advisory_xact_lock(1969514868, office::int);
                                select coalesce((select coalesce(e.mac, e.hash) from audit_entry e where e.office_id = office
                                                 order by e.id desc limit 1), repeat('0', 64)), clock_timestamp()
                                  into prev_hash, at;
                            end
                            $$;
                            grant execute on function bench_office_lock(bigint) to udbhabon_app;
                            """).update();
                    prototypeReady = true;
                }
            }
        }
        String fields = "occurred_at, account_id, account_name, acting_office_id, client_address, action, record_type, record_id, office_id, before, after";
        String event = """
                select %s as occurred_at, cast(:accountId as bigint) as account_id, cast(:accountName as text) as account_name,
                       cast(:actingOfficeId as bigint) as acting_office_id, cast(:clientAddress as text) as client_address,
                       cast(:action as text) as action, cast(:recordType as text) as record_type,
                       cast(:recordId as text) as record_id, cast(:officeId as bigint) as office_id,
                       cast(:before as jsonb) as before, cast(:after as jsonb) as after, %s as prev_hash
                """;
        String before = "{\"n\": " + office + "}";
        String after = "{\"n\": " + (office + 1) + ", \"note\": \"বাংলা\"}";
        String[] prepared = bind(jdbc.sql("""
                with h as (select * from bench_office_lock(:officeId)), e as (%s from h)
                select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
                       prev_hash, audit_entry_content(prev_hash, %s) as content from e
                """.formatted(event.formatted("h.at", "h.prev_hash"), fields)), office, before, after)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        String mac;
        try {
            Mac hmac = Mac.getInstance("HmacSHA256");
            hmac.init(new SecretKeySpec(prototypeKey, "HmacSHA256"));
            mac = HexFormat.of().formatHex(hmac.doFinal(prepared[2].getBytes(StandardCharsets.UTF_8)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        bind(jdbc.sql("""
                with e as (%1$s)
                insert into audit_entry (%2$s, prev_hash, hash, mac)
                select %2$s, prev_hash, audit_entry_hash(prev_hash, %2$s), :mac from e
                """.formatted(event.formatted("cast(:occurredAt as timestamptz)", "cast(:prevHash as text)"), fields)),
                office, before, after)
                .param("occurredAt", prepared[0]).param("prevHash", prepared[1]).param("mac", mac).update();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, long office, String before, String after) {
        return sql.param("accountId", 7L).param("accountName", "bench").param("actingOfficeId", office)
                .param("clientAddress", "127.0.0.1").param("action", "bench.write").param("recordType", "bench")
                .param("recordId", Long.toString(office)).param("officeId", office).param("before", before)
                .param("after", after);
    }
}
