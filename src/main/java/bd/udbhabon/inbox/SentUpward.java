package bd.udbhabon.inbox;

/**
 * Published, in the sender's transaction, when an office sends upward something that is not an issued paper (a
 * quarterly report of the action plan); issued papers arrive by {@code paper.PaperIssued}. The event lives here so the
 * sender uses {@code inbox}, never the other way.
 *
 * @param kind       what it is: "plan-report"
 * @param reference  unique per thing sent: "plan-report:5"; sent again (after a return), the same item arrives again
 * @param link       the page showing it, from the site's root
 * @param paperId    the issued paper it carries, if any
 * @param toOfficeId the office it is sent to (the plan report's reviewer); null: the sender's direct superiors
 */
public record SentUpward(long fromOfficeId, String kind, String reference, String titleBn, String titleEn, String link,
                         Long paperId, Long toOfficeId) {

    /** Sent to the sender's direct superiors. */
    public SentUpward(long fromOfficeId, String kind, String reference, String titleBn, String titleEn, String link,
                      Long paperId) {
        this(fromOfficeId, kind, reference, titleBn, titleEn, link, paperId, null);
    }
}
