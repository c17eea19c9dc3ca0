package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.AttendanceStatus;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meeting.AgendaItem;
import bd.udbhabon.meeting.Meeting.Attendance;
import bd.udbhabon.meeting.Meeting.AttachmentInfo;
import bd.udbhabon.meeting.Meeting.Guest;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.NoticeRevision;
import bd.udbhabon.meeting.Meetings.MeetingInput;
import bd.udbhabon.meeting.Meetings.Upload;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.storage.FileStore;
import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Meetings' rows in {@code V9__meetings.sql}: the meeting, its agenda, working papers, notice, attendance and guests. SQL
 * only; the working papers' bytes are in storage's {@link FileStore} (issue 17), or in the row for those uploaded before.
 */
@Repository
class MeetingRepository {

    /** A working paper's name when the browser sent none. */
    static final String PAPER_NAME = "কার্যপত্র";

    private final JdbcClient jdbc;
    private final FileStore files;

    MeetingRepository(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    List<Meeting> list(long officeId) {
        return withDetails(jdbc.sql(SELECT + " where office_id = ? order by meeting_date desc, id desc").param(officeId)
                .query(MeetingRepository::meeting).list());
    }

    Optional<Meeting> find(long officeId, long meetingId) {
        return jdbc.sql(SELECT + " where office_id = ? and id = ?").params(officeId, meetingId).query(MeetingRepository::meeting)
                .optional().map(m -> withDetails(List.of(m)).getFirst());
    }

    private record KeptPaper(String fileName, String contentType, Long fileId, byte[] inRow) {
    }

    /** A working paper with its bytes: from the store, or from the row while it has not been moved there. */
    Optional<Upload> attachment(long officeId, long meetingId, long attachmentId) {
        return jdbc.sql("""
                        select a.file_name, a.content_type, a.file_id, a.bytes from meeting_attachment a join meeting m on m.id = a.meeting_id
                        where m.office_id = ? and m.id = ? and a.id = ?""")
                .params(officeId, meetingId, attachmentId)
                .query((rs, n) -> new KeptPaper(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getBytes(4))).optional()
                .map(p -> new Upload(p.fileName(), p.contentType(), p.fileId() == null ? p.inRow() : files.read(p.fileId())));
    }

    long insert(long officeId, Long orderId, MeetingInput in) {
        return jdbc.sql("""
                        insert into meeting (office_id, team_order_id, title_bn, chair_name_bn, chair_designation_bn, meeting_date,
                                             start_time, place_bn, online_link)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(officeId, orderId, in.titleBn(), in.chairNameBn(), in.chairDesignationBn(), in.date(), in.startTime(),
                        in.placeBn(), in.onlineLink())
                .query(Long.class).single();
    }

    /** The meeting's fields, its agenda cleared (written again by {@link #addAgenda}) and the working papers named removed. */
    void update(long id, Long orderId, MeetingInput in, List<Long> removeAttachments) {
        jdbc.sql("""
                        update meeting set team_order_id = ?, title_bn = ?, chair_name_bn = ?, chair_designation_bn = ?, meeting_date = ?,
                               start_time = ?, place_bn = ?, online_link = ?, updated_at = now()
                        where id = ?""")
                .params(orderId, in.titleBn(), in.chairNameBn(), in.chairDesignationBn(), in.date(), in.startTime(), in.placeBn(),
                        in.onlineLink(), id)
                .update();
        jdbc.sql("delete from meeting_agenda_item where meeting_id = ?").param(id).update();
        for (Long remove : removeAttachments) {
            jdbc.sql("delete from meeting_attachment where meeting_id = ? and id = ?").params(id, remove).update();
        }
    }

    void addAgenda(long id, List<AgendaItem> agenda) {
        for (int i = 0; i < agenda.size(); i++) {
            jdbc.sql("insert into meeting_agenda_item (meeting_id, position, title_bn, presenter_bn) values (?, ?, ?, ?)")
                    .params(id, i + 1, agenda.get(i).titleBn(), agenda.get(i).presenterBn()).update();
        }
    }

    /** The paper's bytes to the store, its name, type and file id here, in the caller's transaction. */
    void addAttachment(long id, Uploads.Accepted paper) {
        long fileId = files.store(paper.bytes()).id();
        jdbc.sql("insert into meeting_attachment (meeting_id, file_name, content_type, size_bytes, file_id) values (?, ?, ?, ?, ?)")
                .params(id, paper.fileName(), paper.contentType(), paper.bytes().length, fileId).update();
    }

    void setStatus(long id, MeetingStatus status) {
        jdbc.sql("update meeting set status = ?, updated_at = now() where id = ?").params(status.name(), id).update();
    }

    /** The issued notice (its paper in {@code paper}'s store) on a meeting still planned, with the day, time and place it announces. */
    void noticeIssued(long id, String memoNumber, LocalDate issuedOn, String signatoryBn, String[] extraEmails, long paperId,
                      NoticedWhen noticed) {
        jdbc.sql("""
                        update meeting set status = 'NOTICE_ISSUED', notice_memo_number = ?, notice_issued_on = ?, notice_signatory_bn = ?,
                               notice_extra_emails = ?, notice_paper_id = ?, noticed_date = ?, noticed_time = ?, noticed_place_bn = ?,
                               noticed_link = ?, updated_at = now()
                        where id = ? and status = 'PLANNED'""")
                .params(memoNumber, issuedOn, signatoryBn, extraEmails, paperId, noticed.date(), noticed.time(), noticed.place(),
                        noticed.link(), id)
                .update();
    }

    /** What the meeting's first notice announced; empty before its notice. */
    Optional<NoticedWhen> firstNoticed(long meetingId) {
        return jdbc.sql("select noticed_date, noticed_time, noticed_place_bn, noticed_link from meeting where id = ? and noticed_date is not null")
                .param(meetingId).query((rs, n) -> new NoticedWhen(rs.getObject(1, LocalDate.class), rs.getObject(2, LocalTime.class),
                        rs.getString(3), rs.getString(4)))
                .optional();
    }

    /** A revised notice as issued, and what it announces. */
    record RevisionRow(NoticeRevision revision, long paperId, NoticedWhen announced) {
    }

    /** The meeting's revised notices, oldest first. */
    List<RevisionRow> revisions(long meetingId) {
        return jdbc.sql("""
                        select id, meeting_id, position, memo_number, issued_on, revises_memo, revises_on, changes_bn, paper_id,
                               meeting_date, start_time, place_bn, online_link
                        from meeting_notice_revision where meeting_id = ? order by position""")
                .param(meetingId)
                .query((rs, n) -> new RevisionRow(new NoticeRevision(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getString(6), rs.getObject(7, LocalDate.class),
                        Arrays.asList((String[]) rs.getArray(8).getArray())), rs.getLong(9),
                        new NoticedWhen(rs.getObject(10, LocalDate.class), rs.getObject(11, LocalTime.class), rs.getString(12),
                                rs.getString(13))))
                .list();
    }

    long insertRevision(long meetingId, int position, long paperId, String memoNumber, LocalDate issuedOn, String signatoryBn,
                        String revisesMemo, LocalDate revisesOn, NoticedWhen announced, List<String> changes) {
        return jdbc.sql("""
                        insert into meeting_notice_revision (meeting_id, position, paper_id, memo_number, issued_on, signatory_bn,
                               revises_memo, revises_on, meeting_date, start_time, place_bn, online_link, changes_bn)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(meetingId, position, paperId, memoNumber, issuedOn, signatoryBn, revisesMemo, revisesOn, announced.date(),
                        announced.time(), announced.place(), announced.link(), changes.toArray(String[]::new))
                .query(Long.class).single();
    }

    /** The issued notice's paper. */
    Optional<Long> noticePaperId(long officeId, long meetingId) {
        return jdbc.sql("select notice_paper_id from meeting where office_id = ? and id = ? and notice_paper_id is not null")
                .params(officeId, meetingId).query(Long.class).optional();
    }

    List<Attendance> attendance(long officeId, long meetingId) {
        return jdbc.sql("""
                        select a.post_id, a.holder_name_bn, a.status, a.represented_by from meeting_attendance a
                        join meeting m on m.id = a.meeting_id where m.office_id = ? and m.id = ?""")
                .params(officeId, meetingId)
                .query((rs, n) -> new Attendance(rs.getLong(1), rs.getString(2), AttendanceStatus.valueOf(rs.getString(3)), rs.getString(4)))
                .list();
    }

    List<Guest> guests(long officeId, long meetingId) {
        return jdbc.sql("""
                        select g.name_bn, g.designation_bn, g.office_bn from meeting_guest g join meeting m on m.id = g.meeting_id
                        where m.office_id = ? and m.id = ? order by g.position""")
                .params(officeId, meetingId).query((rs, n) -> new Guest(rs.getString(1), rs.getString(2), rs.getString(3))).list();
    }

    /** Replaces the attendance and guests. */
    void writeAttendance(long meetingId, List<Attendance> members, List<Guest> guests) {
        jdbc.sql("delete from meeting_attendance where meeting_id = ?").param(meetingId).update();
        jdbc.sql("delete from meeting_guest where meeting_id = ?").param(meetingId).update();
        for (Attendance a : members) {
            jdbc.sql("insert into meeting_attendance (meeting_id, post_id, holder_name_bn, status, represented_by) values (?, ?, ?, ?, ?)")
                    .params(meetingId, a.postId(), a.holderNameBn(), a.status().name(),
                            a.status() == AttendanceStatus.REPRESENTED ? a.representedBy() : null)
                    .update();
        }
        for (int i = 0; i < guests.size(); i++) {
            Guest g = guests.get(i);
            jdbc.sql("insert into meeting_guest (meeting_id, position, name_bn, designation_bn, office_bn) values (?, ?, ?, ?, ?)")
                    .params(meetingId, i + 1, g.nameBn(), g.designationBn(), g.officeBn()).update();
        }
    }

    private static final String SELECT = """
            select id, office_id, team_order_id, title_bn, chair_name_bn, chair_designation_bn, meeting_date, start_time,
                   place_bn, online_link, status, notice_memo_number, notice_issued_on, notice_extra_emails
            from meeting""";

    /** The meeting's row alone: its agenda and papers are read after the result set is closed (one connection at a time). */
    private static Meeting meeting(ResultSet rs, int row) throws SQLException {
        Array emails = rs.getArray("notice_extra_emails");
        return new Meeting(rs.getLong("id"), rs.getLong("office_id"), (Long) rs.getObject("team_order_id"), rs.getString("title_bn"),
                rs.getString("chair_name_bn"), rs.getString("chair_designation_bn"), rs.getObject("meeting_date", LocalDate.class),
                rs.getObject("start_time", LocalTime.class), rs.getString("place_bn"), rs.getString("online_link"),
                MeetingStatus.valueOf(rs.getString("status")), rs.getString("notice_memo_number"),
                rs.getObject("notice_issued_on", LocalDate.class),
                emails == null ? List.of() : Arrays.asList((String[]) emails.getArray()), List.of(), List.of());
    }

    /** The meetings with their agenda and working papers, read in two queries whatever their number. */
    private List<Meeting> withDetails(List<Meeting> meetings) {
        if (meetings.isEmpty()) {
            return meetings;
        }
        Long[] ids = meetings.stream().map(Meeting::id).toArray(Long[]::new);
        Map<Long, List<AgendaItem>> agenda = new HashMap<>();
        jdbc.sql("select meeting_id, title_bn, presenter_bn from meeting_agenda_item where meeting_id = any(?) order by meeting_id, position")
                .param(ids).query(r -> {
                    agenda.computeIfAbsent(r.getLong(1), k -> new ArrayList<>()).add(new AgendaItem(r.getString(2), r.getString(3)));
                });
        Map<Long, List<AttachmentInfo>> attachments = new HashMap<>();
        jdbc.sql("select meeting_id, id, file_name, content_type, size_bytes from meeting_attachment where meeting_id = any(?) order by id")
                .param(ids).query(r -> {
                    attachments.computeIfAbsent(r.getLong(1), k -> new ArrayList<>())
                            .add(new AttachmentInfo(r.getLong(2), Uploads.cleanName(r.getString(3), PAPER_NAME), r.getString(4), r.getInt(5)));
                });
        return meetings.stream().map(m -> new Meeting(m.id(), m.officeId(), m.teamOrderId(), m.titleBn(), m.chairNameBn(),
                m.chairDesignationBn(), m.date(), m.startTime(), m.placeBn(), m.onlineLink(), m.status(), m.noticeMemoNumber(),
                m.noticeIssuedOn(), m.noticeExtraEmails(), agenda.getOrDefault(m.id(), List.of()),
                attachments.getOrDefault(m.id(), List.of()))).toList();
    }
}
