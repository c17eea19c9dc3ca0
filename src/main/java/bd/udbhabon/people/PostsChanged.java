package bd.udbhabon.people;

import java.util.Set;

/**
 * Published, inside the change's transaction, when something that other modules read of these
 * posts changed: who holds them (assigned, vacated, transferred, imported), the post's own details,
 * or its holder's (an officer's skills-development flag). Listeners run synchronously in the same
 * transaction, so what they derive commits or rolls back with the change.
 */
public record PostsChanged(Set<Long> postIds) {
    public PostsChanged {
        postIds = Set.copyOf(postIds);
    }
}
