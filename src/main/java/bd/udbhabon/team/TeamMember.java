package bd.udbhabon.team;

import bd.udbhabon.people.Officer;
import bd.udbhabon.people.Post;

/**
 * A place on a team on a given day: the post, the role, who held the post that day (or nobody),
 * and the role as the order printed it when the office worded it its own way. Without a holder, the
 * post was {@code vacant} (held before that day, by nobody on it) or its holder was never entered.
 */
public record TeamMember(Post post, TeamRole role, Officer holder, String labelBn, boolean vacant) {

    public TeamMember(Post post, TeamRole role, Officer holder, String labelBn) {
        this(post, role, holder, labelBn, false);
    }

    /** The message said in place of a missing holder: "পদটি শূন্য" only when the post is really vacant, else "নাম লেখা হয়নি". */
    public String noHolderKey() {
        return noHolderKey(vacant);
    }

    public static String noHolderKey(boolean vacant) {
        return vacant ? "team.vacant" : "team.nameMissing";
    }

    /** The role as printed: see {@link PlannedMember#printedRole(String)}. */
    public String printedRole(String headTitleBn) {
        return new PlannedMember(post.id(), role, labelBn).printedRole(headTitleBn);
    }
}
