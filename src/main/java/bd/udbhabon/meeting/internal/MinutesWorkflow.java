package bd.udbhabon.meeting.internal;

import static bd.udbhabon.meeting.MinutesStatus.APPROVED;
import static bd.udbhabon.meeting.MinutesStatus.CIRCULATED;
import static bd.udbhabon.meeting.MinutesStatus.DRAFT;
import static bd.udbhabon.meeting.MinutesStatus.ISSUED;

import bd.udbhabon.access.Permission;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.shell.Transitions;
import bd.udbhabon.shell.UserFacingException;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The minutes' workflow, pure: who may take each step, from which state, to which state, and the
 * message a refused step gives. A version is drafted, optionally circulated for comments, approved
 * by the chair, issued; editing approved minutes takes them back to a draft the chair approves
 * again; issued minutes never change, and are corrected by a new version (a draft again) started
 * from the latest issued one while no other version is open. The services ask this class and
 * write what it answers; they hold no {@code if (status != …)} of their own.
 */
final class MinutesWorkflow {

    /** The steps, each with the permissions any one of which lets a user take it on the office. */
    enum Step {
        EDIT(Permission.WRITE_RECORDS),
        CIRCULATE(Permission.WRITE_RECORDS),
        COMMENT(Permission.COMMENT, Permission.WRITE_RECORDS),
        APPROVE(Permission.APPROVE_MINUTES),
        ISSUE(Permission.WRITE_RECORDS),
        CORRECT(Permission.WRITE_RECORDS),
        RECORD_SENT_TO_CABINET(Permission.WRITE_RECORDS);

        private final Set<Permission> anyOf;

        Step(Permission first, Permission... more) {
            this.anyOf = EnumSet.of(first, more);
        }

        /** Whether a user holding what {@code granted} says may take this step. */
        boolean mayBeTakenBy(Predicate<Permission> granted) {
            return anyOf.stream().anyMatch(granted);
        }
    }

    /** Where a new version (the first, or a correction) starts. */
    static final MinutesStatus START = DRAFT;

    static final Transitions<MinutesStatus, Step> TRANSITIONS = Transitions.of(MinutesStatus.class, Step.class)
            // approval was of what the chair read: changed minutes go back to a draft
            .allow(Step.EDIT, DRAFT, DRAFT).allow(Step.EDIT, CIRCULATED, CIRCULATED).allow(Step.EDIT, APPROVED, DRAFT)
            .refuse(Step.EDIT, "minutes.error.issued")
            .allow(Step.CIRCULATE, DRAFT, CIRCULATED)
            .refuse(Step.CIRCULATE, "minutes.error.notDraft")
            .allow(Step.COMMENT, CIRCULATED, CIRCULATED)
            .refuse(Step.COMMENT, "minutes.error.notCirculated")
            .allow(Step.APPROVE, DRAFT, APPROVED).allow(Step.APPROVE, CIRCULATED, APPROVED)
            .refuse(Step.APPROVE, "minutes.error.notDraft")
            .allow(Step.ISSUE, APPROVED, ISSUED)
            .refuse(Step.ISSUE, ISSUED, "minutes.error.issued").refuse(Step.ISSUE, "minutes.error.notApproved")
            // the issued version stays as issued; the correction is a new version from START
            .allow(Step.CORRECT, ISSUED, ISSUED)
            .refuse(Step.CORRECT, "minutes.error.notIssued")
            .allow(Step.RECORD_SENT_TO_CABINET, ISSUED, ISSUED)
            .refuse(Step.RECORD_SENT_TO_CABINET, "minutes.error.notIssued")
            .build();

    private MinutesWorkflow() {
    }

    /** The state {@code step} takes a version in {@code from} to; refused (400, the table's message) otherwise. */
    static MinutesStatus next(MinutesStatus from, Step step) {
        return TRANSITIONS.next(from, step);
    }

    /**
     * The version of a meeting's minutes a save edits: the open one, or none when the meeting has
     * none yet (a first version starts); refused when every version is issued.
     */
    static Optional<MinutesVersion> toEdit(List<MinutesVersion> versions) {
        Optional<MinutesVersion> open = versions.stream().filter(MinutesVersion::editable).findFirst();
        if (open.isEmpty() && !versions.isEmpty()) {
            next(versions.getLast().status(), Step.EDIT); // refused: all issued
        }
        return open;
    }

    /** A correction of {@code issued}: it must be issued, the latest of its meeting's {@code versions}, with none open. */
    static void checkCorrection(List<MinutesVersion> versions, MinutesVersion issued) {
        next(issued.status(), Step.CORRECT);
        if (versions.stream().anyMatch(MinutesVersion::editable)) {
            throw UserFacingException.badRequest("minutes.error.correctionOpen");
        }
        if (versions.getLast().id() != issued.id()) {
            throw UserFacingException.badRequest("minutes.error.notLatest");
        }
    }
}
