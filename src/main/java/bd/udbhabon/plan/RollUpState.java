package bd.udbhabon.plan;

import java.util.Arrays;
import java.util.Set;

/**
 * Where an office stands for one quarter, as its superiors see it in the roll-up (issue 14, point 5):
 * from its plan for the year and that quarter's report.
 */
public enum RollUpState {
    /** No plan for the year. */
    NO_PLAN,
    /** A plan, but no version of it issued yet. */
    PLAN_NOT_ISSUED,
    /** The plan is issued; no report for the quarter yet. */
    MISSING,
    /** The report is being written. */
    DRAFT,
    SUBMITTED,
    /** Submitted after the quarter's deadline (marked, never refused). */
    SUBMITTED_LATE,
    /** Returned by the superior with a comment, to be corrected and sent again. */
    RETURNED,
    ACCEPTED;

    /** The states of a report the superior has in hand (seed 004 names the others "পাওয়া যায়নি"). */
    public static final Set<RollUpState> RECEIVED = Set.of(SUBMITTED, SUBMITTED_LATE, RETURNED, ACCEPTED);

    public boolean received() {
        return RECEIVED.contains(this);
    }

    /** The state named by a query parameter, or null for none or an unknown name. */
    public static RollUpState parse(String name) {
        return name == null ? null : Arrays.stream(values()).filter(s -> s.name().equalsIgnoreCase(name.strip()))
                .findFirst().orElse(null);
    }
}
