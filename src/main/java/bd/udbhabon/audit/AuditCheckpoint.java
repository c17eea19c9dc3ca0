package bd.udbhabon.audit;

import java.time.Instant;

/**
 * The chain as it stood at one moment, kept outside the database.
 *
 * @param at      when, by the database's clock
 * @param entryId the newest entry then (0 when there was none)
 * @param count   how many entries there were
 * @param head    that entry's chain value (its MAC, or its hash if it predates the key)
 */
public record AuditCheckpoint(Instant at, long entryId, long count, String head) {
}
