package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.List;

/**
 * An office's team on a day as the notification then in force sees it (the team page's verdict, issue 19,
 * point 5): the order in effect, the verdict under the notification in force, the rules it lacks, and the
 * notification it is to be re-formed under, if any. Other modules' figures (the action plan's "team formed
 * by the notification", issue 14, point 6) read it.
 *
 * @param order       the order in effect that day; null when the office had no team ({@link Verdict#NO_TEAM})
 * @param inForce     the notification in force that day; null before any
 * @param lacking     the rules not met (empty unless {@link Verdict#NOT_COMPLIANT})
 * @param reformUnder the notification in force the team was not formed under and is to be re-formed under; null when none
 */
public record TeamStanding(long officeId, LocalDate date, TeamOrder order, Notification inForce, Verdict verdict,
                           List<Finding> lacking, Notification reformUnder) {

    public TeamStanding {
        lacking = List.copyOf(lacking);
    }

    /**
     * Formed by the notification in force: a team in effect, meeting every rule that notification states for
     * the office's level (or stating none), and not one it asks to be re-formed.
     */
    public boolean formedByNotification() {
        return (verdict == Verdict.COMPLIANT || verdict == Verdict.NO_RULES) && reformUnder == null;
    }
}
