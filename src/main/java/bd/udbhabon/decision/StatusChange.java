package bd.udbhabon.decision;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One entry of a decision's status history: the status, since when, why, which office said so, and
 * for which implementing office ({@code forOfficeId}; null: a ruling on the whole decision).
 */
public record StatusChange(DecisionStatus status, LocalDate since, String reason, long officeId, Instant recordedAt,
                           Long forOfficeId) {
}
