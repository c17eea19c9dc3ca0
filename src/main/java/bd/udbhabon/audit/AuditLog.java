package bd.udbhabon.audit;

import java.util.List;

/** Records changes and reads them back. */
public interface AuditLog {

    /**
     * Appends the entry in the caller's transaction (or its own, if there is none), then publishes the event to the
     * application's listeners in that transaction, so a read side kept from the facts (issue 16's dashboards) learns
     * of every change to an office's records without the writer naming it; a listener that throws rolls the change back.
     */
    void record(AuditEvent event);

    /**
     * Checks every entry's MAC (hash for entries from before the chain was keyed), link and time
     * order, chain by chain in order, the national chain against the checkpoints kept outside the
     * database and each office's chain against its anchors; reports the first failure.
     */
    AuditVerification verify();

    /**
     * Anchors every office chain that grew in the national chain, and that chain's head and count
     * outside the database, now: a line in the checkpoint file, MAC'd with the chain's key, and the
     * same line in the log. Also done on a schedule and at shutdown.
     */
    AuditCheckpoint checkpoint();

    /** The newest entries about one office's records, newest first, older than {@code beforeId} if given. */
    List<AuditEntry> forOffice(long officeId, Long beforeId, int limit);

    /** The history of one record, oldest first. */
    List<AuditEntry> forRecord(String recordType, String recordId);
}
