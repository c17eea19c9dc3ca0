package bd.udbhabon.team;

/** How many offices (of the levels that form teams) there are, and how their teams stand. */
public record ComplianceTally(long offices, long compliant, long notCompliant, long noRules, long noTeam) {

    public static final ComplianceTally NONE = new ComplianceTally(0, 0, 0, 0, 0);

    /** Offices with a team in effect, whatever its verdict. */
    public long withTeam() {
        return compliant + notCompliant + noRules;
    }

    public ComplianceTally plus(ComplianceTally other) {
        return new ComplianceTally(offices + other.offices, compliant + other.compliant, notCompliant + other.notCompliant,
                noRules + other.noRules, noTeam + other.noTeam);
    }
}
