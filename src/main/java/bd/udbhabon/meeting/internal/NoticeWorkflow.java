package bd.udbhabon.meeting.internal;

import bd.udbhabon.meeting.NoticeState;
import bd.udbhabon.shell.Transitions;

/**
 * The meeting notice's states as a transition table (issue 19, point 7): a notice is issued once; moving
 * the meeting (day, time or place) after it leaves it outdated, which a revised notice mends; a
 * revision is refused while the last notice still says what the meeting is. The state itself is
 * derived from what the last notice announced ({@link NoticedWhen}), so moving back mends it too.
 */
final class NoticeWorkflow {

    enum Step { ISSUE, MOVE, REVISE }

    static final Transitions<NoticeState, Step> TRANSITIONS = Transitions.of(NoticeState.class, Step.class)
            .allow(Step.ISSUE, NoticeState.NONE, NoticeState.CURRENT)
            .refuse(Step.ISSUE, "meeting.error.noticeIssued")
            // a meeting may be moved whatever its notice says; after a notice, the notice no longer matches
            .allow(Step.MOVE, NoticeState.NONE, NoticeState.NONE).allow(Step.MOVE, NoticeState.CURRENT, NoticeState.OUTDATED)
            .allow(Step.MOVE, NoticeState.OUTDATED, NoticeState.OUTDATED)
            .refuse(Step.MOVE, "meeting.error.notEditable")
            .allow(Step.REVISE, NoticeState.OUTDATED, NoticeState.CURRENT)
            .refuse(Step.REVISE, NoticeState.NONE, "meeting.error.noNotice").refuse(Step.REVISE, "meeting.error.noticeCurrent")
            .build();

    private NoticeWorkflow() {
    }

    /** The state of a meeting whose last notice announced {@code noticed} (null: none issued). */
    static NoticeState state(NoticedWhen noticed, NoticedWhen now) {
        if (noticed == null) {
            return NoticeState.NONE;
        }
        return noticed.changesTo(now).isEmpty() ? NoticeState.CURRENT : NoticeState.OUTDATED;
    }

    static NoticeState next(NoticeState from, Step step) {
        return TRANSITIONS.next(from, step);
    }
}
