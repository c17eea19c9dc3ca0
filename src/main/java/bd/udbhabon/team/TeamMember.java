package bd.udbhabon.team;

import bd.udbhabon.people.Officer;
import bd.udbhabon.people.Post;

/** A place on a team on a given day: the post, the role, and who held the post that day (or nobody). */
public record TeamMember(Post post, TeamRole role, Officer holder) {
}
