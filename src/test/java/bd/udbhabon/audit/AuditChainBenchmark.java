package bd.udbhabon.audit;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.UdbhabonApplication;
import bd.udbhabon.access.Actor;
import java.nio.file.Files;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 17, point 8: how much the audit chain's serialisation limits concurrent audited writes (transactions per
 * second). Writers across {@value #OFFICES} offices each run a transaction shaped like the application's: two
 * statements of their own, the audited write, one more statement, and the commit with its fsync (the embedded
 * server is durable here: a chain's lock is held to the commit, so the flush is in its serial section). For 1, 4,
 * 16 and 64 writers, in one run: the same work without any audit (the ceiling), every entry in one chain (the
 * design before point 8, and what entries without an office still share), and one chain per office. Run:
 * {@code ./mvnw -q -B -o -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="AuditChainBenchmark -f 1 -wi 2 -i 3 -w 3s -r 5s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class AuditChainBenchmark {

    static final int OFFICES = 1000;

    /** NO_AUDIT: the writer's own statements only; ONE_CHAIN: every entry without an office; PER_OFFICE: the office's chain. */
    @Param({"NO_AUDIT", "ONE_CHAIN", "PER_OFFICE"})
    public String chain;

    private ConfigurableApplicationContext application;
    private AuditLog audit;
    private JdbcClient jdbc;
    private TransactionTemplate transaction;

    @Setup(Level.Trial)
    public void start() throws Exception {
        // as arguments: the builder's properties are defaults, below application.yml's data directory
        application = new SpringApplicationBuilder(UdbhabonApplication.class).run(
                "--udbhabon.data-dir=" + Files.createTempDirectory("udbhabon-audit-bench"),
                "--udbhabon.database.durable=true",
                "--spring.datasource.hikari.maximum-pool-size=72",
                "--udbhabon.security.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
                "--udbhabon.scheduling.enabled=false",
                "--udbhabon.storage.move-database-bytes=false",
                "--server.port=0",
                "--logging.level.root=WARN");
        audit = application.getBean(AuditLog.class);
        jdbc = application.getBean(JdbcClient.class);
        transaction = new TransactionTemplate(application.getBean(PlatformTransactionManager.class));
        JdbcClient.create(application.getBean("ownerDataSource", DataSource.class)).sql("""
                create table if not exists bench_work (office bigint primary key, n bigint not null, touched timestamptz);
                create table if not exists bench_log (id bigint generated always as identity primary key, office bigint, payload text);
                insert into bench_work (office, n) select g, 0 from generate_series(1, %d) g on conflict do nothing;
                grant select, insert, update on bench_work, bench_log to udbhabon_app;
                """.formatted(OFFICES)).update();
    }

    @TearDown(Level.Trial)
    public void stop() {
        var verification = audit.verify();
        application.close();
        if (!verification.intact()) {
            throw new IllegalStateException("the chain does not verify after the run: " + verification.reason());
        }
    }

    @Benchmark
    @Threads(1)
    public void writers01() {
        write();
    }

    @Benchmark
    @Threads(4)
    public void writers04() {
        write();
    }

    @Benchmark
    @Threads(16)
    public void writers16() {
        write();
    }

    @Benchmark
    @Threads(64)
    public void writers64() {
        write();
    }

    /** A writer's transaction: its own statements around the audited write, as the application's services do. */
    private void write() {
        long office = ThreadLocalRandom.current().nextLong(1, OFFICES + 1);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("update bench_work set n = n + 1, touched = clock_timestamp() where office = :o").param("o", office).update();
            jdbc.sql("insert into bench_log (office, payload) values (:o, repeat('x', 400))").param("o", office).update();
            switch (chain) {
                case "ONE_CHAIN" -> audit.record(event(office, false));
                case "PER_OFFICE" -> audit.record(event(office, true));
                default -> { }
            }
            jdbc.sql("insert into bench_log (office, payload) values (:o, repeat('y', 200))").param("o", office).update();
        });
    }

    private static AuditEvent event(long office, boolean withOffice) {
        return new AuditEvent(new Actor(7L, "bench", withOffice ? office : null, "127.0.0.1"), "bench.write", "bench",
                Long.toString(office), withOffice ? office : null, Map.of("n", office), Map.of("n", office + 1, "note", "বাংলা"));
    }
}
