package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.PlanRollUp;
import bd.udbhabon.plan.ReportDeadline;
import bd.udbhabon.plan.RollUpState;
import bd.udbhabon.plan.ScoreRule;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The roll-up in SQL, over {@code office_scope} (the scope relation {@code office} publishes): a page is
 * three queries however many offices are below, the scope's size (which form of the scope's queries to use),
 * the counts (per level, and per office directly below over its own scope, from one materialized set of
 * states) and the rows (the office and those directly below).
 * Reads {@code plan}, {@code plan_version} and {@code plan_report}; never writes them.
 */
@Repository
public class RollUpQueries implements PlanRollUp {

    /**
     * The state of the office whose plan row is {@code p}, quarter's report row {@code r} and issued version
     * {@code issued} (each may be missing).
     */
    static final String STATE = """
            case when r.status = 'SUBMITTED' and r.late then 'SUBMITTED_LATE'
                 when r.status is not null then r.status
                 when p.id is null then 'NO_PLAN'
                 when issued.yes then 'MISSING'
                 else 'PLAN_NOT_ISSUED' end""";

    /**
     * The plan, quarter's report and issued version of the office whose id is {@code %s}, each looked up by its
     * key (lateral, with a limit so that the planner keeps it so): for a scope of a few hundred offices. Joined
     * plainly, the planner hashed the whole country's plans and versions for a ministry's 390 offices, 12 ms of
     * the database per roll-up at the national deadline; looked up, 4 ms (issue 14, point 11).
     */
    private static final String PLAN_BY_KEY = """
            left join lateral (select id from plan where office_id = %1$s and fiscal_year = :year limit 1) p on true
            left join lateral (select id, status, late, submitted_at, score, score_rule from plan_report
                                where plan_id = p.id and quarter = :quarter limit 1) r on true
            left join lateral (select true as yes from plan_version where plan_id = p.id and status = 'ISSUED' limit 1) issued on true""";

    /** The same, joined for the planner to hash: for a scope of thousands (a division's 4,782 offices: 21 ms, looked up 56 ms). */
    private static final String PLAN_BY_HASH = """
            left join plan p on p.office_id = %1$s and p.fiscal_year = :year
            left join plan_report r on r.plan_id = p.id and r.quarter = :quarter
            left join (select distinct plan_id, true as yes from plan_version where status = 'ISSUED') issued on issued.plan_id = p.id""";

    /** The plan and report of the office {@code o}. */
    private static final String PLAN_JOINS = PLAN_BY_KEY.formatted("o.id");

    /** {@code o} an office row: where it reports ({@code sup}), its plan and report. */
    private static final String ROW_JOINS = """
            cross join lateral (select %s as superior_id) line
            left join office sup on sup.id = line.superior_id
            """.formatted(ReportingLine.SUPERIOR_OF_O) + PLAN_JOINS;

    private static final String ROW = """
            o.id, o.level, o.name_bn, o.name_en, sup.id as superior_id, sup.name_bn as superior_bn, sup.name_en as superior_en,
            %s as state, coalesce(r.late, false) as late, r.submitted_at, r.score, r.score_rule, r.id as report_id""".formatted(STATE);

    private static final String RANK = """
            array_position(array['CABINET_DIVISION','MINISTRY','DIRECTORATE','DIVISION','DISTRICT','UPAZILA','OTHER'], o.level)""";

    private static final String ORDER = RANK + ", o.name_bn collate \"bn-x-icu\", o.id";

    /**
     * The office and those directly below (a few hundred at most), with where each reports: an array, so that
     * the plans and reports are found by key (joined to the relation, the planner expected thousands of rows
     * and hashed every office, plan and report).
     */
    static final String OWN_AND_BELOW = "select " + ROW + ", o.id <> :office as below, line.superior_id = :office as reports_here"
            + " from office o " + ROW_JOINS
            + " where o.id = any(array(select office_id from office_scope where ancestor_id = :office and depth <= 1))"
            + " order by below, reports_here desc nulls last, " + ORDER;

    /** The queries over a whole scope, in the form for its size. */
    record ScopeQueries(String counts, String listing, String listingCount, String everyRow) {

        static ScopeQueries joining(String planJoins) {
            // every office of the scope (not the office itself) with its state, computed once from the scope's range
            // of office_scope, the year's plans and the quarter's reports; the rest of a query joins names to it
            String states = """
                    with states as materialized (
                        select s.office_id as id, s.level, %s as state, r.id as report_id
                          from office_scope s
                          %s
                         where s.ancestor_id = :office and s.depth > 0
                    )
                    """.formatted(STATE, planJoins.formatted("s.office_id"));
            // the states counted per level, and per office directly below over that office's own scope (its pairs
            // in office_scope joined by hash to the states); an array for the offices directly below, so that each
            // is one range of the relation's key
            String counts = states + """
                    select 'level' as kind, level::text as key, state, count(*) as n from states group by level, state
                    union all
                    select 'below', b.ancestor_id::text, st.state, count(*)
                      from office_scope b join states st on st.id = b.office_id
                     where b.ancestor_id = any(array(select office_id from office_scope where ancestor_id = :office and depth = 1))
                       and b.depth > 0
                     group by b.ancestor_id, st.state""";
            // the scope's offices with their names and superiors, joined only to the states asked for
            String rows = states + """
                    select o.id, o.level, o.name_bn, o.name_en, sup.id as superior_id, sup.name_bn as superior_bn, sup.name_en as superior_en,
                           st.state, coalesce(r.late, false) as late, r.submitted_at, r.score, r.score_rule, r.id as report_id%s
                      from states st join office o on o.id = st.id
                     cross join lateral (select %s as superior_id) line
                      left join office sup on sup.id = line.superior_id
                      left join plan_report r on r.id = st.report_id
                    """;
            return new ScopeQueries(counts,
                    rows.formatted(", count(*) over () as total", ReportingLine.SUPERIOR_OF_O)
                            + " where st.state = :state order by " + ORDER + " limit :limit offset :offset",
                    states + "select count(*) from states where state = :state",
                    rows.formatted("", ReportingLine.SUPERIOR_OF_O) + " order by " + ORDER);
        }
    }

    static final ScopeQueries SMALL_SCOPE = ScopeQueries.joining(PLAN_BY_KEY);
    static final ScopeQueries LARGE_SCOPE = ScopeQueries.joining(PLAN_BY_HASH);

    /** The queries the benchmark explains. */
    static List<String> explained() {
        return List.of(SMALL_SCOPE.counts(), LARGE_SCOPE.counts(), OWN_AND_BELOW, SMALL_SCOPE.listing(), LARGE_SCOPE.listing(),
                LARGE_SCOPE.everyRow());
    }

    private final JdbcClient jdbc;
    /** Above this many offices below, the scope's queries hash the year's plans (PLAN_BY_HASH). */
    private final int hashedAbove;

    public RollUpQueries(JdbcClient jdbc, PlanSettings settings) {
        this.jdbc = jdbc;
        this.hashedAbove = settings.rollUpHashedAbove();
    }

    @Override
    public RollUp rollUp(long officeId, FiscalYear year, int quarter) {
        Map<OfficeLevel, Map<RollUpState, Long>> byLevel = new EnumMap<>(OfficeLevel.class);
        Map<Long, Map<RollUpState, Long>> below = new HashMap<>();
        jdbc.sql(scope(officeId).counts()).param("office", officeId).param("year", year.startYear()).param("quarter", quarter)
                .query(rs -> {
                    RollUpState state = RollUpState.valueOf(rs.getString("state"));
                    Map<RollUpState, Long> counts = rs.getString("kind").equals("level")
                            ? byLevel.computeIfAbsent(OfficeLevel.valueOf(rs.getString("key")), l -> new EnumMap<>(RollUpState.class))
                            : below.computeIfAbsent(Long.parseLong(rs.getString("key")), l -> new EnumMap<>(RollUpState.class));
                    counts.put(state, rs.getLong("n"));
                });
        OfficeReport[] own = {null};
        List<Child> children = new ArrayList<>();
        jdbc.sql(OWN_AND_BELOW)
                .param("office", officeId).param("year", year.startYear()).param("quarter", quarter)
                .query(rs -> {
                    OfficeReport row = row(rs);
                    if (!rs.getBoolean("below")) {
                        own[0] = row.level() == OfficeLevel.CABINET_DIVISION ? null : row;
                    } else {
                        children.add(new Child(row, rs.getBoolean("reports_here"),
                                new Tally(below.getOrDefault(row.officeId(), Map.of()))));
                    }
                });
        Map<OfficeLevel, Tally> levels = new LinkedHashMap<>();
        byLevel.forEach((level, counts) -> levels.put(level, new Tally(counts)));
        return new RollUp(officeId, year, quarter, dueOn(year, quarter), own[0], levels, List.copyOf(children));
    }

    @Override
    public Optional<OfficeReport> office(long officeId, FiscalYear year, int quarter) {
        return jdbc.sql("select " + ROW + " from office o " + ROW_JOINS + " where o.id = :office")
                .param("office", officeId).param("year", year.startYear()).param("quarter", quarter)
                .query((rs, i) -> row(rs)).optional();
    }

    @Override
    public Listing withState(long officeId, FiscalYear year, int quarter, RollUpState state, int page, int size) {
        long[] total = {0};
        ScopeQueries queries = scope(officeId);
        List<OfficeReport> items = jdbc.sql(queries.listing())
                .param("office", officeId).param("year", year.startYear()).param("quarter", quarter).param("state", state.name())
                .param("limit", size).param("offset", (long) page * size)
                .query((rs, i) -> {
                    total[0] = rs.getLong("total");
                    return row(rs);
                }).list();
        if (items.isEmpty() && page > 0) { // past the last page: still say how many there are
            total[0] = jdbc.sql(queries.listingCount()).param("office", officeId).param("year", year.startYear())
                    .param("quarter", quarter).param("state", state.name()).query(Long.class).single();
        }
        return new Listing(items, total[0], page, size);
    }

    @Override
    public void forEachInScope(long officeId, FiscalYear year, int quarter, Consumer<OfficeReport> consumer) {
        jdbc.sql(scope(officeId).everyRow()).param("office", officeId).param("year", year.startYear()).param("quarter", quarter)
                .query(rs -> {
                    consumer.accept(row(rs));
                });
    }

    /** The queries for the size of the office's scope (an index-only count of its range of office_scope). */
    private ScopeQueries scope(long officeId) {
        long below = jdbc.sql("select count(*) from office_scope where ancestor_id = ? and depth > 0").param(officeId)
                .query(Long.class).single();
        return below > hashedAbove ? LARGE_SCOPE : SMALL_SCOPE;
    }

    /** The calendar's day for the quarter (the year's own line, else the default), by {@link ReportDeadline}'s rule. */
    @Override
    public LocalDate dueOn(FiscalYear year, int quarter) {
        return jdbc.sql("""
                        select submit_month, submit_day from plan_deadline
                         where quarter = :quarter and (fiscal_year = :year or fiscal_year is null)
                         order by fiscal_year nulls last limit 1""")
                .param("quarter", quarter).param("year", year.startYear())
                .query((rs, i) -> new ReportDeadline(quarter, MonthDay.of(rs.getInt("submit_month"), rs.getInt("submit_day")), null)
                        .submitBy(year))
                .optional().orElse(year.quarterEnd(quarter));
    }

    private static OfficeReport row(ResultSet rs) throws SQLException {
        Timestamp submitted = rs.getTimestamp("submitted_at");
        String rule = rs.getString("score_rule");
        return new OfficeReport(rs.getLong("id"), OfficeLevel.valueOf(rs.getString("level")), rs.getString("name_bn"),
                rs.getString("name_en"), (Long) rs.getObject("superior_id"), rs.getString("superior_bn"), rs.getString("superior_en"),
                RollUpState.valueOf(rs.getString("state")), rs.getBoolean("late"),
                submitted == null ? null : submitted.toInstant().atZone(Dhaka.ZONE).toLocalDate(),
                rs.getBigDecimal("score"), rule == null ? null : ScoreRule.valueOf(rule), (Long) rs.getObject("report_id"));
    }
}
