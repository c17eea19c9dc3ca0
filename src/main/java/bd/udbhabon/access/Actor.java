package bd.udbhabon.access;

/**
 * Who makes a change, for the audit trail: the account (null for the system itself), the office
 * it acts for, and the address the request came from.
 */
public record Actor(Long accountId, String accountName, Long actingOfficeId, String clientAddress) {

    public static final Actor SYSTEM = new Actor(null, "system", null, null);
}
