package bd.udbhabon.people;

/**
 * A post as typed into a form, a JSON request or a CSV row, before it is checked. Choices are
 * text (constant, Bangla or English name) so that a wrong one is reported beside its field.
 *
 * The wing is ICT, PLANNING or OTHER (or their Bangla or English names); blank is OTHER.
 * Flags may be null (absent from a JSON request): null means false, but for {@code active}, where it means true.
 */
public record PostDraft(String titleBn, String titleEn, String grade, String wing, String teachingLevel,
                        String subject, Boolean ofAnotherOffice, Boolean active, Boolean skillsDevelopment) {

    /** A post without the skills-development flag. */
    public PostDraft(String titleBn, String titleEn, String grade, String wing, String teachingLevel,
                     String subject, Boolean ofAnotherOffice, Boolean active) {
        this(titleBn, titleEn, grade, wing, teachingLevel, subject, ofAnotherOffice, active, false);
    }

    public static PostDraft of(Post post) {
        return new PostDraft(post.titleBn(), post.titleEn() == null ? "" : post.titleEn(), post.grade().name(),
                post.wing().name(), post.teachingLevel() == null ? "" : post.teachingLevel().name(),
                post.subject() == null ? "" : post.subject().name(), post.ofAnotherOffice(), post.active(),
                post.skillsDevelopment());
    }

    /** The same post with the skills-development flag set or cleared. */
    public PostDraft withSkillsDevelopment(boolean flag) {
        return new PostDraft(titleBn, titleEn, grade, wing, teachingLevel, subject, ofAnotherOffice, active, flag);
    }

    public static PostDraft empty() {
        return new PostDraft("", "", "", Wing.OTHER.name(), "", "", false, true);
    }
}
