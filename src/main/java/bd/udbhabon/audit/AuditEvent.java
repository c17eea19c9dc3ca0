package bd.udbhabon.audit;

import bd.udbhabon.access.Actor;

/**
 * A change to record. {@code before} and {@code after} are any values Jackson can write (records,
 * maps); null when the record was created or removed.
 *
 * @param action     what happened, as a dotted verb: {@code office.updated}, {@code login.failed}
 * @param recordType the kind of record: {@code office}, {@code account}
 * @param officeId   the office whose record it is, so the entry shows on that office's trail
 */
public record AuditEvent(Actor actor, String action, String recordType, String recordId, Long officeId,
                         Object before, Object after) {
}
