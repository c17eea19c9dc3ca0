package bd.udbhabon.decision.internal;

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
 * The decisions' figures for the supervision dashboards (issue 16, point 2), by the quarter a decision was taken in and
 * the deciding office: taken; implemented as of today (the decision as a whole, not an implementing office's own
 * entry), the implementation rate of the quarter's decisions; and overdue (open past its due day).
 */
@Component
class DecisionFigures implements OfficeFigures {

    private static final List<Measure> MEASURES = List.of(
            new Measure("decision.taken", "গৃহীত সিদ্ধান্ত", "Decisions taken", false),
            new Measure("decision.implemented", "সিদ্ধান্ত বাস্তবায়নের হার", "Decisions implemented", true),
            new Measure("decision.overdue", "মেয়াদোত্তীর্ণ সিদ্ধান্ত", "Decisions overdue", false));

    private final JdbcClient jdbc;

    DecisionFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("decision");
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        List<Figure> figures = new ArrayList<>();
        Long[] ids = officeIds == null ? null : officeIds.toArray(Long[]::new);
        jdbc.sql("""
                        select d.office_id, ((extract(month from d.taken_on)::int + 5) % 12) / 3 + 1 as quarter, count(*) as taken,
                               count(*) filter (where s.status = 'IMPLEMENTED') as implemented,
                               count(*) filter (where coalesce(s.status, 'NOT_STARTED') in ('NOT_STARTED', 'IN_PROGRESS')
                                                  and d.due_on < ?) as overdue
                          from decision d
                          left join lateral (select status from decision_status x
                                              where x.decision_id = d.id and x.for_office_id is null and x.since <= ?
                                              order by x.since desc, x.id desc limit 1) s on true
                         where d.taken_on between ? and ? and (?::bigint[] is null or d.office_id = any(?::bigint[]))
                         group by 1, 2""")
                .param(asOf).param(asOf).param(year.start()).param(year.end().isBefore(asOf) ? year.end() : asOf)
                .param(ids).param(ids)
                .query(rs -> {
                    long office = rs.getLong("office_id");
                    int quarter = rs.getInt("quarter");
                    long taken = rs.getLong("taken");
                    figures.add(new Figure(office, quarter, "decision.taken", taken, 0));
                    figures.add(new Figure(office, quarter, "decision.implemented", rs.getLong("implemented"), taken));
                    figures.add(new Figure(office, quarter, "decision.overdue", rs.getLong("overdue"), 0));
                });
        return figures;
    }
}
