package bd.udbhabon.inbox;

/**
 * Published, in the sender's transaction, when an office sends upward something that is not an issued paper (a
 * quarterly report of the action plan); issued papers arrive by {@code paper.PaperIssued}. The event lives here so the
 * sender uses {@code inbox}, never the other way.
 *
 * @param kind      what it is: "plan-report"
 * @param reference unique per thing sent: "plan-report:5"
 * @param link      the page showing it, from the site's root
 * @param paperId   the issued paper it carries, if any
 */
public record SentUpward(long fromOfficeId, String kind, String reference, String titleBn, String titleEn, String link,
                         Long paperId) {
}
