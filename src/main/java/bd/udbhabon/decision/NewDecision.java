package bd.udbhabon.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * A decision as the minutes record it: where it was taken (a meeting and its agenda item, as
 * numbers and the words lists print), when, on what, the decision itself, its owners and due date.
 */
public record NewDecision(Long sourceMeetingId, Integer sourceItem, String sourceLabelBn, LocalDate takenOn,
                          String subjectBn, String textBn, LocalDate dueOn, List<Owner> owners) {

    public NewDecision {
        owners = owners == null ? List.of() : List.copyOf(owners);
    }
}
