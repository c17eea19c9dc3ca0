package bd.udbhabon.team;

import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;

/**
 * A team place as the composition rules see it: the role and what the rules ask about the post
 * and the person who holds it. {@code skillsDevelopment} is the holder's or the post's (a post whose work is
 * developing skills counts whoever holds it, vacant or not); the rest is the post's.
 */
public record Candidate(TeamRole role, Grade grade, Wing wing, boolean skillsDevelopment,
                        TeachingLevel teachingLevel, Subject subject, boolean ofAnotherOffice) {

    public static Candidate of(TeamRole role, Post post, boolean holderDevelopsSkills) {
        return new Candidate(role, post.grade(), post.wing(), holderDevelopsSkills || post.skillsDevelopment(),
                post.teachingLevel(), post.subject(), post.ofAnotherOffice());
    }
}
