package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.TcvTotals;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.internal.NationalRegistry;
import java.io.IOException;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
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
 * The TCV totals at national scale (issue 15, point 2), through {@link TcvRepository} itself: the national registry
 * ({@link NationalRegistry}, 24,067 offices) with 10 initiatives each (240,670), 7 of every 10 measured (168,469
 * TCVs, inserted row by row through V41's triggers, whose time the set-up prints), 1 of every 10 stopped. The set-up
 * checks the Cabinet Division's totals against the plain aggregate over every TCV, and that rebuilding the tallies
 * changes nothing. {@link #plainAggregateCabinet} is that aggregate, what the totals would cost without the tallies.
 * Run:
 * {@code ./mvnw -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="TcvTotalsBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class TcvTotalsBenchmark {

    private static final List<String> INITIATIVES = List.of(
            """
            insert into initiative (office_id, kind, title_bn, service_bn, problem_bn, solution_bn, stage, stage_since)
            select o.id, (array['IDEA','SIMPLIFICATION','DIGITISATION'])[1 + n % 3], 'উদ্যোগ ' || o.id || '-' || n, 'সেবা ' || n,
                   'সমস্যা', 'সমাধান', case when n = 9 then 'STOPPED' else 'RUNNING' end, date '2024-01-01'
              from office o cross join generate_series(0, 9) n""",
            """
            insert into initiative_tcv (initiative_id, time_before, time_after, cost_before, cost_after, visits_before, visits_after,
                                        cases_per_year, measured_on)
            select i.id, 10 + i.id % 20, 1 + i.id % 3, 500 + i.id % 1000, 100, 3 + i.id % 4, 1, 100 + i.id % 5000, date '2024-06-01'
              from initiative i where i.id % 10 < 7""");

    /** The Cabinet Division's totals the long way: every measured, not stopped TCV of its scope. */
    static final String PLAIN = """
            select count(*) as measured,
                   coalesce(sum(t.time_before - t.time_after), 0) as time_case, coalesce(sum(t.cost_before - t.cost_after), 0) as cost_case,
                   coalesce(sum(t.visits_before - t.visits_after), 0) as visits_case,
                   coalesce(sum((t.time_before - t.time_after) * t.cases_per_year), 0) as time_year,
                   coalesce(sum((t.cost_before - t.cost_after) * t.cases_per_year), 0) as cost_year,
                   coalesce(sum((t.visits_before - t.visits_after)::bigint * t.cases_per_year), 0) as visits_year
              from office_scope s join initiative i on i.office_id = s.office_id join initiative_tcv t on t.initiative_id = i.id
             where s.ancestor_id = :office and i.stage <> 'STOPPED'""";

    private NationalRegistry.Database database;
    private JdbcClient jdbc;
    private TcvRepository tcv;
    private long cabinet;
    private long division;
    private long district;

    @Setup
    public void setUp() throws IOException, SQLException {
        database = NationalRegistry.Database.start();
        jdbc = database.jdbc();
        for (String sql : INITIATIVES) {
            long start = System.nanoTime();
            int rows = jdbc.sql(sql).update();
            System.out.printf("%,d rows in %.1f s: %s%n", rows, (System.nanoTime() - start) / 1e9, sql.lines().findFirst().orElse(""));
        }
        jdbc.sql("vacuum analyze").update();
        tcv = new TcvRepository(jdbc);
        cabinet = NationalRegistry.id(jdbc, "cabinet-division");
        division = NationalRegistry.id(jdbc, "div:1");
        district = NationalRegistry.id(jdbc, "dist:1");
        sameAsThePlainAggregate();
    }

    private void sameAsThePlainAggregate() {
        TcvTotals tallied = tcv.totals(cabinet);
        TcvTotals plain = plainAggregateCabinet();
        TcvTotals country = tcv.country();
        long start = System.nanoTime();
        long offices = tcv.rebuildTallies();
        System.out.printf("every tally rebuilt in %.1f s (%,d offices measured)%n", (System.nanoTime() - start) / 1e9, offices);
        if (!tallied.equals(plain) || !country.equals(plain) || !tcv.totals(cabinet).equals(plain) || plain.measured() < 150_000) {
            throw new IllegalStateException("the tallies' " + tallied + " differ from the plain aggregate " + plain);
        }
        Map<OfficeLevel, TcvTotals> byLevel = tcv.totalsByLevel(cabinet);
        TcvTotals sum = byLevel.values().stream().reduce(TcvTotals.NONE, TcvTotals::plus);
        if (!sum.equals(plain) || tcv.totalsBelow(cabinet).size() != 68) {
            throw new IllegalStateException("by level " + sum + ", " + tcv.totalsBelow(cabinet).size() + " offices below");
        }
    }

    /** Prints the query plans of the Cabinet Division's totals and of the plain aggregate. */
    public static void main(String[] args) throws Exception {
        TcvTotalsBenchmark bench = new TcvTotalsBenchmark();
        bench.setUp();
        try {
            List<String> queries = new java.util.ArrayList<>(TcvRepository.explained());
            queries.add(PLAIN);
            for (String sql : queries) {
                System.out.println("----\n" + sql.lines().findFirst().orElse(""));
                bench.jdbc.sql("explain (analyze, buffers) " + sql).param("office", bench.cabinet)
                        .query(String.class).list().forEach(System.out::println);
            }
        } finally {
            bench.tearDown();
        }
    }

    @TearDown
    public void tearDown() throws IOException {
        database.close();
    }

    @Benchmark
    public TcvTotals totalsCabinet() {
        return tcv.totals(cabinet);
    }

    @Benchmark
    public TcvTotals totalsDivision() {
        return tcv.totals(division);
    }

    @Benchmark
    public TcvTotals totalsDistrict() {
        return tcv.totals(district);
    }

    @Benchmark
    public Map<OfficeLevel, TcvTotals> byLevelCabinet() {
        return tcv.totalsByLevel(cabinet);
    }

    @Benchmark
    public Map<Long, TcvTotals> belowCabinet() {
        return tcv.totalsBelow(cabinet);
    }

    @Benchmark
    public TcvTotals country() {
        return tcv.country();
    }

    /** Without V41's tallies: every TCV of the scope joined and added up. */
    @Benchmark
    public TcvTotals plainAggregateCabinet() {
        return jdbc.sql(PLAIN).param("office", cabinet).query((rs, n) -> new TcvTotals(rs.getLong("measured"),
                rs.getBigDecimal("time_case").stripTrailingZeros(), rs.getBigDecimal("cost_case").stripTrailingZeros(),
                rs.getLong("visits_case"), rs.getBigDecimal("time_year").stripTrailingZeros(),
                rs.getBigDecimal("cost_year").stripTrailingZeros(), rs.getLong("visits_year"))).single();
    }
}
