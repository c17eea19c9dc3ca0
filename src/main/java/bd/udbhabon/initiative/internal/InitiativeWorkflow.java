package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.UserFacingException;

/**
 * An initiative's stage moves, pure. The ordinary course is one stage forward (idea → process map → …
 * → running), by the office's writers, without a reason. Skipping a stage, going back, stopping, and
 * taking a stopped initiative up again each need the reason the history will show; moving to the
 * stage it is in is refused.
 */
public final class InitiativeWorkflow {

    private InitiativeWorkflow() {
    }

    /** Whether the move from {@code from} to {@code to} needs a reason; refused (400) if it is no move. */
    public static boolean needsReason(Stage from, Stage to) {
        if (from == to) {
            throw UserFacingException.badRequest("initiative.error.sameStage", to.inMessage());
        }
        return !from.next().map(to::equals).orElse(false);
    }

    /** Checks the move with its reason; refused in Bangla, naming both stages, where a reason is needed and missing. */
    public static void check(Stage from, Stage to, String reasonBn) {
        if (needsReason(from, to) && (reasonBn == null || reasonBn.isBlank())) {
            String key = to == Stage.STOPPED ? "initiative.error.stopReason"
                    : from == Stage.STOPPED ? "initiative.error.resumeReason"
                    : to.ordinal() < from.ordinal() ? "initiative.error.backReason" : "initiative.error.skipReason";
            throw UserFacingException.badRequest(key, from.inMessage(), to.inMessage());
        }
    }
}
