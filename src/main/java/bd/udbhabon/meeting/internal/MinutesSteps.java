package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MinutesBook.Comment;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The workflow's steps between drafting and issuing, and after: circulating, comments, the chair's approval, the record of sending to the Cabinet Division. */
@Component
class MinutesSteps {

    private final MinutesGuard guard;
    private final MinutesRepository minutes;
    private final MinutesPaper paper;

    MinutesSteps(MinutesGuard guard, MinutesRepository minutes, MinutesPaper paper) {
        this.guard = guard;
        this.minutes = minutes;
        this.paper = paper;
    }

    /** Whether the current user may take {@code step} on the office (the pages show or hide its button). */
    boolean may(long officeId, Step step) {
        return guard.may(officeId, step);
    }

    @Transactional
    MinutesVersion circulate(long officeId, long minutesId) {
        guard.require(officeId, Step.CIRCULATE);
        MinutesVersion before = guard.version(officeId, minutesId);
        MinutesStatus next = MinutesWorkflow.next(before.status(), Step.CIRCULATE);
        paper.draftPdf(officeId, before, true); // the members are mailed this paper after the commit: one that cannot be printed changes nothing
        minutes.circulated(minutesId, next, Dhaka.today());
        MinutesVersion after = minutes.version(officeId, minutesId).orElseThrow();
        guard.audit("minutes.circulated", minutesId, officeId, before.status().name(), after.status().name());
        return after;
    }

    @Transactional
    void comment(long officeId, long minutesId, String textBn) {
        guard.require(officeId, Step.COMMENT);
        MinutesVersion circulated = guard.version(officeId, minutesId);
        MinutesWorkflow.next(circulated.status(), Step.COMMENT);
        String text = Inputs.clean(textBn);
        if (text == null || text.length() > 4000) {
            throw UserFacingException.invalid(new FormErrors().add("comment", "minutes.error.comment"));
        }
        minutes.addComment(minutesId, guard.accountId().orElse(null), guard.authorBn(), text);
        guard.audit("minutes.commented", minutesId, officeId, null, text);
    }

    List<Comment> comments(long officeId, long minutesId) {
        guard.version(officeId, minutesId);
        return minutes.comments(minutesId);
    }

    @Transactional
    MinutesVersion approve(long officeId, long minutesId, LocalDate approvedOn) {
        guard.require(officeId, Step.APPROVE);
        MinutesVersion before = guard.version(officeId, minutesId);
        MinutesStatus next = MinutesWorkflow.next(before.status(), Step.APPROVE);
        // The chair signs between the meeting and today; issue then cannot come before the signature.
        Meeting meeting = guard.meeting(officeId, before.meetingId());
        if (approvedOn == null) {
            throw UserFacingException.invalid(new FormErrors().add("approvedOn", "minutes.error.approvedOnMissing"));
        }
        if (approvedOn.isBefore(meeting.date())) {
            throw UserFacingException.invalid(new FormErrors().add("approvedOn", "minutes.error.approvedBeforeMeeting"));
        }
        if (approvedOn.isAfter(Dhaka.today())) {
            throw UserFacingException.invalid(new FormErrors().add("approvedOn", "minutes.error.approvedAfterToday"));
        }
        minutes.approved(minutesId, next, approvedOn, guard.accountId().orElse(null));
        MinutesVersion after = minutes.version(officeId, minutesId).orElseThrow();
        guard.audit("minutes.approved", minutesId, officeId, before.status().name(), after.status().name());
        return after;
    }

    @Transactional
    void sentToCabinet(long officeId, long minutesId, LocalDate on) {
        guard.require(officeId, Step.RECORD_SENT_TO_CABINET);
        MinutesVersion issued = guard.version(officeId, minutesId);
        MinutesWorkflow.next(issued.status(), Step.RECORD_SENT_TO_CABINET);
        if (on == null || on.isBefore(issued.issuedOn()) || on.isAfter(Dhaka.today())) {
            throw UserFacingException.invalid(new FormErrors().add("sentOn", "minutes.error.sentOn"));
        }
        minutes.sentToCabinet(minutesId, on);
        guard.audit("minutes.sent-to-cabinet", minutesId, officeId,
                issued.sentToCabinetOn() == null ? null : issued.sentToCabinetOn().toString(), on.toString());
    }
}
