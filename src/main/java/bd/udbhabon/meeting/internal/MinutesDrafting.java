package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Writing the minutes: the first draft, its edits, and the correction of issued minutes as a new version. */
@Component
class MinutesDrafting {

    private final MinutesGuard guard;
    private final MinutesRepository minutes;
    private final MinutesValidation validation;

    MinutesDrafting(MinutesGuard guard, MinutesRepository minutes, MinutesValidation validation) {
        this.guard = guard;
        this.minutes = minutes;
        this.validation = validation;
    }

    @Transactional
    MinutesVersion saveDraft(long officeId, long meetingId, MinutesContent content) {
        guard.require(officeId, Step.EDIT);
        Meeting meeting = guard.meeting(officeId, meetingId);
        if (meeting.status() != MeetingStatus.HELD) {
            throw UserFacingException.badRequest("minutes.error.notHeld");
        }
        Optional<MinutesVersion> open = MinutesWorkflow.toEdit(minutes.versions(officeId, meetingId));
        MinutesStatus next = open.isEmpty() ? MinutesWorkflow.START : MinutesWorkflow.next(open.get().status(), Step.EDIT);
        validation.check(officeId, meeting, content, open.map(MinutesVersion::correction).orElse(false));
        long id = open.isEmpty() ? minutes.insertFirst(meetingId, content) : open.get().id();
        minutes.writeContent(id, content);
        minutes.edited(id, next);
        MinutesVersion saved = minutes.version(officeId, id).orElseThrow();
        guard.audit(open.isEmpty() ? "minutes.drafted" : "minutes.updated", id, officeId,
                open.map(MinutesVersion::content).orElse(null), saved.content());
        return saved;
    }

    @Transactional
    MinutesVersion startCorrection(long officeId, long minutesId, String noteBn) {
        guard.require(officeId, Step.CORRECT);
        MinutesVersion issued = guard.version(officeId, minutesId);
        List<MinutesVersion> all = minutes.versions(officeId, issued.meetingId());
        MinutesWorkflow.checkCorrection(all, issued);
        String note = Inputs.clean(noteBn);
        if (note == null || note.length() > 2000) {
            throw UserFacingException.invalid(new FormErrors().add("correctionNote", "minutes.error.correctionNote"));
        }
        MinutesContent c = issued.content();
        long id = minutes.insertCorrection(issued, note);
        minutes.writeContent(id, new MinutesContent(c.style(), c.titleBn(), c.subjectBn(), c.opening(), c.itemsIntroBn(), c.items(),
                c.closingBn(), c.chairNameBn(), c.chairDesignationBn(), note));
        MinutesVersion after = minutes.version(officeId, id).orElseThrow();
        guard.audit("minutes.correction-started", id, officeId, Map.of("corrects", issued.memoNumber()), note);
        return after;
    }
}
