package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Minutes;
import bd.udbhabon.document.Signature;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MinutesBook.IssueInput;
import bd.udbhabon.meeting.MinutesBook.Standing;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing approved minutes, in one transaction: the form checked, the memo number taken, the
 * decisions recorded (and the team's changes made), the paper rendered and stored, published.
 */
@Component
class MinutesIssuing {

    private final MinutesGuard guard;
    private final MinutesRepository minutes;
    private final MemoNumbering numbering;
    private final OfficeDirectory offices;
    private final StandingItems standing;
    private final DecisionRecording recording;
    private final MinutesPaper paper;

    MinutesIssuing(MinutesGuard guard, MinutesRepository minutes, MemoNumbering numbering, OfficeDirectory offices,
                   StandingItems standing, DecisionRecording recording, MinutesPaper paper) {
        this.guard = guard;
        this.minutes = minutes;
        this.numbering = numbering;
        this.offices = offices;
        this.standing = standing;
        this.recording = recording;
        this.paper = paper;
    }

    @Transactional
    MinutesVersion issue(long officeId, long minutesId, IssueInput in) {
        guard.require(officeId, Step.ISSUE);
        MinutesVersion approved = guard.version(officeId, minutesId);
        MinutesStatus next = MinutesWorkflow.next(approved.status(), Step.ISSUE);
        Meeting meeting = guard.meeting(officeId, approved.meetingId());
        FormErrors errors = new FormErrors();
        Optional<MemoNumbering.MemoFile> file = numbering.file(in.memoFileId()).filter(f -> f.officeId() == officeId);
        if (file.isEmpty()) {
            errors.add("memoFile", "meeting.error.memoFile");
        }
        if (in.issuedOn() == null) {
            errors.add("issuedOn", "meeting.error.issuedOn");
        } else if (in.issuedOn().isBefore(meeting.date()) || in.issuedOn().isAfter(Dhaka.today())) {
            errors.add("issuedOn", "minutes.error.issuedOn");
        } else if (approved.approvedOn() != null && in.issuedOn().isBefore(approved.approvedOn())) {
            errors.add("issuedOn", "minutes.error.issuedBeforeApproval");
        }
        if (blank(in.signatoryNameBn())) {
            errors.add("signatoryName", "meeting.error.signatoryName");
        }
        if (blank(in.signatoryDesignationBn())) {
            errors.add("signatoryDesignation", "meeting.error.signatoryDesignation");
        }
        if (in.distribution().isEmpty()) {
            errors.add("distribution", "minutes.error.distribution");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Office office = offices.require(officeId);
        MemoNumber memo = numbering.take(file.get().id(), "minutes:" + minutesId);
        Standing standingItems = standing.standing(officeId, meeting.id());
        MinutesContent recorded = recording.record(officeId, meeting, approved, memo, in.issuedOn());
        minutes.writeContent(minutesId, recorded);
        MinutesVersion issued = new MinutesVersion(approved.id(), approved.meetingId(), officeId, approved.version(),
                approved.supersedesId(), next, recorded, approved.circulatedOn(), approved.approvedOn(),
                memo.formatLatin(), in.issuedOn(), in.signatoryNameBn(), in.signatoryDesignationBn(), in.distribution(),
                in.copies(), standingItems.rateSentenceBn(), in.issuedOn(), in.sendToCabinet() ? in.issuedOn() : null);
        Signature issuer = new Signature(in.signatoryNameBn().strip(), in.signatoryDesignationBn().strip(), Inputs.clean(in.signatoryPhone()),
                Inputs.clean(in.signatoryEmail()), in.issuedOn(), office.fax());
        // rendered in this transaction: a paper that cannot be printed takes the memo number and the register rows back with it
        Minutes minutesPaper = paper.paper(office, meeting, issued, standingItems, memo, issuer);
        MinutesPaper.Rendered rendered = paper.issued(minutesPaper);
        minutes.issued(minutesId, new MinutesRepository.IssuedRow(next, memo.formatLatin(), in.issuedOn(),
                in.signatoryNameBn().strip(), in.signatoryDesignationBn().strip(), Inputs.clean(in.signatoryPhone()),
                Inputs.clean(in.signatoryEmail()), in.distribution(), in.copies(), standingItems.rateSentenceBn(),
                rendered.pdf(), rendered.docx(), in.issuedOn(), in.sendToCabinet() ? in.issuedOn() : null));
        MinutesVersion after = minutes.version(officeId, minutesId).orElseThrow();
        guard.audit("minutes.issued", minutesId, officeId, approved.status().name(), Map.of("memo", after.memoNumber(),
                "issuedOn", in.issuedOn().toString(), "sentToCabinet", in.sendToCabinet()));
        return after;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
