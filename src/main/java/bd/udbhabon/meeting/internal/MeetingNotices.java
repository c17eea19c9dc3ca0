package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.DocxRenderer;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.MeetingNotice;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.Signature;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings.NoticeInput;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
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

/** The meeting notice, issued in one transaction: the form checked, the memo number taken, the paper rendered and stored. */
@Component
class MeetingNotices {

    private final MeetingGuard guard;
    private final MeetingRepository meetings;
    private final OfficeDirectory offices;
    private final Teams teams;
    private final MemoNumbering numbering;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;

    MeetingNotices(MeetingGuard guard, MeetingRepository meetings, OfficeDirectory offices, Teams teams, MemoNumbering numbering,
                   PdfRenderer pdf, DocxRenderer docx) {
        this.guard = guard;
        this.meetings = meetings;
        this.offices = offices;
        this.teams = teams;
        this.numbering = numbering;
        this.pdf = pdf;
        this.docx = docx;
    }

    @Transactional
    Meeting issueNotice(long officeId, long meetingId, NoticeInput in) {
        guard.requireWrite(officeId);
        Meeting meeting = guard.meeting(officeId, meetingId);
        if (meeting.status() != MeetingStatus.PLANNED) {
            throw UserFacingException.badRequest(meeting.noticeIssued() ? "meeting.error.noticeIssued" : "meeting.error.notEditable");
        }
        FormErrors errors = new FormErrors();
        Optional<MemoNumbering.MemoFile> file = numbering.file(in.memoFileId()).filter(f -> f.officeId() == officeId);
        if (file.isEmpty()) {
            errors.add("memoFile", "meeting.error.memoFile");
        }
        if (in.issuedOn() == null) {
            errors.add("issuedOn", "meeting.error.issuedOn");
        }
        if (blank(in.signatoryNameBn())) {
            errors.add("signatoryName", "meeting.error.signatoryName");
        }
        if (blank(in.signatoryDesignationBn())) {
            errors.add("signatoryDesignation", "meeting.error.signatoryDesignation");
        }
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
        Office office = offices.require(officeId);
        MemoNumber memo = numbering.take(file.get().id(), "meeting-notice:" + meetingId);
        Document paper = notice(office, meeting, team.get(), memo, in).document();
        byte[] pdfBytes = pdf.render(paper);
        byte[] docxBytes = docx.render(paper);
        meetings.noticeIssued(meetingId, memo.formatLatin(), in.issuedOn(),
                in.signatoryNameBn().strip() + ", " + in.signatoryDesignationBn().strip(),
                in.extraEmails().stream().map(e -> e.toLowerCase(Locale.ROOT)).distinct().toArray(String[]::new), pdfBytes, docxBytes);
        Meeting issued = meetings.find(officeId, meetingId).orElseThrow();
        guard.audit("meeting.notice-issued", "meeting", String.valueOf(meetingId), officeId,
                meeting, issued);
        return issued;
    }

    MeetingNotice notice(Office office, Meeting m, TeamOnDate team, MemoNumber memo, NoticeInput in) {
        String teamName = MeetingWording.teamName(office);
        List<String> members = team.members().stream().map(tm -> tm.post().titleBn()).toList();
        return new MeetingNotice(new Letterhead(List.of(office.nameBn()), office.website()), memo, in.issuedOn(), teamName,
                m.chairNameBn() + ", " + m.chairDesignationBn(), m.date(), m.startTime(), m.placeBn(), m.onlineLink(),
                m.agenda().stream().map(a -> a.presenterBn() == null ? a.titleBn() : a.titleBn() + " (উপস্থাপক: " + a.presenterBn() + ")").toList(),
                new Signature(in.signatoryNameBn(), in.signatoryDesignationBn(), null, null, in.issuedOn()), members, List.of());
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
