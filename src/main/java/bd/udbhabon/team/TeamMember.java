package bd.udbhabon.team;

import bd.udbhabon.people.Officer;
import bd.udbhabon.people.Post;

/**
 * A place on a team on a given day: the post, the role, who held the post that day (or nobody),
 * and the role as the order printed it when the office worded it its own way.
 */
public record TeamMember(Post post, TeamRole role, Officer holder, String labelBn) {

    /** The role as printed: see {@link PlannedMember#printedRole(String)}. */
    public String printedRole(String headTitleBn) {
        return new PlannedMember(post.id(), role, labelBn).printedRole(headTitleBn);
    }
}
