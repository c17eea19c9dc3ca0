package bd.udbhabon.paper;

/**
 * Published when {@link OfficialPapers#issue} has stored and audited a paper, in the issuing transaction (a
 * listener that throws takes the issue back): what is sent upward reaches the superiors' inboxes by it (issue 16,
 * point 4) without the issuing module naming them. {@code paper.subject()} says what it is: "team-order:12",
 * "minutes:7", "plan:3", "annual-report:5".
 */
public record PaperIssued(OfficialPapers.IssuedPaper paper) {
}
