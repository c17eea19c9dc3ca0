package bd.udbhabon.meeting;

import bd.udbhabon.meeting.Meeting.Attendance;
import bd.udbhabon.meeting.Meeting.Guest;
import bd.udbhabon.notify.Mailer;
import bd.udbhabon.team.Cadence;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

/**
 * Meetings of an office's team. Every method takes the office the caller's path names and finds
 * only that office's meetings; writes check {@code WRITE_RECORDS} on it again, validate (field
 * problems as {@link bd.udbhabon.shell.UserFacingException#invalid}) and are audited.
 */
public interface Meetings {

    /** The meeting as typed, checked by {@link #save}. */
    record MeetingInput(String titleBn, String chairNameBn, String chairDesignationBn, LocalDate date, LocalTime startTime,
                        String placeBn, String onlineLink, List<Meeting.AgendaItem> agenda) {
    }

    /**
     * An uploaded working paper as the browser sent it (the declared {@code contentType} is not trusted:
     * the type is detected from the bytes); read back, the stored detected type and the clean name.
     */
    record Upload(String fileName, String contentType, byte[] bytes) {
    }

    record NoticeInput(long memoFileId, LocalDate issuedOn, String signatoryNameBn, String signatoryDesignationBn,
                       List<String> extraEmails) {
    }

    /**
     * The schedule: the cadence in force today, the periods from the team's formation on (each under
     * the cadence in force then), and the notification the team is to be re-formed under, if any.
     */
    record Schedule(Cadence cadence, LocalDate formedOn, List<MeetingSchedule.Period> periods, Long reformUnder) {
    }

    /** A revised notice as typed: the memo file, the date on it, the signatory. */
    record RevisionInput(long memoFileId, LocalDate issuedOn, String signatoryNameBn, String signatoryDesignationBn) {
    }

    /**
     * The meeting's notice against the meeting: its state, the last notice issued (the first, or the latest
     * revision: memo number and date), what changed since it (as a revised notice would print it), and the
     * revisions issued so far, oldest first.
     */
    record NoticeStanding(NoticeState state, String lastMemo, LocalDate lastIssuedOn, List<String> changesBn,
                          List<NoticeRevision> revisions) {
    }

    /** Who the notice went to, and the members it could not go to (no e-mail, or a vacant post). */
    record Mailing(boolean mailConfigured, List<Mailer.Sent> sent, List<String> withoutEmail) {
    }

    List<Meeting> list(long officeId);

    Optional<Meeting> find(long officeId, long meetingId);

    /** Empty when the office has no team today. */
    Optional<Schedule> schedule(long officeId, LocalDate today);

    /** Creates ({@code meetingId} null) or edits a meeting not yet held; uploads and removals of working papers with it. */
    Meeting save(long officeId, Long meetingId, MeetingInput input, List<Upload> uploads, List<Long> removeAttachments);

    /** Cancels a meeting not yet held; it stays on the list as cancelled and is not counted as held. */
    void cancel(long officeId, long meetingId);

    Optional<Upload> attachment(long officeId, long meetingId, long attachmentId);

    /** The chair the team's head makes on {@code date}: name and designation, or empty strings. */
    List<String> defaultChair(long officeId, LocalDate date);

    /** Takes the memo number, renders the notice to PDF and DOCX and stores them, in one transaction. */
    default Meeting issueNotice(long officeId, long meetingId, NoticeInput input) {
        return issueNotice(officeId, meetingId, input, null);
    }

    /**
     * As {@link #issueNotice(long, long, NoticeInput)}, only under the number the user confirmed ({@code confirmedMemo};
     * null: whatever number comes): when another paper took it meanwhile, nothing is issued and
     * {@code paper.OfficialPapers.NumberTaken} is thrown (issue 19, point 9).
     */
    Meeting issueNotice(long officeId, long meetingId, NoticeInput input, String confirmedMemo);

    /**
     * Checks the notice form as {@link #issueNotice} would and answers the memo number the notice would take
     * (the file's next), issuing nothing: the page asks to confirm it (issue 19, point 9).
     */
    String checkNotice(long officeId, long meetingId, NoticeInput input);

    /** The notice exactly as {@link #issueNotice} would issue it now, with the file's next number; nothing is issued. */
    byte[] noticePreview(long officeId, long meetingId, NoticeInput input);

    /** The notice's state, the last notice issued and what changed since. */
    NoticeStanding noticeStanding(long officeId, long meetingId);

    /** The signatory to start a notice form with: who signed the office's last notice, else the meeting's chair. */
    List<String> noticeSignatory(long officeId, long meetingId);

    /** The memo file the meeting's notice was issued from, to start a revised notice's form with. */
    Optional<Long> noticeMemoFile(long officeId, long meetingId);

    /** Checks a revised notice's form and answers the memo number it would take, issuing nothing. */
    String checkRevision(long officeId, long meetingId, RevisionInput input);

    byte[] revisionPreview(long officeId, long meetingId, RevisionInput input);

    /**
     * Issues a revised notice for a meeting moved after its last notice: its own memo number, the
     * earlier notice and what changed, PDF and DOCX, in one transaction. Refused unless the meeting
     * no longer matches its last notice.
     */
    default NoticeRevision reviseNotice(long officeId, long meetingId, RevisionInput input) {
        return reviseNotice(officeId, meetingId, input, null);
    }

    /** As {@link #reviseNotice(long, long, RevisionInput)}, only under the number confirmed (see {@link #issueNotice(long, long, NoticeInput, String)}). */
    NoticeRevision reviseNotice(long officeId, long meetingId, RevisionInput input, String confirmedMemo);

    /** E-mails the revised notice to whom the first went (the members and its extra addresses); outside any transaction. */
    Mailing mailRevision(long officeId, long meetingId, long revisionId);

    /** What was sent for a revised notice. */
    Mailing revisionMailing(long officeId, long meetingId, long revisionId);

    Optional<byte[]> revisionPdf(long officeId, long meetingId, long revisionId);

    Optional<byte[]> revisionDocx(long officeId, long meetingId, long revisionId);

    /** E-mails the issued notice with its PDF to every member with an e-mail and the extra addresses; outside any transaction. */
    Mailing mailNotice(long officeId, long meetingId);

    /** What was sent for the meeting's notice so far. */
    Mailing mailing(long officeId, long meetingId);

    Optional<byte[]> noticePdf(long officeId, long meetingId);

    Optional<byte[]> noticeDocx(long officeId, long meetingId);

    /** The attendance recorded, in the order of the team; empty before it is recorded. */
    List<Attendance> attendance(long officeId, long meetingId);

    List<Guest> guests(long officeId, long meetingId);

    /** Records attendance; the meeting is then held. */
    void saveAttendance(long officeId, long meetingId, List<Attendance> members, List<Guest> guests);

    /** The attendance annex (পরিশিষ্ট-ক) as a signature sheet: the members and recorded guests, and blank rows. */
    byte[] attendanceSheetPdf(long officeId, long meetingId);
}
