package bd.udbhabon.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision with its status on the day it was read ({@code asOf}): the status, since when, and the
 * reason when dropped.
 */
public record Decision(long id, long officeId, Long sourceMeetingId, Integer sourceItem, String sourceLabelBn,
                       LocalDate takenOn, String subjectBn, String textBn, LocalDate dueOn, List<Owner> owners,
                       LocalDate asOf, DecisionStatus status, LocalDate statusSince, String reason) {

    public Decision {
        owners = List.copyOf(owners);
    }

    /** Open past its due date on {@code asOf}. */
    public boolean overdue() {
        return !status.closed() && dueOn != null && dueOn.isBefore(asOf);
    }

    /** Open before its due day on {@code asOf} ("মেয়াদ আসেনি"): left out of the rate until due. */
    public boolean notYetDue() {
        return !status.closed() && dueOn != null && dueOn.isAfter(asOf);
    }
}
