package bd.udbhabon.meeting.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.meeting.MeetingSchedule;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The meetings' part of a start page: notices to issue, minutes to draft, to comment on (not yet
 * commented by this user), to approve and to issue, each linking to its page; and the meeting due in
 * the current period of the cadence in force (with the periods that passed without one). One query
 * over the meeting module's own tables, the latest version of each meeting's minutes.
 */
@Component
class MeetingTasks implements OfficeTasks {

    private final JdbcClient jdbc;
    private final Meetings meetings;
    private final AccessPolicy access;

    MeetingTasks(JdbcClient jdbc, Meetings meetings, AccessPolicy access) {
        this.jdbc = jdbc;
        this.meetings = meetings;
        this.access = access;
    }

    @Override
    public int order() {
        return 100;
    }

    private record Row(long meetingId, LocalDate date, String meetingStatus, Long minutesId, String minutesStatus,
                       boolean commented) {
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        long account = access.accountId().orElse(-1L);
        List<Row> rows = jdbc.sql("""
                        select m.id, m.meeting_date, m.status, v.id, v.status,
                               exists (select 1 from minutes_comment c where c.minutes_id = v.id and c.account_id = :account)
                        from meeting m
                        left join lateral (select n.id, n.status from minutes n where n.meeting_id = m.id
                                           order by n.version desc limit 1) v on true
                        where m.office_id = :office and m.status <> 'CANCELLED'
                        order by m.meeting_date, m.id
                        """)
                .param("office", office.id()).param("account", account)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getObject(2, LocalDate.class), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getString(5), rs.getBoolean(6)))
                .list();
        List<OfficeTask> tasks = new ArrayList<>();
        String meetingsPage = "/offices/" + office.id() + "/meetings";
        boolean upcoming = false;
        for (Row row : rows) {
            String page = meetingsPage + "/" + row.meetingId();
            if ("PLANNED".equals(row.meetingStatus()) && !row.date().isBefore(today)) {
                tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "meeting.tasks.notice", 1, row.date(), page + "/notice", "task-notice"));
            }
            upcoming |= !"HELD".equals(row.meetingStatus()) && !row.date().isBefore(today);
            String minutes = page + "/minutes";
            if ("HELD".equals(row.meetingStatus()) && row.minutesId() == null) {
                tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "meeting.tasks.minutes.draft", 1, row.date(), minutes + "/edit", "task-minutes-draft"));
            } else if ("CIRCULATED".equals(row.minutesStatus()) && !row.commented()) {
                tasks.add(OfficeTask.of(Permission.COMMENT, "meeting.tasks.minutes.comment", 1, row.date(), minutes, "task-minutes-comment"));
            }
            if ("DRAFT".equals(row.minutesStatus()) || "CIRCULATED".equals(row.minutesStatus())) {
                tasks.add(OfficeTask.of(Permission.APPROVE_MINUTES, "meeting.tasks.minutes.approve", 1, row.date(), minutes, "task-minutes-approve"));
            } else if ("APPROVED".equals(row.minutesStatus())) {
                tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "meeting.tasks.minutes.issue", 1, row.date(),
                        minutes + "/" + row.minutesId() + "/issue", "task-minutes-issue"));
            }
        }
        boolean planned = upcoming;
        meetings.schedule(office.id(), today).ifPresent(schedule -> {
            List<MeetingSchedule.Period> periods = schedule.periods();
            long overdue = periods.stream().filter(p -> p.state() == MeetingSchedule.State.OVERDUE).count();
            if (!periods.isEmpty() && periods.getFirst().state() == MeetingSchedule.State.DUE && !planned) {
                tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "meeting.tasks.meeting.due", 1, periods.getFirst().end(),
                        meetingsPage + "/new", "task-meeting-due"));
            }
            if (overdue > 0) {
                tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "meeting.tasks.meeting.overdue", overdue, null, meetingsPage, "task-meeting-overdue"));
            }
        });
        return tasks;
    }
}
