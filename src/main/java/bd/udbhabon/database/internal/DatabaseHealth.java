package bd.udbhabon.database.internal;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/**
 * The "db" health, part of readiness (not liveness): DOWN at once when the embedded server's
 * postmaster is gone, else DOWN when no connection answers within the pool's timeouts. Unlike
 * Spring Boot's own indicator it logs no stack trace at every probe.
 */
class DatabaseHealth implements HealthIndicator {

    private final DataSource dataSource;
    private final ObjectProvider<EmbeddedDatabaseServer> embedded;
    private final int validationSeconds;

    DatabaseHealth(DataSource dataSource, ObjectProvider<EmbeddedDatabaseServer> embedded, int validationSeconds) {
        this.dataSource = dataSource;
        this.embedded = embedded;
        this.validationSeconds = validationSeconds;
    }

    @Override
    public Health health() {
        EmbeddedDatabaseServer server = embedded.getIfAvailable();
        if (server != null && !server.isRunning()) {
            return Health.down().withDetail("database", "embedded PostgreSQL not running").build();
        }
        try (Connection c = dataSource.getConnection()) {
            return c.isValid(validationSeconds) ? Health.up().build()
                    : Health.down().withDetail("database", "no answer").build();
        } catch (SQLException e) {
            return Health.down().withDetail("database", "unreachable").build();
        }
    }
}
