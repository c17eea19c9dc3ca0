package bd.udbhabon.inbox.internal;

import bd.udbhabon.inbox.internal.InboxItem.Status;
import bd.udbhabon.shell.Transitions;

/**
 * An item's life at the receiving office, pure: it arrives RECEIVED, a writer of that office acknowledges it once.
 * Sent again (a corrected report), it is received again ({@link InboxRepository#receive}).
 */
final class InboxWorkflow {

    enum Step { ACKNOWLEDGE }

    static final Transitions<Status, Step> TRANSITIONS = Transitions.of(Status.class, Step.class)
            .allow(Step.ACKNOWLEDGE, Status.RECEIVED, Status.ACKNOWLEDGED)
            .refuse(Step.ACKNOWLEDGE, "inbox.error.acknowledged")
            .build();

    private InboxWorkflow() {
    }
}
