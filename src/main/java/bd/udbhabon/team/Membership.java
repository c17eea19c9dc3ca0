package bd.udbhabon.team;

import bd.udbhabon.people.Post;

/**
 * One of an office's posts on another office's innovation team (seed 001: the polytechnic's
 * principal on the Dinajpur district team), so that the office sees it on its own pages.
 */
public record Membership(long teamOfficeId, Post post, TeamRole role) {
}
