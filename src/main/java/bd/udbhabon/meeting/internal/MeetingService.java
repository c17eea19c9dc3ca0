package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meeting.Attendance;
import bd.udbhabon.meeting.Meeting.Guest;
import bd.udbhabon.meeting.MeetingSchedule;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.meeting.NoticeRevision;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * {@link Meetings} as the pages, the API and the minutes see it: reading and the schedule here, the
 * rest in parts with one job each: {@link MeetingRepository} (SQL), {@link MeetingEditing},
 * {@link MeetingNotices}, {@link NoticeMail}, {@link MeetingAttendance}.
 */
@Service
class MeetingService implements Meetings {

    private final MeetingRepository meetings;
    private final Teams teams;
    private final Policies policies;
    private final MeetingEditing editing;
    private final MeetingNotices notices;
    private final NoticeMail noticeMail;
    private final MeetingAttendance attendance;
    private final NoticeRevisions revisions;

    MeetingService(MeetingRepository meetings, Teams teams, Policies policies, MeetingEditing editing, MeetingNotices notices,
                   NoticeMail noticeMail, MeetingAttendance attendance, NoticeRevisions revisions) {
        this.revisions = revisions;
        this.meetings = meetings;
        this.teams = teams;
        this.policies = policies;
        this.editing = editing;
        this.notices = notices;
        this.noticeMail = noticeMail;
        this.attendance = attendance;
    }

    // ---- reading

    @Override
    public List<Meeting> list(long officeId) {
        return meetings.list(officeId);
    }

    @Override
    public Optional<Meeting> find(long officeId, long meetingId) {
        return meetings.find(officeId, meetingId);
    }

    @Override
    public Optional<Schedule> schedule(long officeId, LocalDate today) {
        Optional<TeamOnDate> team = teams.onDate(officeId, today);
        if (team.isEmpty()) {
            return Optional.empty();
        }
        // The team was formed by the earliest order of the unbroken run that leads to today's.
        List<TeamOrder> history = teams.history(officeId);
        LocalDate formedOn = team.get().order().effectiveFrom();
        for (TeamOrder order : history) {
            if (order.effectiveFrom().isAfter(today)) {
                continue;
            }
            if (order.kind() == OrderKind.DISSOLUTION) {
                break;
            }
            formedOn = order.effectiveFrom();
        }
        // The cadence of the notification in force on each day, not of the one the team was formed under.
        TreeMap<LocalDate, Cadence> inForce = new TreeMap<>();
        for (Notification n : policies.all()) { // newest first: of two taking effect on one day, the newer counts
            inForce.putIfAbsent(n.effectiveFrom(), n.cadence());
        }
        if (inForce.isEmpty()) {
            inForce.put(LocalDate.MIN, Cadence.QUARTERLY);
        }
        List<LocalDate> held = list(officeId).stream().filter(m -> m.status() == MeetingStatus.HELD).map(Meeting::date).toList();
        Long reform = policies.reformationUnder(team.get().order().notificationId(), today).map(Notification::id).orElse(null);
        return Optional.of(new Schedule(MeetingSchedule.cadenceOn(inForce, today), formedOn,
                MeetingSchedule.periods(inForce, formedOn, today, held), reform));
    }

    @Override
    public Optional<Upload> attachment(long officeId, long meetingId, long attachmentId) {
        return meetings.attachment(officeId, meetingId, attachmentId);
    }

    @Override
    public List<String> defaultChair(long officeId, LocalDate date) {
        return teams.onDate(officeId, date).flatMap(t -> t.members().stream().filter(m -> m.role() == TeamRole.HEAD).findFirst())
                .map(head -> List.of(head.holder() == null ? "" : head.holder().nameBn(), head.post().titleBn()))
                .orElse(List.of("", ""));
    }

    // ---- writing, in the parts

    @Override
    @Transactional
    public Meeting save(long officeId, Long meetingId, MeetingInput in, List<Upload> uploads, List<Long> removeAttachments) {
        return editing.save(officeId, meetingId, in, uploads, removeAttachments);
    }

    @Override
    @Transactional
    public void cancel(long officeId, long meetingId) {
        editing.cancel(officeId, meetingId);
    }

    @Override
    @Transactional
    public Meeting issueNotice(long officeId, long meetingId, NoticeInput in, String confirmedMemo) {
        return notices.issueNotice(officeId, meetingId, in, confirmedMemo);
    }

    @Override
    public String checkNotice(long officeId, long meetingId, NoticeInput input) {
        return notices.nextMemo(notices.check(officeId, meetingId, input).issue().memoFileId());
    }

    @Override
    public byte[] noticePreview(long officeId, long meetingId, NoticeInput input) {
        return notices.preview(officeId, meetingId, input);
    }

    @Override
    public NoticeStanding noticeStanding(long officeId, long meetingId) {
        return revisions.standing(officeId, meetingId);
    }

    @Override
    public List<String> noticeSignatory(long officeId, long meetingId) {
        return notices.signatory(officeId, meetings.find(officeId, meetingId).orElseThrow());
    }

    @Override
    public String checkRevision(long officeId, long meetingId, RevisionInput input) {
        return notices.nextMemo(revisions.check(officeId, meetingId, input).issue().memoFileId());
    }

    @Override
    public byte[] revisionPreview(long officeId, long meetingId, RevisionInput input) {
        return revisions.preview(officeId, meetingId, input);
    }

    @Override
    @Transactional
    public NoticeRevision reviseNotice(long officeId, long meetingId, RevisionInput input, String confirmedMemo) {
        return revisions.revise(officeId, meetingId, input, confirmedMemo);
    }

    @Override
    public Mailing mailRevision(long officeId, long meetingId, long revisionId) {
        NoticeRevision revision = revisions.find(officeId, meetingId, revisionId).orElseThrow();
        return noticeMail.mailRevision(officeId, meetingId, revision, revisions.pdf(officeId, meetingId, revisionId).orElseThrow());
    }

    @Override
    public Mailing revisionMailing(long officeId, long meetingId, long revisionId) {
        return noticeMail.revisionMailing(officeId, meetingId, revisionId);
    }

    @Override
    public Optional<byte[]> revisionPdf(long officeId, long meetingId, long revisionId) {
        return revisions.pdf(officeId, meetingId, revisionId);
    }

    @Override
    public Optional<byte[]> revisionDocx(long officeId, long meetingId, long revisionId) {
        return revisions.docx(officeId, meetingId, revisionId);
    }

    @Override
    public Optional<Long> noticeMemoFile(long officeId, long meetingId) {
        return revisions.noticeFile(officeId, meetingId);
    }

    @Override
    public Mailing mailNotice(long officeId, long meetingId) {
        return noticeMail.mailNotice(officeId, meetingId);
    }

    @Override
    public Mailing mailing(long officeId, long meetingId) {
        return noticeMail.mailing(officeId, meetingId);
    }

    @Override
    public Optional<byte[]> noticePdf(long officeId, long meetingId) {
        return notices.pdf(officeId, meetingId);
    }

    @Override
    public Optional<byte[]> noticeDocx(long officeId, long meetingId) {
        return notices.docx(officeId, meetingId);
    }

    @Override
    public List<Attendance> attendance(long officeId, long meetingId) {
        return meetings.attendance(officeId, meetingId);
    }

    @Override
    public List<Guest> guests(long officeId, long meetingId) {
        return meetings.guests(officeId, meetingId);
    }

    @Override
    @Transactional
    public void saveAttendance(long officeId, long meetingId, List<Attendance> members, List<Guest> guests) {
        attendance.saveAttendance(officeId, meetingId, members, guests);
    }

    @Override
    public byte[] attendanceSheetPdf(long officeId, long meetingId) {
        return attendance.attendanceSheetPdf(officeId, meetingId);
    }
}
