package bd.udbhabon.database;

import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;

/** Tells a failure caused by the database being unreachable from any other failure. */
public final class DatabaseUnavailable {

    private static final String HIKARI_CLOSED = "Connection is closed";

    private DatabaseUnavailable() {
    }

    /**
     * True when {@code failure} or one of its causes says no connection could be had or kept: a
     * pool timeout, a refused connection, a connection broken (SQLSTATE class 08) or a server
     * shutting down (57P01-57P03), or a pooled connection the pool closed after such a break.
     */
    public static boolean causedBy(Throwable failure) {
        int depth = 0;
        for (Throwable t = failure; t != null && depth < 20; t = t.getCause(), depth++) {
            if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
                    || t instanceof ConnectException) {
                return true;
            }
            if (t instanceof SQLException e && e.getSQLState() != null
                    && (e.getSQLState().startsWith("08") || e.getSQLState().matches("57P0[123]"))) {
                return true;
            }
            // HikariCP's answer (no SQLSTATE) on a connection it closed because the server broke it: the commit
            // failed with 08006/57P01, the pool evicted the connection, and Spring's rollback then meets this
            if (t instanceof SQLException e && e.getSQLState() == null && HIKARI_CLOSED.equals(e.getMessage())) {
                return true;
            }
        }
        return false;
    }
}
