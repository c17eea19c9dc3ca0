package bd.udbhabon.reminder;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The reminders' policy data, set by the Cabinet Division (issue 16, point 5): the days before a deadline on which
 * the office that must act is reminded (7 and 1), and the days overdue after which its superior office is told.
 *
 * @param savedAt when this policy was saved; null for one not saved yet
 */
public record ReminderPolicy(List<Integer> daysBefore, int escalateAfterDays, Instant savedAt) {

    public static final int MAX_DAYS_BEFORE = 60;
    public static final int MAX_ESCALATE_AFTER = 90;
    public static final String OVERDUE = "overdue";
    public static final String ESCALATED = "escalated";

    public ReminderPolicy {
        daysBefore = daysBefore.stream().distinct().sorted(Comparator.reverseOrder()).toList();
    }

    /**
     * The steps of a deadline due on {@code due} that have come by {@code today}, each to be taken once: before the
     * day, only the nearest reminder whose day has come ("before-1" once within a day of it: a run missed on the
     * seventh day does not send two); after it, "overdue" to the office and, from {@code escalateAfterDays} on,
     * "escalated" to its superior. None before the earliest reminder's day.
     */
    public List<String> stepsOn(LocalDate due, LocalDate today) {
        List<String> steps = new ArrayList<>();
        if (today.isAfter(due)) {
            steps.add(OVERDUE);
            if (!today.isBefore(due.plusDays(escalateAfterDays))) {
                steps.add(ESCALATED);
            }
            return steps;
        }
        String nearest = null;
        for (int days : daysBefore) { // the most days first: the last one whose day has come is the nearest
            if (!today.isBefore(due.minusDays(days))) {
                nearest = "before-" + days;
            }
        }
        if (nearest != null) {
            steps.add(nearest);
        }
        return steps;
    }

    /** How far ahead a run asks the modules for deadlines. */
    public int lookAheadDays() {
        return daysBefore.isEmpty() ? 0 : daysBefore.getFirst();
    }
}
