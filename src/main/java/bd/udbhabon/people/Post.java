package bd.udbhabon.people;

/**
 * A post (designation) on an office's list, as printed in papers: "অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও
 * আইসিটি), দিনাজপুর".
 *
 * @param officeId          the office that keeps the post on its list
 * @param titleEn           may be null; {@link #title(boolean)} falls back to the Bangla title
 * @param wing              ICT, planning or another wing: the 2025 notification asks for one of each of the first two
 * @param teachingLevel     null for a post that is not a teacher's
 * @param subject           null exactly when {@code teachingLevel} is
 * @param ofAnotherOffice   the post sits in another office than {@code officeId} (a college
 *                          teacher on the district office's list); the title then names that office
 * @param active            a post no longer in use stays, with its history, but is offered for nothing new
 * @param skillsDevelopment the post's work is developing skills (দক্ষতা উন্নয়ন: a training centre's
 *                          principal, a youth development officer): whoever holds it counts as able to
 *                          develop skills, as an officer flagged so does (V30)
 */
public record Post(long id, long officeId, String titleBn, String titleEn, Grade grade, Wing wing,
                   TeachingLevel teachingLevel, Subject subject, boolean ofAnotherOffice, boolean active,
                   boolean skillsDevelopment) {

    /** A post without the skills-development flag. */
    public Post(long id, long officeId, String titleBn, String titleEn, Grade grade, Wing wing,
                TeachingLevel teachingLevel, Subject subject, boolean ofAnotherOffice, boolean active) {
        this(id, officeId, titleBn, titleEn, grade, wing, teachingLevel, subject, ofAnotherOffice, active, false);
    }

    public String title(boolean bangla) {
        return bangla || titleEn == null ? titleBn : titleEn;
    }
}
