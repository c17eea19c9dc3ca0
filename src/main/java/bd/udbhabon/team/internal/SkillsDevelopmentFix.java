package bd.udbhabon.team.internal;

import bd.udbhabon.people.OfficerDraft;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.PeopleRegistry;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.PostDraft;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;

/**
 * The fix the draft offers beside an unmet "officer able to develop skills" rule, without leaving it:
 * a new officer with the flag joins one of the team's posts (a first posting, not a transfer), or the post
 * itself is marked as one whose work is developing skills. Written through {@code people}, whose own checks
 * (write access to the post's office, one holder per post) apply; all or nothing, the compliance view refreshed
 * by {@code people}'s event in the same transaction.
 */
@Component
class SkillsDevelopmentFix {

    private final PeopleRegistry registry;
    private final PeopleDirectory people;

    SkillsDevelopmentFix(PeopleRegistry registry, PeopleDirectory people) {
        this.registry = registry;
        this.people = people;
    }

    @Transactional
    void addOfficer(Long postId, String nameBn, LocalDate from) {
        FormErrors errors = new FormErrors();
        Post post = postId == null ? null : people.post(postId).orElse(null);
        if (post == null) {
            errors.add("skills_post", "team.skills.post");
        }
        if (nameBn == null || nameBn.isBlank()) {
            errors.add("skills_name", "team.skills.name");
        }
        if (from == null) {
            errors.add("skills_from", "team.skills.from");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        PeopleRegistry.Saved officer = registry.createOfficer(post.officeId(), new OfficerDraft(nameBn, "", "", "", true));
        PeopleRegistry.Saved joined = officer.ok() ? registry.assign(post.id(), officer.id(), from) : officer;
        if (!joined.ok()) { // the officer is not left behind without the post: the whole change rolls back
            throw UserFacingException.invalid(joined.errors());
        }
    }

    @Transactional
    void markPost(Long postId) {
        Post post = postId == null ? null : people.post(postId).orElse(null);
        if (post == null) {
            throw UserFacingException.invalid(new FormErrors().add("skills_post", "team.skills.post"));
        }
        PeopleRegistry.Saved saved = registry.updatePost(post.id(), PostDraft.of(post).withSkillsDevelopment(true));
        if (!saved.ok()) {
            throw UserFacingException.invalid(saved.errors());
        }
    }
}
