package bd.udbhabon.people.web;

import bd.udbhabon.people.Holding;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.Post;

/** A post with whoever held it on the day shown (both null when it was vacant). */
public record PostRow(Post post, Holding holding, Officer holder) {
}
