package bd.udbhabon.audit;

import java.time.Instant;

/** One recorded entry, as read back; {@code before} and {@code after} are JSON text. */
public record AuditEntry(long id, Instant occurredAt, Long accountId, String accountName, Long actingOfficeId,
                         String clientAddress, String action, String recordType, String recordId, Long officeId,
                         String before, String after) {
}
