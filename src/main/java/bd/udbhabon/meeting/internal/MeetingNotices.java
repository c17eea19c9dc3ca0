package bd.udbhabon.meeting.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.MeetingNotice;
import bd.udbhabon.document.Signature;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings.NoticeInput;
import bd.udbhabon.meeting.NoticeState;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The meeting notice, issued as an official paper ({@link OfficialPapers}: number, PDF and DOCX, in this transaction), and read back. */
@Component
class MeetingNotices {

    /** The notice's (and the minutes') wording for the issue form's problems. */
    static final OfficialPapers.IssueMessages MESSAGES = new OfficialPapers.IssueMessages("meeting.error.memoFile",
            "meeting.error.issuedOn", "meeting.error.signatoryName", "meeting.error.signatoryDesignation");

    private final MeetingGuard guard;
    private final MeetingRepository meetings;
    private final OfficeDirectory offices;
    private final Teams teams;
    private final OfficialPapers papers;
    private final MemoNumbering numbering;
    private final PdfRenderer pdf;

    MeetingNotices(MeetingGuard guard, MeetingRepository meetings, OfficeDirectory offices, Teams teams, OfficialPapers papers,
                   MemoNumbering numbering, PdfRenderer pdf) {
        this.guard = guard;
        this.meetings = meetings;
        this.offices = offices;
        this.teams = teams;
        this.papers = papers;
        this.numbering = numbering;
        this.pdf = pdf;
    }

    /** A notice form that passed its checks: what the paper is built from. */
    record Checked(Meeting meeting, TeamOnDate team, OfficialPapers.Issue issue, Office office) {
    }

    /** The form's problems as field errors (nothing written), or what the notice is built from. */
    Checked check(long officeId, long meetingId, NoticeInput in) {
        guard.requireWrite(officeId);
        Meeting meeting = guard.meeting(officeId, meetingId);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw UserFacingException.badRequest(meeting.noticeIssued() ? "meeting.error.noticeIssued" : "meeting.error.notEditable");
        }
        NoticeWorkflow.next(NoticeState.NONE, NoticeWorkflow.Step.ISSUE);
        FormErrors errors = new FormErrors();
        OfficialPapers.Issue issue = new OfficialPapers.Issue(in.memoFileId(), in.issuedOn(),
                new OfficialPapers.Signatory(in.signatoryNameBn(), in.signatoryDesignationBn(), null, null));
        papers.check(officeId, issue, MESSAGES, errors);
        for (String email : in.extraEmails()) {
            if (!Inputs.isEmail(email)) {
                errors.add("extraEmails", "meeting.error.email", email);
            }
        }
        Optional<TeamOnDate> team = teams.onDate(officeId, meeting.date());
        if (team.isEmpty()) {
            errors.add("memoFile", "meeting.error.noTeam");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return new Checked(meeting, team.get(), issue, offices.require(officeId));
    }

    /** The memo number the file would give the paper now (its next), as the confirmation names it. */
    String nextMemo(long memoFileId) {
        return numbering.file(memoFileId).orElseThrow().nextNumber().formatLatin();
    }

    /** The notice as it would be issued now, with the file's next number; nothing is taken or stored. */
    byte[] preview(long officeId, long meetingId, NoticeInput in) {
        Checked c = check(officeId, meetingId, in);
        MemoNumber next = numbering.file(in.memoFileId()).orElseThrow().nextNumber();
        return MinutesPaper.printed(() -> pdf.render(notice(c.office(), c.meeting(), c.team(), next, in).document()), true);
    }

    /** Issues under whatever number comes ({@code confirmed} null), or only under the number confirmed. */
    @Transactional
    Meeting issueNotice(long officeId, long meetingId, NoticeInput in, String confirmed) {
        Checked c = check(officeId, meetingId, in);
        Meeting meeting = c.meeting();
        OfficialPapers.IssuedPaper paper = papers.issue(officeId, c.issue(), "meeting-notice:" + meetingId, confirmed,
                memo -> notice(c.office(), meeting, c.team(), memo, in).document());
        meetings.noticeIssued(meetingId, paper.memoNumber().formatLatin(), in.issuedOn(),
                in.signatoryNameBn().strip() + ", " + in.signatoryDesignationBn().strip(),
                in.extraEmails().stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new), paper.id(),
                NoticedWhen.of(meeting));
        Meeting issued = meetings.find(officeId, meetingId).orElseThrow();
        guard.audit("meeting.notice-issued", "meeting", String.valueOf(meetingId), officeId,
                meeting, issued);
        return issued;
    }

    /**
     * The signatory a notice form starts with: whoever signed the office's last notice (its usual
     * signatory), else the member-secretary of the meeting's day, else the meeting's chair.
     */
    List<String> signatory(long officeId, Meeting meeting) {
        return papers.lastSignatory(officeId, "meeting-notice").map(s -> List.of(s.nameBn(), s.designationBn()))
                .or(() -> teams.onDate(officeId, meeting.date()).flatMap(t -> t.members().stream()
                        .filter(m -> m.role() == TeamRole.MEMBER_SECRETARY && m.holder() != null).findFirst())
                        .map(ms -> List.of(ms.holder().nameBn(), ms.post().titleBn())))
                .orElse(List.of(meeting.chairNameBn(), meeting.chairDesignationBn()));
    }

    MeetingNotice notice(Office office, Meeting m, TeamOnDate team, MemoNumber memo, NoticeInput in) {
        String teamName = TeamNames.of(office);
        List<String> members = team.members().stream().map(tm -> tm.post().titleBn()).toList();
        return new MeetingNotice(new Letterhead(List.of(office.nameBn()), office.website()), memo, in.issuedOn(), teamName,
                m.chairNameBn() + ", " + m.chairDesignationBn(), m.date(), m.startTime(), m.placeBn(), m.onlineLink(),
                m.agenda().stream().map(a -> a.presenterBn() == null ? a.titleBn() : a.titleBn() + " (উপস্থাপক: " + a.presenterBn() + ")").toList(),
                new Signature(in.signatoryNameBn(), in.signatoryDesignationBn(), null, null, in.issuedOn()), members, List.of());
    }

    /** The issued notice's PDF, exactly as issued. */
    Optional<byte[]> pdf(long officeId, long meetingId) {
        return meetings.noticePaperId(officeId, meetingId).flatMap(papers::pdf);
    }

    Optional<byte[]> docx(long officeId, long meetingId) {
        return meetings.noticePaperId(officeId, meetingId).flatMap(papers::docx);
    }
}
