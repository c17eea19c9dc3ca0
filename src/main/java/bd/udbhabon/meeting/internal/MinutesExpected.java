package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.inbox.ExpectedItems;
import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the inbox expects of meetings (issue 16, point 4; seed 003 item 6): the minutes of every meeting held in the
 * scope that are not issued {@code udbhabon.meeting.minutes-due-days} (30) after the meeting.
 */
@Component
class MinutesExpected implements ExpectedItems {

    private final JdbcClient jdbc;
    private final int dueDays;

    MinutesExpected(JdbcClient jdbc, MeetingSettings settings) {
        this.jdbc = jdbc;
        this.dueDays = settings.minutesDueDays();
    }

    @Override
    public List<Expected> missing(long ancestorId, LocalDate today) {
        return jdbc.sql("""
                        select m.id, m.office_id, m.meeting_date from office_scope s
                        join meeting m on m.office_id = s.office_id
                        where s.ancestor_id = :ancestor and m.status = 'HELD' and m.meeting_date < :cutoff
                          and not exists (select 1 from minutes x where x.meeting_id = m.id and x.status = 'ISSUED')
                        order by m.meeting_date, m.id""")
                .param("ancestor", ancestorId).param("cutoff", today.minusDays(dueDays))
                .query((rs, row) -> {
                    LocalDate held = rs.getObject("meeting_date", LocalDate.class);
                    long office = rs.getLong("office_id");
                    return new Expected(office, "minutes", DualDate.gregorianDate(held) + " তারিখের সভার কার্যবিবরণী জারি হয়নি",
                            "Minutes of the meeting of " + held + " not issued", held.plusDays(dueDays),
                            "/offices/" + office + "/meetings/" + rs.getLong("id"));
                })
                .list();
    }
}
