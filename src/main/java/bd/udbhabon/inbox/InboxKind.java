package bd.udbhabon.inbox;

import java.util.Optional;

/**
 * What an inbox item is, as its paper's subject or its {@link SentUpward#kind()} names it ("team-order:12" →
 * {@link #TEAM_ORDER}); and where it goes (issue 16, point 4): a team order to the superiors and the Cabinet Division
 * (§৪: the Cabinet Division is informed), minutes to the superiors and, from district and upazila teams, to the
 * Cabinet Division too (seed 003 item 6), the plan and its quarterly reports to the superior, the annual report to
 * the Cabinet Division and the superior.
 */
public enum InboxKind {
    TEAM_ORDER("team-order", true, false),
    MINUTES("minutes", false, true),
    PLAN("plan", false, false),
    PLAN_REPORT("plan-report", false, false),
    ANNUAL_REPORT("annual-report", true, false);

    private final String key;
    private final boolean toCabinetDivision;
    private final boolean toCabinetDivisionFromTheField;

    InboxKind(String key, boolean toCabinetDivision, boolean toCabinetDivisionFromTheField) {
        this.key = key;
        this.toCabinetDivision = toCabinetDivision;
        this.toCabinetDivisionFromTheField = toCabinetDivisionFromTheField;
    }

    /** As papers' subjects and the stored rows write it: "team-order". */
    public String key() {
        return key;
    }

    /** The kind of a paper's subject ("minutes:7") or of a kind's key ("minutes"); empty for papers that stay home. */
    public static Optional<InboxKind> of(String subjectOrKey) {
        if (subjectOrKey == null) {
            return Optional.empty();
        }
        int colon = subjectOrKey.indexOf(':');
        String key = colon < 0 ? subjectOrKey : subjectOrKey.substring(0, colon);
        for (InboxKind k : values()) {
            if (k.key.equals(key)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the Cabinet Division receives it from an office of this level ({@code "DISTRICT"}), besides the
     * superiors. Its own papers stay home.
     */
    public boolean toCabinetDivision(String fromLevel) {
        return toCabinetDivision
                || toCabinetDivisionFromTheField && ("DISTRICT".equals(fromLevel) || "UPAZILA".equals(fromLevel));
    }
}
