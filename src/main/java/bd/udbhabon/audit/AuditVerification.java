package bd.udbhabon.audit;

/**
 * The result of checking the whole chain against its key and the checkpoints kept outside the database.
 *
 * @param checked       entries read
 * @param firstBrokenId the first entry that fails; for {@link Problem#TRUNCATED}, the newest entry the
 *                      last checkpoint saw (now missing); null if none
 * @param problem       what is wrong with it; null if the chain is intact
 * @param reason        why that entry fails, in English (for logs and the API); null if none
 */
public record AuditVerification(long checked, Long firstBrokenId, Problem problem, String reason) {

    public enum Problem {
        /** Its content, hash or MAC no longer match what was written (or what a checkpoint saw). */
        ALTERED,
        /** Not written by the application: no valid MAC, and newer than every checkpoint (or unkeyed among keyed entries). */
        FORGED,
        /** Dated earlier than the entry before it by more than the clock tolerance. */
        OUT_OF_ORDER,
        /** The links or the count do not add up: an entry was removed from, or inserted into, the middle. */
        REMOVED_OR_INSERTED,
        /** Fewer entries, or another head, than the last checkpoint recorded: the newest entries were removed. */
        TRUNCATED
    }

    public static AuditVerification intact(long checked) {
        return new AuditVerification(checked, null, null, null);
    }

    public boolean intact() {
        return problem == null;
    }
}
