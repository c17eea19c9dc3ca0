package bd.udbhabon.supervision.web;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.internal.NationalRegistry;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.supervision.OfficeFigures;
import bd.udbhabon.supervision.internal.Dashboards;
import bd.udbhabon.supervision.internal.SupervisionProperties;
import bd.udbhabon.supervision.internal.SupervisionReadSide;
import java.io.IOException;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The supervision dashboards at national scale (issue 16, point 2), through {@link Dashboards} and the page's own view
 * ({@link DashboardView}, its two charts drawn): the national registry ({@link NationalRegistry}, 24,067 offices) and
 * ten fiscal years of figures (2017-18 to 2026-27's first two quarters): the 2,947 offices that run a team as
 * {@code DecisionBenchmark}'s (every office above the field level and every twelfth field office) with 16 measures a
 * quarter and their plan of the year; every other field office with its team's (formed or not, compliant, current).
 * About 3.7 million offices' figures, loaded by plain SQL, then summed over {@code office_scope} by the rebuild's own
 * step ({@link SupervisionReadSide#sumScopes}); then one office refreshed as a write refreshes it. The set-up checks the
 * sums of the Cabinet Division's, a division's and a district's scopes against counting the offices' figures at read time
 * (what the sums replace, {@link #nationalCountedAtReadTime}). SampleTime: p50, p95. Compare in the same run with the
 * national decision scope (each benchmark method loads its own database, a few minutes on a busy machine, so the set-up
 * also times {@link #nationalCountedAtReadTime} and {@link #refreshAfterAWrite} and prints them; JDK 25 as {@code java}):
 * {@code ./mvnw -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="'SupervisionBenchmark.nationalDashboard$|DecisionBenchmark.scopeCabinet$' -f 1 -wi 3 -i 5 -w 2s -r 2s -bm sample -tu ms"}
 * (or {@code SupervisionBenchmark} for all of them).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SupervisionBenchmark {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final FiscalYear YEAR = new FiscalYear(2025);

    /** Ten years of figures, as the modules' sources would give them, without their facts. */
    private static final List<String> FIGURES = List.of(
            """
            insert into supervision_figure (office_id, fiscal_year, quarter, measure, value, out_of)
            select o.id, y, q, m.measure, m.value, m.out_of
              from office o cross join generate_series(2017, 2026) y cross join generate_series(1, 4) q
              cross join lateral (select 1 + (o.id + q + y) % 3 as held, 4 + (o.id + q) % 5 as taken) f
              cross join lateral (values
                  ('team.formed', 1, 1),
                  ('team.compliant', case when (o.id + q) % 5 <> 0 then 1 else 0 end, 1),
                  ('team.current', case when y >= 2025 and (o.id + y) % 4 <> 0 then 1 else 0 end, 1),
                  ('meeting.held', f.held, 3),
                  ('meeting.overdue', 3 - f.held, 0),
                  ('minutes.issued', f.held - (o.id % 2), f.held),
                  ('minutes.published', f.held - 1, f.held),
                  ('decision.taken', f.taken, 0),
                  ('decision.implemented', f.taken / 2 + (o.id + y) % 2, f.taken),
                  ('decision.overdue', (o.id + q) % 3, 0),
                  ('plan.reports', case when (o.id + q + y) % 7 <> 0 then 1 else 0 end, 1),
                  ('plan.late', case when (o.id + q) % 6 = 0 then 1 else 0 end, 0),
                  ('plan.score', 5000 + (o.id * 37 + q * 11 + y) % 5000, 10000),
                  ('initiative.new', (o.id + q) % 3, 0),
                  ('initiative.active', 2 + (o.id + y) % 6, 0),
                  ('initiative.running', (o.id + y) % 3, 2 + (o.id + y) % 6)) m(measure, value, out_of)
             where (o.level <> 'OTHER' or o.id % 12 = 0) and (y < 2026 or q <= 2) and (m.value <> 0 or m.out_of <> 0)""",
            """
            insert into supervision_figure (office_id, fiscal_year, quarter, measure, value, out_of)
            select o.id, y, 0, 'plan.issued', case when (o.id + y) % 9 <> 0 then 1 else 0 end, 1
              from office o cross join generate_series(2017, 2026) y where o.level <> 'OTHER' or o.id % 12 = 0""",
            """
            insert into supervision_figure (office_id, fiscal_year, quarter, measure, value, out_of)
            select o.id, y, q, m.measure, m.value, m.out_of
              from office o cross join generate_series(2017, 2026) y cross join generate_series(1, 4) q
              cross join lateral (select (o.id + y) % 3 <> 0 as formed) f
              cross join lateral (values
                  ('team.formed', case when f.formed then 1 else 0 end, 1),
                  ('team.compliant', case when (o.id + q) % 4 <> 0 then 1 else 0 end, case when f.formed then 1 else 0 end),
                  ('team.current', case when y >= 2025 and o.id % 2 = 0 then 1 else 0 end, case when f.formed then 1 else 0 end))
                   m(measure, value, out_of)
             where o.level = 'OTHER' and o.id % 12 <> 0 and (y < 2026 or q <= 2)
               and (f.formed or m.measure = 'team.formed')""");

    private NationalRegistry.Database database;
    private JdbcClient jdbc;
    private SupervisionReadSide readSide;
    private Dashboards dashboards;
    private OfficeDirectory directory;
    private Ui ui;
    private Office cabinetOffice;
    private long cabinet;
    private long division;
    private long district;
    private long upazila;
    private int write;
    private TransactionTemplate transactions;

    /** A source as a module's would be, for the benchmark's one office: its figures move with every write. */
    private final class Alternating implements OfficeFigures {

        @Override
        public List<Measure> measures() {
            return List.of(new Measure("decision.taken", "গৃহীত সিদ্ধান্ত", "Decisions taken", false),
                    new Measure("decision.implemented", "সিদ্ধান্ত বাস্তবায়নের হার", "Decisions implemented", true));
        }

        @Override
        public Set<String> recordTypes() {
            return Set.of("decision");
        }

        @Override
        public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
            if (year.compareTo(YEAR) != 0) {
                return List.of();
            }
            long office = officeIds.iterator().next();
            return List.of(new Figure(office, 1, "decision.taken", 5 + write % 2, 0),
                    new Figure(office, 1, "decision.implemented", 2 + write % 2, 5 + write % 2));
        }
    }

    @Setup
    public void setUp() throws IOException, SQLException {
        database = NationalRegistry.Database.start();
        jdbc = database.jdbc();
        long started = System.nanoTime();
        for (String sql : FIGURES) {
            jdbc.sql(sql).update();
        }
        long loaded = System.nanoTime();
        readSide = new SupervisionReadSide(jdbc, List.of(new Alternating()), new SupervisionProperties(10, "-", false));
        readSide.sumScopes(new Integer[]{2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026});
        System.out.printf("figures loaded in %.0f ms, summed over office_scope in %.0f ms%n", (loaded - started) / 1e6,
                (System.nanoTime() - loaded) / 1e6);
        jdbc.sql("vacuum analyze").update();
        dashboards = new Dashboards(jdbc, List.of(new Alternating()));
        directory = NationalRegistry.directory(jdbc);
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasenames("messages/supervision", "messages/shell");
        messages.setDefaultEncoding("UTF-8");
        ui = new Ui(Ui.BANGLA, messages, "");
        cabinet = NationalRegistry.id(jdbc, "cabinet-division");
        cabinetOffice = directory.require(cabinet);
        division = NationalRegistry.id(jdbc, "div:1");
        district = NationalRegistry.id(jdbc, "dist:1");
        upazila = NationalRegistry.id(jdbc, "upz:7");
        transactions = new TransactionTemplate(new DataSourceTransactionManager(database.dataSource()));
        refreshAfterAWrite(); // a write, its sums moved by the difference
        for (long office : List.of(cabinet, division, district)) {
            sameAsCountedAtReadTime(office);
        }
        // each benchmark loads its own database (minutes): the two figures to compare with are also timed here
        System.out.println("counted at read time, the Cabinet Division (ms): " + times(5, this::nationalCountedAtReadTime));
        System.out.println("refresh after a write, an upazila (ms): " + times(40, this::refreshAfterAWrite));
        sameAsCountedAtReadTime(cabinet);
        System.out.printf("%d offices' figures, %d scopes' sums; the Cabinet Division reads %d rows%n",
                jdbc.sql("select count(*) from supervision_figure").query(Long.class).single(),
                jdbc.sql("select count(*) from supervision_scope_figure").query(Long.class).single(),
                jdbc.sql("""
                        select count(*) from office_scope o join supervision_scope_figure s on s.ancestor_id = o.office_id and s.fiscal_year = ?
                         where o.ancestor_id = ? and o.depth <= 1""").param(YEAR.startYear()).param(cabinet).query(Long.class).single());
        DashboardView view = nationalDashboardView();
        if (view.below().size() != 68) {
            throw new IllegalStateException(view.below().size() + " offices directly below the Cabinet Division");
        }
    }

    /** The sums read for the office and the offices directly below it equal its offices' figures counted now. */
    private void sameAsCountedAtReadTime(long office) {
        Map<String, String> summed = new TreeMap<>();
        Dashboards.View view = dashboards.view(office, YEAR);
        for (Dashboards.Scope scope : concat(view.own(), view.below())) {
            scope.quarters().forEach((q, measures) -> measures.forEach((m, v) ->
                    summed.put(scope.officeId() + "/" + q + "/" + m, v.value() + "/" + v.outOf())));
        }
        Map<String, String> counted = new TreeMap<>();
        counted(office).forEach(r -> counted.put(r[0], r[1]));
        if (!summed.equals(counted) || summed.isEmpty()) {
            throw new IllegalStateException("office " + office + ": the sums differ from the count (" + summed.size() + " and "
                    + counted.size() + " figures)");
        }
    }

    private static List<Dashboards.Scope> concat(Dashboards.Scope own, List<Dashboards.Scope> below) {
        List<Dashboards.Scope> all = new java.util.ArrayList<>(below);
        all.add(own);
        return all;
    }

    private List<String[]> counted(long office) {
        return jdbc.sql("""
                        select c.office_id, f.quarter, f.measure, sum(f.value), sum(f.out_of)
                          from office_scope c join office_scope s on s.ancestor_id = c.office_id
                          join supervision_figure f on f.office_id = s.office_id and f.fiscal_year = ?
                         where c.ancestor_id = ? and c.depth <= 1
                         group by 1, 2, 3
                        having sum(f.value) <> 0 or sum(f.out_of) <> 0""")
                .param(YEAR.startYear()).param(office)
                .query((rs, n) -> new String[]{rs.getLong(1) + "/" + rs.getInt(2) + "/" + rs.getString(3),
                        rs.getLong(4) + "/" + rs.getLong(5)}).list();
    }

    @TearDown
    public void tearDown() throws IOException {
        database.close();
    }

    private DashboardView nationalDashboardView() {
        return DashboardView.of(ui, dashboards, cabinetOffice, directory::findAll, YEAR.shortLabelLatin(), "2", "decision.implemented");
    }

    /**
     * {@code /offices/{cabinet}/supervision}: what the page does but the template, i.e. the read side's rows for the
     * country and its 68 offices directly below, their names, the view and its two charts drawn.
     */
    @Benchmark
    public int nationalDashboard() {
        DashboardView view = nationalDashboardView();
        int cells = 0;
        for (DashboardView.Row row : view.below()) {
            for (OfficeFigures.Measure m : view.measures()) {
                cells += view.text(row.scope(), m).length();
            }
        }
        return cells + view.chartBelow().length() + view.chartQuarters().length();
    }

    /** The read side's rows alone, the Cabinet Division's. */
    @Benchmark
    public Dashboards.View nationalReadSide() {
        return dashboards.view(cabinet, YEAR);
    }

    @Benchmark
    public Dashboards.View divisionReadSide() {
        return dashboards.view(division, YEAR);
    }

    @Benchmark
    public Dashboards.View districtReadSide() {
        return dashboards.view(district, YEAR);
    }

    /** What the sums replace: the offices' figures of the whole country counted at read time. */
    @Benchmark
    public List<String[]> nationalCountedAtReadTime() {
        return counted(cabinet);
    }

    /** A write's cost on the read side: one office's figures recomputed, its ancestors' sums moved by the difference. */
    @Benchmark
    public int refreshAfterAWrite() {
        write++;
        transactions.executeWithoutResult(t -> readSide.refresh(upazila, List.of(new Alternating()), AS_OF));
        return write;
    }

    /** The times of {@code n} calls, sorted, in ms, and their median and 95th percentile. */
    private static String times(int n, Runnable call) {
        double[] ms = new double[n];
        for (int i = 0; i < n; i++) {
            long t = System.nanoTime();
            call.run();
            ms[i] = (System.nanoTime() - t) / 1e6;
        }
        java.util.Arrays.sort(ms);
        return String.format(java.util.Locale.ROOT, "p50 %.1f, p95 %.1f, max %.1f", ms[n / 2], ms[(int) Math.ceil(n * 0.95) - 1], ms[n - 1]);
    }
}
