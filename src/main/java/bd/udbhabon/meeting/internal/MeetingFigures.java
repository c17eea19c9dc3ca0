package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.meeting.MeetingSchedule;
import bd.udbhabon.supervision.OfficeFigures;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormations;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meetings' figures for the supervision dashboards (issue 16, point 2), per fiscal quarter: the periods the cadence
 * asked a meeting in (the schedule the meetings page shows, {@link MeetingSchedule}, from the team's formation, each
 * under the notification in force on its first day), those met, those overdue as of today; and of the meetings held
 * in the quarter, those whose minutes were issued and those published on the corner. In bulk: the teams' formation
 * days and the meetings held are read once for every office asked, the periods computed in memory.
 */
@Component
class MeetingFigures implements OfficeFigures {

    private static final List<Measure> MEASURES = List.of(
            new Measure("meeting.held", "সভা অনুষ্ঠিত (নির্ধারিত সময়ের মধ্যে)", "Meetings held when due", true),
            new Measure("meeting.overdue", "সভা বকেয়া", "Meetings overdue", false),
            new Measure("minutes.issued", "কার্যবিবরণী জারি", "Minutes issued", true),
            new Measure("minutes.published", "কার্যবিবরণী কর্নারে প্রকাশিত", "Minutes published on the corner", true));

    private final JdbcClient jdbc;
    private final Policies policies;
    private final TeamFormations formations;

    MeetingFigures(JdbcClient jdbc, Policies policies, TeamFormations formations) {
        this.jdbc = jdbc;
        this.policies = policies;
        this.formations = formations;
    }

    @Override
    public List<Measure> measures() {
        return MEASURES;
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("meeting", "minutes", "team-order");
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        if (year.start().isAfter(asOf)) {
            return List.of();
        }
        Long[] ids = officeIds == null ? null : officeIds.toArray(Long[]::new);
        List<Figure> figures = new ArrayList<>();
        schedules(year, ids, asOf, figures);
        jdbc.sql("""
                        select m.office_id, ((extract(month from m.meeting_date)::int + 5) % 12) / 3 + 1 as quarter, count(*) as held,
                               count(*) filter (where n.issued_on <= ?) as issued, count(*) filter (where n.published_on <= ?) as published
                          from meeting m
                          left join lateral (select issued_on, published_on from minutes n
                                              where n.meeting_id = m.id and n.status = 'ISSUED' order by n.version limit 1) n on true
                         where m.status = 'HELD' and m.meeting_date between ? and ?
                           and (?::bigint[] is null or m.office_id = any(?::bigint[]))
                         group by 1, 2""")
                .param(asOf).param(asOf).param(year.start()).param(year.end().isBefore(asOf) ? year.end() : asOf).param(ids).param(ids)
                .query(rs -> {
                    long office = rs.getLong("office_id");
                    int quarter = rs.getInt("quarter");
                    long held = rs.getLong("held");
                    figures.add(new Figure(office, quarter, "minutes.issued", rs.getLong("issued"), held));
                    figures.add(new Figure(office, quarter, "minutes.published", rs.getLong("published"), held));
                });
        return figures;
    }

    /** The cadence's periods that start in the year, as {@code MeetingService.schedule} makes them, for every team asked. */
    private void schedules(FiscalYear year, Long[] ids, LocalDate asOf, List<Figure> figures) {
        // the cadence of the notification in force on each day; of two taking effect on one day, the newer (as the schedule)
        TreeMap<LocalDate, Cadence> inForce = new TreeMap<>();
        for (Notification n : policies.all()) {
            inForce.putIfAbsent(n.effectiveFrom(), n.cadence());
        }
        if (inForce.isEmpty()) {
            inForce.put(LocalDate.MIN, Cadence.QUARTERLY);
        }
        Map<Long, LocalDate> formed = formations.formedOn(ids == null ? null : List.of(ids), asOf);
        if (formed.isEmpty()) {
            return;
        }
        Map<Long, List<LocalDate>> held = new HashMap<>();
        jdbc.sql("select office_id, meeting_date from meeting where status = 'HELD' and office_id = any(?) and meeting_date <= ?")
                .param(formed.keySet().toArray(Long[]::new)).param(asOf)
                .query(rs -> {
                    held.computeIfAbsent(rs.getLong(1), o -> new ArrayList<>()).add(rs.getObject(2, LocalDate.class));
                });
        formed.forEach((office, formedOn) -> {
            if (formedOn.isAfter(year.end())) {
                return;
            }
            long[][] counts = new long[5][3]; // per quarter: due, met, overdue
            for (MeetingSchedule.Period p : MeetingSchedule.periods(inForce, formedOn, asOf, held.getOrDefault(office, List.of()))) {
                if (!year.contains(p.start())) {
                    continue;
                }
                long[] c = counts[year.quarterOf(p.start())];
                c[0]++;
                if (p.state() == MeetingSchedule.State.HELD) {
                    c[1]++;
                } else if (p.state() == MeetingSchedule.State.OVERDUE) {
                    c[2]++;
                }
            }
            for (int q = 1; q <= 4; q++) {
                if (counts[q][0] > 0) {
                    figures.add(new Figure(office, q, "meeting.held", counts[q][1], counts[q][0]));
                    figures.add(new Figure(office, q, "meeting.overdue", counts[q][2], 0));
                }
            }
        });
    }
}
