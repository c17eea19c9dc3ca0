package bd.udbhabon.team;

import java.util.Objects;

/**
 * A place on a team as an order names it: a post, its role, and optionally the role as the order
 * prints it when the office words it its own way ("ইনোভেশন অফিসার" for the head of a 2023 district team).
 */
public record PlannedMember(long postId, TeamRole role, String labelBn) {

    public PlannedMember {
        Objects.requireNonNull(role, "role");
        labelBn = labelBn == null || labelBn.isBlank() ? null : labelBn.strip();
    }

    public PlannedMember(long postId, TeamRole role) {
        this(postId, role, null);
    }

    /** The role as printed: the office's own words, else the notification's head title or the role's name. */
    public String printedRole(String headTitleBn) {
        if (labelBn != null) {
            return labelBn;
        }
        return role == TeamRole.HEAD && headTitleBn != null ? headTitleBn : role.name(true);
    }
}
