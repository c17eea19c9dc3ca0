package bd.udbhabon.team;

/**
 * An office's team judged under the notification in force: its rules all met, some not met, no
 * rules stated for the office's level, or no team in effect. Named on pages through the messages
 * {@code team.compliance.verdict.*}.
 */
public enum Verdict {
    COMPLIANT,
    NOT_COMPLIANT,
    NO_RULES,
    NO_TEAM;

    /** The verdict named in a URL ({@code ?verdict=NOT_COMPLIANT}), case-insensitively; null if blank or unknown. */
    public static Verdict parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
