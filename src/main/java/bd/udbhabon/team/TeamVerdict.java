package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * A team on a day judged as its page shows it (issue 19, point 5): under the notification in force that day,
 * whatever its order was issued under (the compliance view judges today's team the same way); and, when the
 * order was issued under another notification, what that one says of it, so that "all rules met" under 2023's
 * notification is never read as the verdict under 2025's.
 *
 * @param formedUnder the judgement under the order's own notification; null when that is the one in force
 */
public record TeamVerdict(Judgement inForce, Judgement formedUnder) {

    /** Empty when no notification is in force on {@code date}. */
    public static Optional<TeamVerdict> on(Policies policies, long formedUnderId, LocalDate date, Function<Notification, Judgement> judge) {
        return policies.inForce(date).map(inForce -> new TeamVerdict(judge.apply(inForce),
                inForce.id() == formedUnderId ? null : policies.find(formedUnderId).map(judge).orElse(null)));
    }
}
