package bd.udbhabon.audit;

/**
 * The result of checking the whole chain.
 *
 * @param checked       entries read
 * @param firstBrokenId the first entry whose content or link does not match, or null if none
 * @param reason        why that entry fails, in English; null if none
 */
public record AuditVerification(long checked, Long firstBrokenId, String reason) {

    public boolean intact() {
        return firstBrokenId == null;
    }
}
