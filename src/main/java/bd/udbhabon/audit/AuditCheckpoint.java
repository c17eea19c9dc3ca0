package bd.udbhabon.audit;

import java.time.Instant;

/**
 * The chains as they stood at one moment, kept outside the database: the national chain's newest anchor,
 * which records the head and count of every office chain.
 *
 * @param at      when, by the database's clock
 * @param entryId the newest anchor then, an entry of the national chain (0 when there was none)
 * @param count   how many entries the chains had, as anchored
 * @param head    that entry's chain value (its MAC, or its hash if it predates the key)
 */
public record AuditCheckpoint(Instant at, long entryId, long count, String head) {
}
