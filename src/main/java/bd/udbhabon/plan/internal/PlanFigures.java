package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
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
        if (year.start().isAfter(asOf)) {
            return List.of();
        }
        Long[] ids = officeIds == null ? null : officeIds.toArray(Long[]::new);
        int started = year.end().isBefore(asOf) ? 4 : year.quarterOf(asOf);
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        select p.office_id, exists (select 1 from plan_version v where v.plan_id = p.id and v.status = 'ISSUED') as issued,
                               q.quarter, r.submitted_at is not null as sent, coalesce(r.late, false) as late, r.score
                          from plan p cross join generate_series(1, ?) q(quarter)
                          left join plan_report r on r.plan_id = p.id and r.quarter = q.quarter
                         where p.fiscal_year = ? and (?::bigint[] is null or p.office_id = any(?::bigint[]))""")
                .param(started).param(year.startYear()).param(ids).param(ids)
                .query(rs -> {
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
                });
        return figures;
    }
}
