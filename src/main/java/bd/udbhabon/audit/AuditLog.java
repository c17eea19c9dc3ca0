package bd.udbhabon.audit;

import java.util.List;

/** Records changes and reads them back. */
public interface AuditLog {

    /** Appends the entry in the caller's transaction (or its own, if there is none). */
    void record(AuditEvent event);

    /** Recomputes every entry's hash and link, in order, and reports the first that fails. */
    AuditVerification verify();

    /** The newest entries about one office's records, newest first, older than {@code beforeId} if given. */
    List<AuditEntry> forOffice(long officeId, Long beforeId, int limit);

    /** The history of one record, oldest first. */
    List<AuditEntry> forRecord(String recordType, String recordId);
}
