/**
 * The inbox of the Cabinet Division and of every superior office (issue 16, point 4): what an office sends upward
 * (team orders, minutes, quarterly reports, annual reports) arrives as an item with its paper, received and
 * acknowledged; and what is expected and has not arrived ({@link ExpectedItems}). Papers arrive by
 * {@code paper.PaperIssued}, other things by {@link SentUpward}. See {@code docs/modules/inbox.md}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbox")
package bd.udbhabon.inbox;
