package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.internal.NationalRegistry;
import bd.udbhabon.plan.PlanRollUp;
import bd.udbhabon.plan.RollUpState;
import java.io.IOException;
import java.sql.SQLException;
import java.util.EnumMap;
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
 * The plans' roll-up at national scale (issue 14, point 5), through {@link RollUpQueries} itself: the national
 * registry ({@link NationalRegistry}, 24,067 offices) where every office but the Cabinet Division has a
 * 2023-24 plan or not by its id: of every 20, 1 without a plan, 1 with its plan not issued, 2 issued without
 * reports, 1 a draft report, 7 submitted (one of every 40 offices late), 2 returned and 6 accepted, in each of
 * the four quarters, and the same again for 2022-23 (about 176,000 reports; 45,700 issued versions, each on a paper of its
 * own). The set-up
 * checks the Cabinet Division's counts against a plain count over the tables, without the scope relation.
 * Run:
 * {@code ./mvnw -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="RollUpBenchmark -f 1 -wi 3 -i 5 -w 2s -r 2s"}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class RollUpBenchmark {

    static final FiscalYear YEAR = new FiscalYear(2023);

    private static final List<String> PLANS = List.of(
            "insert into plan_template (fiscal_year, office_level) values (2023, 'OTHER')",
            """
            insert into plan_template_version (template_id, version, status, title_bn, total_weight, published_at)
            select id, 1, 'PUBLISHED', 'ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪', 50, now() from plan_template""",
            """
            insert into plan (office_id, fiscal_year, template_version_id)
            select o.id, y, (select id from plan_template_version) from office o cross join generate_series(2022, 2023) y
             where o.level <> 'CABINET_DIVISION' and o.id % 20 <> 0""",
            "insert into memo_file (office_id, file_number, subject_bn) select id, '99.14', 'কর্মপরিকল্পনা' from office where ref = 'cabinet-division'",
            """
            insert into issued_memo (memo_number, file_id, paper)
            select '99.14.' || p.id, (select id from memo_file), 'plan:' || p.id from plan p where p.office_id % 20 <> 1""",
            """
            insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, pdf, docx)
            select p.office_id, (select id from memo_file), '99.14.' || p.id, date '2023-07-20', 'plan:' || p.id, '\\x25'::bytea, '\\x50'::bytea
              from plan p where p.office_id % 20 <> 1""",
            """
            insert into plan_version (plan_id, version, status, approved_on, paper_id)
            select p.id, 1, case when pp.id is null then 'DRAFT' else 'ISSUED' end,
                   case when pp.id is null then null else date '2023-07-15' end, pp.id
              from plan p left join issued_paper pp on pp.subject = 'plan:' || p.id""",
            """
            insert into plan_report (plan_id, quarter, status, due_on, submitted_at, late, score, score_rule)
            select p.id, q, case when p.office_id % 20 = 4 then 'DRAFT' when p.office_id % 20 < 12 then 'SUBMITTED'
                                 when p.office_id % 20 < 14 then 'RETURNED' else 'ACCEPTED' end,
                   date '2023-10-15', case when p.office_id % 20 = 4 then null else timestamptz '2023-10-10 10:00+06' end,
                   p.office_id % 40 = 5, case when p.office_id % 20 = 4 then null else (p.office_id % 50)::numeric end,
                   case when p.office_id % 20 = 4 then null else 'STEP' end
              from plan p cross join generate_series(1, 4) q where p.office_id % 20 >= 4""");

    private NationalRegistry.Database database;
    private JdbcClient jdbc;
    private RollUpQueries rollUp;
    private long cabinet;
    private long division;
    private long district;
    private long ministry;

    @Setup
    public void setUp() throws IOException, SQLException {
        database = NationalRegistry.Database.start();
        jdbc = database.jdbc();
        for (String sql : PLANS) {
            jdbc.sql(sql).update();
        }
        jdbc.sql("vacuum analyze").update(); // as autovacuum leaves a table that has settled
        rollUp = new RollUpQueries(jdbc, new PlanSettings(bd.udbhabon.plan.ScoreRule.STEP, "09-30", 1000));
        cabinet = NationalRegistry.id(jdbc, "cabinet-division");
        division = NationalRegistry.id(jdbc, "div:1");
        district = NationalRegistry.id(jdbc, "dist:1");
        ministry = NationalRegistry.id(jdbc, "min:1");
        sameAsAPlainCount();
    }

    /** The Cabinet Division's counts are the whole registry's, counted straight from the tables. */
    private void sameAsAPlainCount() {
        Map<RollUpState, Long> expected = new EnumMap<>(RollUpState.class);
        jdbc.sql("""
                        select case when r.status = 'SUBMITTED' and r.late then 'SUBMITTED_LATE' when r.status is not null then r.status
                                    when p.id is null then 'NO_PLAN' when v.status = 'ISSUED' then 'MISSING' else 'PLAN_NOT_ISSUED' end,
                               count(*)
                          from office o left join plan p on p.office_id = o.id and p.fiscal_year = 2023
                          left join plan_version v on v.plan_id = p.id
                          left join plan_report r on r.plan_id = p.id and r.quarter = 1
                         where o.level <> 'CABINET_DIVISION' group by 1""")
                .query(rs -> {
                    expected.put(RollUpState.valueOf(rs.getString(1)), rs.getLong(2));
                });
        PlanRollUp.RollUp country = rollUp.rollUp(cabinet, YEAR, 1);
        if (!country.total().equals(new PlanRollUp.Tally(expected)) || country.total().total() != NationalRegistry.OFFICES - 1
                || country.children().size() != 68 || country.total().of(RollUpState.SUBMITTED_LATE) == 0) {
            throw new IllegalStateException("the country's counts " + country.total() + " differ from " + expected
                    + " or it has " + country.children().size() + " offices directly below");
        }
        long exported = exportCabinet();
        if (exported != NationalRegistry.OFFICES - 1) {
            throw new IllegalStateException(exported + " rows exported");
        }
    }

    /**
     * Prints the query plans of the Cabinet Division's page, its first "missing" page and its export; with
     * {@code cpu}, the CPU time each takes instead (this JVM's thread and the database's backend process, from
     * /proc on Linux), which, unlike the time on the clock, does not grow with other processes' load.
     */
    public static void main(String[] args) throws Exception {
        RollUpBenchmark bench = new RollUpBenchmark();
        bench.setUp();
        try {
            if (args.length > 0 && args[0].equals("cpu")) {
                bench.cpu();
                return;
            }
            for (String sql : RollUpQueries.explained()) {
                System.out.println("----\n" + sql.lines().findFirst().orElse(""));
                bench.jdbc.sql("explain (analyze, buffers) " + sql).param("office", bench.cabinet).param("year", 2023)
                        .param("quarter", 1).param("state", "MISSING").param("limit", 100).param("offset", 0L)
                        .query(String.class).list().forEach(System.out::println);
            }
        } finally {
            bench.tearDown();
        }
    }

    private void cpu() throws IOException {
        long backend = jdbc.sql("select pg_backend_pid()").query(Long.class).single();
        var thread = java.lang.management.ManagementFactory.getThreadMXBean();
        Map<String, Runnable> work = new java.util.LinkedHashMap<>();
        work.put("rollUpCabinet", this::rollUpCabinet);
        work.put("missingCabinet", this::missingCabinet);
        work.put("exportCabinet", this::exportCabinet);
        work.put("rollUpDivision", this::rollUpDivision);
        work.put("rollUpDistrict", this::rollUpDistrict);
        int rounds = 30;
        for (var entry : work.entrySet()) {
            for (int i = 0; i < 5; i++) {
                entry.getValue().run();
            }
            long javaBefore = thread.getCurrentThreadCpuTime();
            long dbBefore = ticks(backend);
            long wallBefore = System.nanoTime();
            for (int i = 0; i < rounds; i++) {
                entry.getValue().run();
            }
            double wall = (System.nanoTime() - wallBefore) / 1e6 / rounds;
            double java = (thread.getCurrentThreadCpuTime() - javaBefore) / 1e6 / rounds;
            double db = (ticks(backend) - dbBefore) * 10.0 / rounds; // clock ticks of 10 ms
            System.out.printf("%s: CPU %.1f ms (database %.1f + Java %.1f), on the clock %.1f ms%n",
                    entry.getKey(), db + java, db, java, wall);
        }
    }

    /** utime + stime of a process, in clock ticks (100 a second). */
    private static long ticks(long pid) throws IOException {
        String stat = java.nio.file.Files.readString(java.nio.file.Path.of("/proc/" + pid + "/stat"));
        String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    @TearDown
    public void tearDown() throws IOException {
        database.close();
    }

    /** {@code /offices/{cabinet}/plan-reports}: the whole country counted, the 68 offices directly below with theirs. */
    @Benchmark
    public PlanRollUp.RollUp rollUpCabinet() {
        return rollUp.rollUp(cabinet, YEAR, 1);
    }

    @Benchmark
    public PlanRollUp.RollUp rollUpDivision() {
        return rollUp.rollUp(division, YEAR, 1);
    }

    @Benchmark
    public PlanRollUp.RollUp rollUpDistrict() {
        return rollUp.rollUp(district, YEAR, 1);
    }

    @Benchmark
    public PlanRollUp.RollUp rollUpMinistry() {
        return rollUp.rollUp(ministry, YEAR, 1);
    }

    /** {@code ?state=MISSING}: the country's first 100 offices whose report is missing. */
    @Benchmark
    public PlanRollUp.Listing missingCabinet() {
        return rollUp.withState(cabinet, YEAR, 1, RollUpState.MISSING, 0, 100);
    }

    /** The rows of {@code plan-reports.csv} for the whole country (24,066), without writing them. */
    @Benchmark
    public long exportCabinet() {
        long[] rows = {0};
        rollUp.forEachInScope(cabinet, YEAR, 1, r -> rows[0]++);
        return rows[0];
    }
}
