package bd.udbhabon.team;

import bd.udbhabon.Browsing;

/**
 * The second step of an issue through the pages (issue 19, point 9): a checked form answers with the number the paper
 * will take ("এই নম্বরে জারি হবে"); confirming sends that page's form back as it is. When another paper took the
 * number meanwhile the confirmation comes again with the next one, and is confirmed again, as an officer would.
 */
public final class IssueConfirming {

    /** More than any test issues at once from one file (a hundred). */
    private static final int MOST_TRIES = 200;

    private IssueConfirming() {
    }

    /** The answer after confirming; any answer that is not a confirmation (a form with mistakes, a 403) as it came. */
    public static Browsing.Page confirm(Browsing user, int port, Browsing.Page checked) {
        Browsing.Page page = checked;
        for (int i = 0; i < MOST_TRIES && isConfirmation(page); i++) {
            page = HtmlForm.on(page.body(), "#confirm-issue-form").submit(user, port);
        }
        return page;
    }

    public static boolean isConfirmation(Browsing.Page page) {
        return page.status() == 200 && page.body().contains("id=\"confirm-issue-form\"");
    }
}
