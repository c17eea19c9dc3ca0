package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Signature;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MinutesBook.IssueInput;
import bd.udbhabon.meeting.MinutesBook.Standing;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing approved minutes, in one transaction: the form checked, then through {@link OfficialPapers}
 * the memo number taken, the decisions recorded (and the team's changes made), the paper rendered
 * and stored; the version issued and published.
 */
@Component
class MinutesIssuing {

    /** The minutes' issue form words its problems as the notice's does. */
    private static final OfficialPapers.IssueMessages MESSAGES = MeetingNotices.MESSAGES;

    private final MinutesGuard guard;
    private final MinutesRepository minutes;
    private final OfficialPapers papers;
    private final OfficeDirectory offices;
    private final StandingItems standing;
    private final DecisionRecording recording;
    private final MinutesPaper paper;
    private final IssueDefaults defaults;

    MinutesIssuing(MinutesGuard guard, MinutesRepository minutes, OfficialPapers papers, OfficeDirectory offices,
                   StandingItems standing, DecisionRecording recording, MinutesPaper paper, IssueDefaults defaults) {
        this.defaults = defaults;
        this.guard = guard;
        this.minutes = minutes;
        this.papers = papers;
        this.offices = offices;
        this.standing = standing;
        this.recording = recording;
        this.paper = paper;
    }

    /** An issue form that passed its checks: the approved version, the state it goes to, its meeting and the paper's issue. */
    record Checked(MinutesVersion approved, MinutesStatus next, Meeting meeting, OfficialPapers.Issue issue) {
    }

    /** The form's problems as field errors, nothing written; or what the issue is made of. */
    Checked check(long officeId, long minutesId, IssueInput in) {
        guard.require(officeId, Step.ISSUE);
        MinutesVersion approved = guard.version(officeId, minutesId);
        MinutesStatus next = MinutesWorkflow.next(approved.status(), Step.ISSUE);
        Meeting meeting = guard.meeting(officeId, approved.meetingId());
        FormErrors errors = new FormErrors();
        OfficialPapers.Issue issue = new OfficialPapers.Issue(in.memoFileId(), in.issuedOn(), new OfficialPapers.Signatory(
                in.signatoryNameBn(), in.signatoryDesignationBn(), in.signatoryPhone(), in.signatoryEmail()));
        papers.check(officeId, issue, MESSAGES, errors);
        if (in.issuedOn() != null && (in.issuedOn().isBefore(meeting.date()) || in.issuedOn().isAfter(Dhaka.today()))) {
            errors.add("issuedOn", "minutes.error.issuedOn");
        } else if (in.issuedOn() != null && approved.approvedOn() != null && in.issuedOn().isBefore(approved.approvedOn())) {
            errors.add("issuedOn", "minutes.error.issuedBeforeApproval");
        }
        if (in.distribution().isEmpty()) {
            errors.add("distribution", "minutes.error.distribution");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return new Checked(approved, next, meeting, issue);
    }

    /** The memo number the form's file would give the minutes now, as the confirmation names it; nothing is taken. */
    String nextMemo(long officeId, long minutesId, IssueInput in) {
        check(officeId, minutesId, in);
        return paper.nextMemo(in.memoFileId()).formatLatin();
    }

    /** The minutes exactly as they would be issued now (the file's next number, the lists and signatory typed); nothing is stored. */
    byte[] preview(long officeId, long minutesId, IssueInput in) {
        Checked c = check(officeId, minutesId, in);
        Office office = offices.require(officeId);
        Standing standingItems = standing.standing(officeId, c.meeting().id());
        MemoNumber memo = paper.nextMemo(in.memoFileId());
        MinutesVersion v = issuedVersion(c, c.approved().content(), memo, in, standingItems);
        return paper.previewIssued(paper.paper(office, c.meeting(), v, standingItems, memo, issuer(in, office)));
    }

    /** Where the issue form starts: see {@link IssueDefaults}. */
    IssueInput starting(long officeId, long minutesId) {
        MinutesVersion version = guard.version(officeId, minutesId);
        return defaults.starting(officeId, version, guard.meeting(officeId, version.meetingId()));
    }

    @Transactional
    MinutesVersion issue(long officeId, long minutesId, IssueInput in, String confirmed) {
        Checked c = check(officeId, minutesId, in);
        MinutesVersion approved = c.approved();
        MinutesStatus next = c.next();
        Meeting meeting = c.meeting();
        OfficialPapers.Issue issue = c.issue();
        Office office = offices.require(officeId);
        Standing standingItems = standing.standing(officeId, meeting.id());
        Signature issuer = issuer(in, office);
        // all in this transaction: a paper that cannot be printed takes the memo number and the register rows back with it
        OfficialPapers.IssuedPaper issuedPaper = paper.issue(officeId, issue, "minutes:" + minutesId, confirmed, memo -> {
            MinutesContent recorded = recording.record(officeId, meeting, approved, memo, in.issuedOn());
            minutes.writeContent(minutesId, recorded);
            return paper.paper(office, meeting, issuedVersion(c, recorded, memo, in, standingItems), standingItems, memo, issuer);
        });
        minutes.issued(minutesId, new MinutesRepository.IssuedRow(next, issuedPaper.memoNumber().formatLatin(), in.issuedOn(),
                in.signatoryNameBn().strip(), in.signatoryDesignationBn().strip(), Inputs.clean(in.signatoryPhone()),
                Inputs.clean(in.signatoryEmail()), in.distribution(), in.copies(), standingItems.rateSentenceBn(),
                issuedPaper.id(), in.issuedOn(), in.sendToCabinet() ? in.issuedOn() : null));
        MinutesVersion after = minutes.version(officeId, minutesId).orElseThrow();
        guard.audit("minutes.issued", minutesId, officeId, approved.status().name(), Map.of("memo", after.memoNumber(),
                "issuedOn", in.issuedOn().toString(), "sentToCabinet", in.sendToCabinet()));
        return after;
    }

    /** The version as issued with {@code memo}: what the paper prints. */
    private static MinutesVersion issuedVersion(Checked c, MinutesContent content, MemoNumber memo, IssueInput in, Standing standingItems) {
        MinutesVersion a = c.approved();
        return new MinutesVersion(a.id(), a.meetingId(), a.officeId(), a.version(), a.supersedesId(), c.next(), content,
                a.circulatedOn(), a.approvedOn(), memo.formatLatin(), in.issuedOn(), in.signatoryNameBn(), in.signatoryDesignationBn(),
                in.distribution(), in.copies(), standingItems.rateSentenceBn(), in.issuedOn(), in.sendToCabinet() ? in.issuedOn() : null);
    }

    private static Signature issuer(IssueInput in, Office office) {
        return new Signature(in.signatoryNameBn().strip(), in.signatoryDesignationBn().strip(), Inputs.clean(in.signatoryPhone()),
                Inputs.clean(in.signatoryEmail()), in.issuedOn(), office.fax());
    }

}
