package bd.udbhabon.shell;

/**
 * The signed-in user's unread notifications, counted in every page's header (issue 16, point 5). The module that
 * keeps them ({@code reminder}) declares the one bean; the shell names no module.
 */
public interface UnreadCount {

    /** For the user of the current request (signed in). */
    long unread();
}
