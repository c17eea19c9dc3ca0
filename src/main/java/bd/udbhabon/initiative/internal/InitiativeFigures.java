package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The initiatives' figures for the supervision dashboards (issue 16, point 2), per quarter from their dated stage
 * history: those begun in the quarter (their first stage entered), those under way as the quarter ended (or today)
 * (any stage but stopped), and of them those running (in service).
 */
@Component
class InitiativeFigures implements OfficeFigures {

    private static final List<Measure> MEASURES = List.of(
            new Measure("initiative.new", "নতুন উদ্যোগ", "Initiatives begun", false),
            new Measure("initiative.active", "চলমান উদ্যোগ", "Initiatives under way", false),
            new Measure("initiative.running", "বাস্তবায়িত (চালু) উদ্যোগ", "Initiatives running", true));

    private final JdbcClient jdbc;

    InitiativeFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("initiative");
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        List<Integer> quarters = new ArrayList<>();
        List<Date> starts = new ArrayList<>();
        List<Date> days = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if (!year.quarterStart(q).isAfter(asOf)) {
                quarters.add(q);
                starts.add(Date.valueOf(year.quarterStart(q)));
                days.add(Date.valueOf(year.quarterEnd(q).isBefore(asOf) ? year.quarterEnd(q) : asOf));
            }
        }
        if (quarters.isEmpty()) {
            return List.of();
        }
        Long[] ids = officeIds == null ? null : officeIds.toArray(Long[]::new);
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        with q(quarter, first_day, day) as (select * from unnest(?::int[], ?::date[], ?::date[])),
                        begun as (select s.initiative_id, min(s.entered_on) as on_day from initiative_stage s
                                    join initiative i on i.id = s.initiative_id
                                   where ?::bigint[] is null or i.office_id = any(?::bigint[])
                                   group by s.initiative_id)
                        select i.office_id, q.quarter,
                               count(*) filter (where b.on_day >= q.first_day) as begun,
                               count(*) filter (where st.stage <> 'STOPPED') as active,
                               count(*) filter (where st.stage = 'RUNNING') as running
                          from begun b join initiative i on i.id = b.initiative_id
                          join q on b.on_day <= q.day
                          cross join lateral (select stage from initiative_stage s where s.initiative_id = b.initiative_id
                                                 and s.entered_on <= q.day order by s.entered_on desc, s.id desc limit 1) st
                         group by 1, 2""")
                .param(quarters.toArray(Integer[]::new)).param(starts.toArray(Date[]::new)).param(days.toArray(Date[]::new))
                .param(ids).param(ids)
                .query(rs -> {
                    long office = rs.getLong("office_id");
                    int quarter = rs.getInt("quarter");
                    long active = rs.getLong("active");
                    figures.add(new Figure(office, quarter, "initiative.new", rs.getLong("begun"), 0));
                    figures.add(new Figure(office, quarter, "initiative.active", active, 0));
                    figures.add(new Figure(office, quarter, "initiative.running", rs.getLong("running"), active));
                });
        return figures;
    }
}
