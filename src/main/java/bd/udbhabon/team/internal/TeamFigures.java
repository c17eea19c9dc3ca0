package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import bd.udbhabon.team.TeamFormations;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The teams' figures for the supervision dashboards (issue 16, point 2), as each quarter ended (or as of today for the
 * current one): every office of a level the notification then in force covers counts once; of them, those with a team
 * (the latest issued order in effect is not a dissolution), and of those the compliant ones (the order was issued
 * compliant) and the ones formed or re-formed under the notification in force.
 */
@Component
class TeamFigures implements OfficeFigures, TeamFormations {

    private static final List<Measure> MEASURES = List.of(
            new Measure("team.formed", "টিম গঠিত", "Teams formed", true),
            new Measure("team.compliant", "বিধিমোতাবেক টিম", "Teams compliant", true),
            new Measure("team.current", "বর্তমান প্রজ্ঞাপনে গঠিত/পুনর্গঠিত", "Formed under the notification in force", true));

    private final JdbcClient jdbc;

    TeamFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("team-order", "office");
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        List<Integer> quarters = new ArrayList<>();
        List<Date> days = new ArrayList<>();
        for (int q = 1; q <= 4; q++) {
            if (!year.quarterStart(q).isAfter(asOf)) {
                quarters.add(q);
                days.add(Date.valueOf(year.quarterEnd(q).isBefore(asOf) ? year.quarterEnd(q) : asOf));
            }
        }
        if (quarters.isEmpty()) {
            return List.of();
        }
        List<Figure> figures = new ArrayList<>();
        jdbc.sql("""
                        with q(quarter, day) as (select * from unnest(?::int[], ?::date[])),
                        in_force as (
                            select q.quarter, q.day, (select n.id from notification n where n.effective_from <= q.day
                                                      order by n.effective_from desc, n.id desc limit 1) as notification_id
                              from q),
                        counted as (
                            select f.quarter, f.day, f.notification_id, o.id as office_id
                              from in_force f join notification_level l on l.notification_id = f.notification_id
                              join office o on o.level = l.level
                             where ?::bigint[] is null or o.id = any(?::bigint[]))
                        select c.quarter, c.office_id, t.kind is not null and t.kind <> 'DISSOLUTION' as formed,
                               coalesce(t.compliant, false) as compliant, t.notification_id = c.notification_id as current
                          from counted c
                          left join lateral (select kind, compliant, notification_id from team_order t
                                              where t.office_id = c.office_id and t.status = 'ISSUED' and t.effective_from <= c.day
                                              order by t.effective_from desc, t.id desc limit 1) t on true""")
                .param(quarters.toArray(Integer[]::new)).param(days.toArray(Date[]::new))
                .param(officeIds == null ? null : officeIds.toArray(Long[]::new))
                .param(officeIds == null ? null : officeIds.toArray(Long[]::new))
                .query(rs -> {
                    long office = rs.getLong("office_id");
                    int quarter = rs.getInt("quarter");
                    boolean formed = rs.getBoolean("formed");
                    figures.add(new Figure(office, quarter, "team.formed", formed ? 1 : 0, 1));
                    if (formed) {
                        figures.add(new Figure(office, quarter, "team.compliant", rs.getBoolean("compliant") ? 1 : 0, 1));
                        figures.add(new Figure(office, quarter, "team.current", rs.getBoolean("current") ? 1 : 0, 1));
                    }
                });
        return figures;
    }

    @Override
    public Map<Long, LocalDate> formedOn(Collection<Long> officeIds, LocalDate asOf) {
        Long[] ids = officeIds == null ? null : officeIds.toArray(Long[]::new);
        Map<Long, LocalDate> formed = new HashMap<>();
        jdbc.sql("""
                        select t.office_id, min(t.effective_from) from team_order t
                         where t.status = 'ISSUED' and t.effective_from <= ? and (?::bigint[] is null or t.office_id = any(?::bigint[]))
                           and t.effective_from > coalesce((select max(d.effective_from) from team_order d
                                                             where d.office_id = t.office_id and d.status = 'ISSUED'
                                                               and d.kind = 'DISSOLUTION' and d.effective_from <= ?), date '-infinity')
                         group by t.office_id""")
                .param(asOf).param(ids).param(ids).param(asOf)
                .query(rs -> {
                    formed.put(rs.getLong(1), rs.getObject(2, LocalDate.class));
                });
        return formed;
    }
}
