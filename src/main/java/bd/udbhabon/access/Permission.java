package bd.udbhabon.access;

/** What a role may do with an office's records. */
public enum Permission {
    /** Read the office's records (team, meetings, decisions, plans). */
    READ_RECORDS,
    /** Create and change the office's records. */
    WRITE_RECORDS,
    /** Comment on a subordinate office's records. */
    COMMENT,
    /** Approve the team's minutes as the meeting's chair (the team head, or the head of the office). */
    APPROVE_MINUTES,
    /**
     * Submit the office's quarterly action-plan reports upward, and accept or return those of the offices
     * that report to it (the head, issue 14 point 10); the office's other writers draft them.
     */
    SUBMIT_PLAN_REPORTS,
    /** Edit the office's details and add offices under it. */
    ADMINISTER_OFFICE,
    /** Create accounts and assign roles for the office. */
    ADMINISTER_USERS,
    /** Read the audit trail of the office. */
    READ_AUDIT;

    /** Permissions a superior office keeps over its subordinates: reading never writing, but staffing them. */
    public boolean reachesSubordinates() {
        return this == READ_RECORDS || this == COMMENT || this == READ_AUDIT || this == ADMINISTER_USERS;
    }
}
