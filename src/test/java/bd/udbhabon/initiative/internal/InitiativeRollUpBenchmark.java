package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.office.internal.NationalRegistry;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;

import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The initiatives' roll-up at national scale (issue 15, point 9), through {@link InitiativeRollUpQueries} itself: the national
 * registry ({@link NationalRegistry}, 24,067 offices), 8 initiatives of every office in every stage and kind but replication
 * (by its id), a replication of every fourth of them by another office (about 10 an office, 240,600 in all), a TCV for
 * every third, 3 services an office (a quarter not running). Loaded with the triggers off and the tally rebuilt by its one
 * command (initiative_tally_rebuild), then one initiative written with them on; the set-up checks the Cabinet Division's,
 * a division's and a ministry's tallies against the plain count ({@link InitiativeCounts}). SampleTime: p50, p95.
 * Run:
 * {@code ./mvnw -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="InitiativeRollUpBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class InitiativeRollUpBenchmark {

    private static final List<String> DATA = List.of(
            """
            insert into initiative (office_id, kind, title_bn, title_en, service_bn, problem_bn, solution_bn, stage, stage_since)
            select o.id, (array['IDEA', 'SIMPLIFICATION', 'DIGITISATION'])[1 + (o.id + g) % 3],
                   'উদ্যোগ ' || o.id || '-' || g, 'Initiative ' || o.id || '-' || g, 'নাগরিক সেবা', 'সময় বেশি লাগে', 'অনলাইনে আবেদন',
                   (array['IDEA', 'PROCESS_MAP', 'APPROVED_FOR_PILOT', 'PILOT', 'ASSESSMENT', 'SCALE_UP', 'RUNNING', 'STOPPED'])[1 + (o.id * 7 + g) % 8],
                   date '2024-01-01' + (o.id % 300)::int
              from office o cross join generate_series(1, 8) g""",
            """
            insert into initiative (office_id, kind, title_bn, service_bn, problem_bn, solution_bn, stage, stage_since, replicated_from_id)
            select lo + (i.office_id - lo + 7) % n, 'REPLICATION', 'রেপ্লিকেশন ' || i.id, 'নাগরিক সেবা', 'সময় বেশি লাগে', 'অনলাইনে আবেদন',
                   (array['IDEA', 'PILOT', 'RUNNING', 'SCALE_UP'])[1 + i.id % 4], date '2025-01-01', i.id
              from initiative i, (select min(id) as lo, count(*) as n from office) r where i.id % 4 = 0""",
            """
            insert into initiative_tcv (initiative_id, time_before, time_after, cost_before, cost_after, visits_before, visits_after,
                                        cases_per_year, measured_on)
            select id, 30, 7 + id % 5, 1500, 200, 5, 1, 500 + id % 1000, date '2024-06-01' from initiative where id % 3 = 0""",
            """
            insert into office_service (office_id, name_bn, kind, link, running, checked_on)
            select o.id, 'সেবা ' || g, (array['INNOVATED', 'SIMPLIFIED', 'DIGITISED'])[g], 'https://example.gov.bd/' || o.id || '/' || g,
                   (o.id + g) % 4 <> 0, date '2025-06-30'
              from office o cross join generate_series(1, 3) g""");

    private NationalRegistry.Database database;
    private JdbcClient jdbc;
    private InitiativeRollUpQueries rollUp;
    private InitiativeCornerQueries corner;
    private long cabinet;
    private long division;
    private long district;
    private long ministry;
    private long moved;
    private int move;

    @Setup
    public void setUp() throws IOException, SQLException {
        database = NationalRegistry.Database.start();
        jdbc = database.jdbc();
        jdbc.sql("set session_replication_role = replica").update(); // a bulk load: triggers off, then the one command
        for (String sql : DATA) {
            jdbc.sql(sql).update();
        }
        jdbc.sql("set session_replication_role = origin").update();
        long started = System.nanoTime();
        new InitiativeTally(jdbc).rebuild();
        System.out.printf("initiative_tally_rebuild(): %.0f ms%n", (System.nanoTime() - started) / 1e6);
        jdbc.sql("vacuum analyze").update();
        rollUp = new InitiativeRollUpQueries(jdbc, new InitiativeTally(jdbc));
        corner = new InitiativeCornerQueries(jdbc);
        cabinet = NationalRegistry.id(jdbc, "cabinet-division");
        division = NationalRegistry.id(jdbc, "div:1");
        district = NationalRegistry.id(jdbc, "dist:1");
        ministry = NationalRegistry.id(jdbc, "min:1");
        // with the triggers on: a new replication and a stage move in an upazila, a new TCV and a service stopped
        long upazila = NationalRegistry.id(jdbc, "upz:7");
        moved = jdbc.sql("""
                        insert into initiative (office_id, kind, title_bn, service_bn, problem_bn, solution_bn, stage, stage_since, replicated_from_id)
                        values (?, 'REPLICATION', 'নতুন রেপ্লিকেশন', 'সেবা', 'সমস্যা', 'সমাধান', 'IDEA', date '2025-07-01',
                                (select min(id) from initiative where office_id = ?)) returning id""")
                .param(upazila).param(ministry).query(Long.class).single();
        jdbc.sql("update initiative set stage = 'PILOT' where id = ?").param(moved).update();
        jdbc.sql("insert into initiative_tcv (initiative_id, time_before, time_after, cost_before, cost_after, visits_before, visits_after, "
                + "cases_per_year, measured_on) values (?, 20, 2, 800, 50, 4, 1, 3000, date '2025-07-10')").param(moved).update();
        jdbc.sql("update office_service set running = false where office_id = ? and running").param(upazila).update();
        for (long office : List.of(cabinet, division, ministry, upazila)) {
            sameAsThePlainCount(office);
        }
        InitiativeRollUp.RollUp country = rollUp.rollUp(cabinet);
        long initiatives = jdbc.sql("select count(*) from initiative").query(Long.class).single();
        if (country.total().total() != initiatives || country.below().size() != 68) {
            throw new IllegalStateException("the country counts " + country.total().total() + " of " + initiatives
                    + " initiatives and " + country.below().size() + " offices directly below");
        }
        System.out.printf("%d initiatives, %d tally rows, %d scope tally rows%n", initiatives,
                jdbc.sql("select count(*) from initiative_tally").query(Long.class).single(),
                jdbc.sql("select count(*) from initiative_scope_tally").query(Long.class).single());
    }

    private void sameAsThePlainCount(long office) {
        var expected = InitiativeCounts.comparable(InitiativeCounts.plain(jdbc, office));
        var tallied = InitiativeCounts.comparable(rollUp.rollUp(office).byLevel());
        if (!expected.equals(tallied)) {
            throw new IllegalStateException("office " + office + ": the tally " + tallied + " differs from the plain count " + expected);
        }
    }

    /** Prints the time of the plain count (what the tally replaces) and the query plans of the tally's read. */
    public static void main(String[] args) throws Exception {
        InitiativeRollUpBenchmark bench = new InitiativeRollUpBenchmark();
        bench.setUp();
        try {
            for (int i = 0; i < 5; i++) {
                long t = System.nanoTime();
                InitiativeCounts.plain(bench.jdbc, bench.cabinet);
                System.out.printf("plain count, the Cabinet Division: %.1f ms%n", (System.nanoTime() - t) / 1e6);
            }
            bench.jdbc.sql("explain (analyze, buffers) select ancestor_id, level, figure, value from initiative_scope_tally "
                            + "where ancestor_id = any(array(select office_id from office_scope where ancestor_id = ? and depth <= 1)) and value <> 0")
                    .param(bench.cabinet).query(String.class).list().forEach(System.out::println);
        } finally {
            bench.tearDown();
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        database.close();
    }

    /** {@code /offices/{cabinet}/initiatives/roll-up}: the whole country counted, the 68 offices directly below with theirs. */
    @Benchmark
    public InitiativeRollUp.RollUp rollUpCabinet() {
        return rollUp.rollUp(cabinet);
    }

    @Benchmark
    public InitiativeRollUp.RollUp rollUpDivision() {
        return rollUp.rollUp(division);
    }

    @Benchmark
    public InitiativeRollUp.RollUp rollUpDistrict() {
        return rollUp.rollUp(district);
    }

    @Benchmark
    public InitiativeRollUp.RollUp rollUpMinistry() {
        return rollUp.rollUp(ministry);
    }

    /** A division's corner: its offices' running initiatives district by district (3,000 offices below). */
    @Benchmark
    public List<InitiativeCornerQueries.District> cornerDivision() {
        return corner.byDistrict(division);
    }

    /** A stage move with the tally kept in step (the triggers' cost on a write). */
    @Benchmark
    public int moveStage() {
        return jdbc.sql("update initiative set stage = ? where id = ?").param(++move % 2 == 0 ? "PILOT" : "ASSESSMENT")
                .param(moved).update();
    }

    /** The rows of {@code roll-up.csv?table=initiatives} for the whole country (about 240,000), without writing them. */
    @Benchmark
    public long exportCabinet() {
        long[] rows = {0};
        rollUp.forEachInitiative(cabinet, r -> rows[0]++);
        return rows[0];
    }

}
