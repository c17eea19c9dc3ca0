package bd.udbhabon.team;

import java.util.Objects;

/** A place on a team as an order names it: a post and its role. */
public record PlannedMember(long postId, TeamRole role) {
    public PlannedMember {
        Objects.requireNonNull(role, "role");
    }
}
