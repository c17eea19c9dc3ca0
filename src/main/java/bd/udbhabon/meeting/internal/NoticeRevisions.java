package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.MeetingNotice;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.Signature;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings.NoticeInput;
import bd.udbhabon.meeting.Meetings.NoticeStanding;
import bd.udbhabon.meeting.Meetings.RevisionInput;
import bd.udbhabon.meeting.NoticeRevision;
import bd.udbhabon.meeting.NoticeState;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.Teams;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Revised notices (সংশোধিত নোটিশ, issue 19, point 7): a meeting moved after its notice keeps the issued
 * notice as it was and gets a new paper through {@link OfficialPapers}, with its own memo number, naming
 * the notice it revises (its number and date) and what changed; the state is {@link NoticeWorkflow}'s.
 */
@Component
class NoticeRevisions {

    /** The paper's title and what it is recorded as issued for. */
    static final String TITLE = "সংশোধিত সভার নোটিশ";

    private final MeetingGuard guard;
    private final MeetingRepository meetings;
    private final MeetingNotices notices;
    private final OfficeDirectory offices;
    private final Teams teams;
    private final OfficialPapers papers;
    private final MemoNumbering numbering;
    private final PdfRenderer pdf;

    NoticeRevisions(MeetingGuard guard, MeetingRepository meetings, MeetingNotices notices, OfficeDirectory offices, Teams teams,
                    OfficialPapers papers, MemoNumbering numbering, PdfRenderer pdf) {
        this.guard = guard;
        this.meetings = meetings;
        this.notices = notices;
        this.offices = offices;
        this.teams = teams;
        this.papers = papers;
        this.numbering = numbering;
        this.pdf = pdf;
    }

    NoticeStanding standing(long officeId, long meetingId) {
        Meeting meeting = guard.meeting(officeId, meetingId);
        return standing(meeting, meetings.revisions(meetingId));
    }

    private NoticeStanding standing(Meeting meeting, List<MeetingRepository.RevisionRow> revisions) {
        List<NoticeRevision> issued = revisions.stream().map(MeetingRepository.RevisionRow::revision).toList();
        if (!meeting.noticeIssued()) {
            return new NoticeStanding(NoticeState.NONE, null, null, List.of(), issued);
        }
        // the last notice issued says what the members expect: the latest revision, else the first notice
        NoticedWhen last = revisions.isEmpty() ? meetings.firstNoticed(meeting.id()).orElse(NoticedWhen.of(meeting))
                : revisions.getLast().announced();
        String lastMemo = revisions.isEmpty() ? meeting.noticeMemoNumber() : revisions.getLast().revision().memoNumber();
        LocalDate lastOn = revisions.isEmpty() ? meeting.noticeIssuedOn() : revisions.getLast().revision().issuedOn();
        // held and cancelled meetings are records: nothing is to be revised any more
        boolean open = meeting.status().editable();
        NoticeState state = open ? NoticeWorkflow.state(last, NoticedWhen.of(meeting)) : NoticeState.CURRENT;
        return new NoticeStanding(state, lastMemo, lastOn, open ? last.changesTo(NoticedWhen.of(meeting)) : List.of(), issued);
    }

    /** A revision form that passed its checks. */
    record Checked(Meeting meeting, TeamOnDate team, OfficialPapers.Issue issue, Office office, NoticeStanding standing, int position) {
    }

    Checked check(long officeId, long meetingId, RevisionInput in) {
        guard.requireWrite(officeId);
        Meeting meeting = guard.meeting(officeId, meetingId);
        List<MeetingRepository.RevisionRow> revisions = meetings.revisions(meetingId);
        NoticeStanding standing = standing(meeting, revisions);
        NoticeWorkflow.next(standing.state(), NoticeWorkflow.Step.REVISE);
        FormErrors errors = new FormErrors();
        OfficialPapers.Issue issue = new OfficialPapers.Issue(in.memoFileId(), in.issuedOn(),
                new OfficialPapers.Signatory(in.signatoryNameBn(), in.signatoryDesignationBn(), null, null));
        papers.check(officeId, issue, MeetingNotices.MESSAGES, errors);
        if (in.issuedOn() != null && in.issuedOn().isBefore(standing.lastIssuedOn())) {
            errors.add("issuedOn", "meeting.error.revisionBefore");
        }
        Optional<TeamOnDate> team = teams.onDate(officeId, meeting.date());
        if (team.isEmpty()) {
            errors.add("memoFile", "meeting.error.noTeam");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return new Checked(meeting, team.get(), issue, offices.require(officeId), standing, revisions.size() + 1);
    }

    byte[] preview(long officeId, long meetingId, RevisionInput in) {
        Checked c = check(officeId, meetingId, in);
        MemoNumber next = numbering.file(in.memoFileId()).orElseThrow().nextNumber();
        return MinutesPaper.printed(() -> pdf.render(paper(c, next, in)), true);
    }

    @Transactional
    NoticeRevision revise(long officeId, long meetingId, RevisionInput in, String confirmed) {
        Checked c = check(officeId, meetingId, in);
        // only under the number confirmed, when one was (null: whatever comes)
        OfficialPapers.IssuedPaper paper = papers.issue(officeId, c.issue(), "meeting-notice-revision:" + meetingId + ":" + c.position(),
                confirmed, memo -> paper(c, memo, in));
        long id = meetings.insertRevision(meetingId, c.position(), paper.id(), paper.memoNumber().formatLatin(), in.issuedOn(),
                in.signatoryNameBn().strip() + ", " + in.signatoryDesignationBn().strip(), c.standing().lastMemo(),
                c.standing().lastIssuedOn(), NoticedWhen.of(c.meeting()), c.standing().changesBn());
        NoticeRevision revision = meetings.revisions(meetingId).stream().map(MeetingRepository.RevisionRow::revision)
                .filter(r -> r.id() == id).findFirst().orElseThrow();
        guard.audit("meeting.notice-revised", "meeting", String.valueOf(meetingId), officeId, c.standing(), revision);
        return revision;
    }

    /**
     * The revised notice: "সংশোধিত সভার নোটিশ", the earlier notice named by its number and date as the seeds
     * name a paper they amend, each change, then the meeting as it now stands (the notice's own sentence and agenda).
     */
    Document paper(Checked c, MemoNumber memo, RevisionInput in) {
        NoticeInput asNotice = new NoticeInput(in.memoFileId(), in.issuedOn(), in.signatoryNameBn(), in.signatoryDesignationBn(), List.of());
        MeetingNotice now = notices.notice(c.office(), c.meeting(), c.team(), memo, asNotice);
        Document.Builder doc = Document.builder()
                .letterhead(new Letterhead(List.of(c.office().nameBn()), c.office().website()))
                .memo(memo, in.issuedOn())
                .title(TITLE)
                .subject(now.team() + "-এর সভার তারিখ, সময় ও স্থান সংশোধন।");
        doc.paragraph("এ কার্যালয়ের " + DualDate.gregorianDate(c.standing().lastIssuedOn()) + " খ্রি. তারিখের "
                + bd.udbhabon.bangla.BanglaDigits.toBangla(c.standing().lastMemo())
                + " সংখ্যক স্মারকে জারিকৃত সভার নোটিশ নিম্নরূপভাবে সংশোধন করা হলো:");
        doc.numbered(bd.udbhabon.bangla.SerialStyle.DANDA, c.standing().changesBn());
        doc.paragraph("সংশোধিত সূচি অনুযায়ী " + now.announcement());
        if (now.onlineLink() != null) {
            doc.paragraph("অনলাইনে যুক্ত হওয়ার লিংক: " + now.onlineLink());
        }
        if (!now.agenda().isEmpty()) {
            doc.heading(MeetingNotice.AGENDA_HEADING);
            doc.numbered(bd.udbhabon.bangla.SerialStyle.DANDA, now.agenda());
        }
        doc.paragraph(MeetingNotice.PLEASE_ATTEND);
        doc.signature(new Signature(in.signatoryNameBn(), in.signatoryDesignationBn(), null, null, in.issuedOn()));
        if (!now.members().isEmpty()) {
            doc.distribution(true, now.members());
        }
        return doc.build();
    }

    Optional<NoticeRevision> find(long officeId, long meetingId, long revisionId) {
        guard.meeting(officeId, meetingId);
        return meetings.revisions(meetingId).stream().map(MeetingRepository.RevisionRow::revision).filter(r -> r.id() == revisionId)
                .findFirst();
    }

    Optional<byte[]> pdf(long officeId, long meetingId, long revisionId) {
        return paperId(officeId, meetingId, revisionId).flatMap(papers::pdf);
    }

    Optional<byte[]> docx(long officeId, long meetingId, long revisionId) {
        return paperId(officeId, meetingId, revisionId).flatMap(papers::docx);
    }

    private Optional<Long> paperId(long officeId, long meetingId, long revisionId) {
        guard.meeting(officeId, meetingId);
        return meetings.revisions(meetingId).stream().filter(r -> r.revision().id() == revisionId)
                .map(MeetingRepository.RevisionRow::paperId).findFirst();
    }

    /** The memo file the meeting's first notice was issued from, to start the revision's form with. */
    Optional<Long> noticeFile(long officeId, long meetingId) {
        return meetings.noticePaperId(officeId, meetingId).flatMap(papers::find).map(OfficialPapers.IssuedPaper::memoFileId);
    }
}
