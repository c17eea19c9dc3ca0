package bd.udbhabon.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;
import org.springframework.transaction.TransactionSystemException;

/** Which failures mean "the database is unreachable" (answered 503 with the plain message) and which do not. */
class DatabaseUnavailableTest {

    @Test
    void aBrokenOrRefusedConnectionIsAnOutage() {
        assertThat(DatabaseUnavailable.causedBy(new RuntimeException(new SQLException("I/O error", "08006")))).isTrue();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("terminating connection due to administrator command", "57P01")))
                .isTrue();
        assertThat(DatabaseUnavailable.causedBy(new java.sql.SQLTransientConnectionException("pool timeout"))).isTrue();
    }

    /** Seen when the postmaster died under a commit (CrashSafetyIT): the rollback that follows meets a closed connection. */
    @Test
    void theRollbackOnAConnectionThePoolClosedAfterTheServerBrokeItIsAnOutage() {
        var rollback = new TransactionSystemException("JDBC rollback failed", new SQLException("Connection is closed"));
        assertThat(DatabaseUnavailable.causedBy(rollback)).isTrue();
    }

    @Test
    void otherDatabaseErrorsAreNot() {
        assertThat(DatabaseUnavailable.causedBy(new SQLException("duplicate key", "23505"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new SQLException("something else"))).isFalse();
        assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("no"))).isFalse();
    }
}
