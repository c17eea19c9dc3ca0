package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingFacts;
import bd.udbhabon.meeting.MeetingSchedule;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** {@link MeetingFacts}: the schedule the meetings page shows, read as of the period's end, and the minutes as first issued. */
@Component
class MeetingFactsQuery implements MeetingFacts {

    private final Meetings meetings;
    private final JdbcClient jdbc;

    MeetingFactsQuery(Meetings meetings, JdbcClient jdbc) {
        this.meetings = meetings;
        this.jdbc = jdbc;
    }

    @Override
    public HeldAgainstCadence heldAgainstCadence(long officeId, LocalDate from, LocalDate to) {
        List<LocalDate> held = meetings.list(officeId).stream()
                .filter(m -> m.status() == MeetingStatus.HELD && !m.date().isBefore(from) && !m.date().isAfter(to))
                .map(Meeting::date).sorted().toList();
        var schedule = meetings.schedule(officeId, to);
        if (schedule.isEmpty()) {
            return new HeldAgainstCadence(held, 0, 0, false);
        }
        List<MeetingSchedule.Period> asked = schedule.get().periods().stream()
                .filter(p -> !p.end().isBefore(from) && !p.start().isAfter(to)).toList();
        int met = (int) asked.stream().filter(p -> p.state() == MeetingSchedule.State.HELD).count();
        return new HeldAgainstCadence(held, asked.size(), met, true);
    }

    @Override
    public List<IssuedMinutes> minutesIssued(long officeId, LocalDate from, LocalDate to) {
        return firstIssued(officeId, from, to, IssuedMinutes::issuedOn);
    }

    @Override
    public List<IssuedMinutes> minutesPublished(long officeId, LocalDate from, LocalDate to) {
        return firstIssued(officeId, from, to, IssuedMinutes::publishedOn);
    }

    private List<IssuedMinutes> firstIssued(long officeId, LocalDate from, LocalDate to, Function<IssuedMinutes, LocalDate> day) {
        return jdbc.sql("""
                        select distinct on (n.meeting_id) n.meeting_id, m.meeting_date, n.memo_number, n.issued_on, n.published_on
                          from minutes n join meeting m on m.id = n.meeting_id
                         where m.office_id = ? and n.status = 'ISSUED'
                         order by n.meeting_id, n.version""")
                .param(officeId)
                .query((rs, n) -> new IssuedMinutes(rs.getLong("meeting_id"), rs.getObject("meeting_date", LocalDate.class),
                        rs.getString("memo_number"), rs.getObject("issued_on", LocalDate.class),
                        rs.getObject("published_on", LocalDate.class)))
                .list().stream()
                .filter(m -> day.apply(m) != null && !day.apply(m).isBefore(from) && !day.apply(m).isAfter(to))
                .sorted(Comparator.comparing(day))
                .toList();
    }
}
