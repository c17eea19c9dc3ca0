package bd.udbhabon.decision;

import java.time.Instant;
import java.time.LocalDate;

/** One entry of a decision's status history: the status, since when, why, and which office said so. */
public record StatusChange(DecisionStatus status, LocalDate since, String reason, long officeId, Instant recordedAt) {
}
