package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The action plans' figures for the supervision dashboards (issue 16, point 2): for the year as a whole (quarter 0),
 * of the offices with a plan, those whose plan is issued; per quarter, of the plans whose quarter has begun, the
 * reports sent upward (submitted, returned or accepted) and of those the late ones; and the score to date the reports
 * carried, in hundredths of a point out of 100 points (so that a sum over offices gives their mean score).
 */
@Component
class PlanFigures implements OfficeFigures {

    private static final List<Measure> MEASURES = List.of(
            new Measure("plan.issued", "কর্মপরিকল্পনা জারি", "Action plans issued", true),
            new Measure("plan.reports", "ত্রৈমাসিক প্রতিবেদন প্রেরিত", "Quarterly reports sent", true),
            new Measure("plan.late", "প্রতিবেদন বিলম্বে", "Reports sent late", false),
            new Measure("plan.score", "গড় অর্জন (স্কোর)", "Mean score", true));

    private final JdbcClient jdbc;

    PlanFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("plan", "plan_version", "plan-version", "plan_report");
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        List<Figure> figures = new ArrayList<>();
        if (year.start().isAfter(asOf)) {
            return figures;
        }
        Long[] ids = officeIds == null ? null : officeIds.toArray(Long[]::new);
        // the national form (a rebuild: every office of a year), hashed
        jdbc.sql("""
                        select p.fiscal_year, p.office_id,
                               exists (select 1 from plan_version v where v.plan_id = p.id and v.status = 'ISSUED') as issued,
                               q.quarter, r.submitted_at is not null as sent, coalesce(r.late, false) as late, r.score
                          from plan p cross join generate_series(1, ?) q(quarter)
                          left join plan_report r on r.plan_id = p.id and r.quarter = q.quarter
                         where p.fiscal_year = ? and (?::bigint[] is null or p.office_id = any(?::bigint[]))""")
                .param(begun(year, asOf)).param(year.startYear()).param(ids).param(ids)
                .query((RowCallbackHandler) rs -> add(rs, figures));
        return figures;
    }

    /** One query for all the years (ten on every plan write's refresh), where the default asks year by year. */
    @Override
    public Map<FiscalYear, List<Figure>> officeFigures(long officeId, List<FiscalYear> years, LocalDate asOf) {
        Map<Integer, List<Figure>> byStart = new HashMap<>();
        Map<FiscalYear, List<Figure>> byYear = new LinkedHashMap<>();
        List<Integer> starts = new ArrayList<>();
        List<Integer> begun = new ArrayList<>();
        for (FiscalYear year : years) {
            List<Figure> figures = new ArrayList<>();
            byYear.put(year, figures);
            if (!year.start().isAfter(asOf)) {
                byStart.put(year.startYear(), figures);
                starts.add(year.startYear());
                begun.add(begun(year, asOf));
            }
        }
        if (!starts.isEmpty()) {
            // by the office's own key, each plan's reports and issued version looked up: with the national form's
            // generate_series (a thousand rows to the planner) and exists, it hashed the country's reports and
            // versions (psql on 24,066 plans with a quarter's reports: 22 ms a call, this form 0.3 ms)
            jdbc.sql("""
                            select p.fiscal_year, p.office_id, coalesce(issued.yes, false) as issued,
                                   q.quarter, r.submitted_at is not null as sent, coalesce(r.late, false) as late, r.score
                              from plan p join unnest(?::int[], ?::int[]) y(fiscal_year, begun) on y.fiscal_year = p.fiscal_year
                              join (values (1), (2), (3), (4)) q(quarter) on q.quarter <= y.begun
                              left join lateral (select true as yes from plan_version v
                                                  where v.plan_id = p.id and v.status = 'ISSUED' limit 1) issued on true
                              left join plan_report r on r.plan_id = p.id and r.quarter = q.quarter
                             where p.office_id = ?""")
                    .param(starts.toArray(Integer[]::new)).param(begun.toArray(Integer[]::new)).param(officeId)
                    .query((RowCallbackHandler) rs -> add(rs, byStart.get(rs.getInt("fiscal_year"))));
        }
        return byYear;
    }

    /** The quarters of the year begun by {@code asOf}. */
    private static int begun(FiscalYear year, LocalDate asOf) {
        return year.end().isBefore(asOf) ? 4 : year.quarterOf(asOf);
    }

    private static void add(java.sql.ResultSet rs, List<Figure> figures) throws java.sql.SQLException {
        long office = rs.getLong("office_id");
        int quarter = rs.getInt("quarter");
        if (quarter == 1) {
            figures.add(new Figure(office, 0, "plan.issued", rs.getBoolean("issued") ? 1 : 0, 1));
        }
        boolean sent = rs.getBoolean("sent");
        figures.add(new Figure(office, quarter, "plan.reports", sent ? 1 : 0, 1));
        figures.add(new Figure(office, quarter, "plan.late", sent && rs.getBoolean("late") ? 1 : 0, 0));
        java.math.BigDecimal score = rs.getBigDecimal("score");
        if (sent && score != null) {
            figures.add(new Figure(office, quarter, "plan.score", score.movePointRight(2).longValue(), 10_000));
        }
    }
}
