package bd.udbhabon.database.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.core.env.Environment;

/** Starts the embedded PostgreSQL when no external database is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
@EnableConfigurationProperties(DatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(DatabaseProperties properties) {
        var settings = properties.database();
        var server = EmbeddedDatabaseServer.start(properties.dataDir(), settings.port(), settings.durable());
        server.watch(settings.watchdogInterval());
        return server;
    }

    /** The application's connections: its own role, which may only append to the audit trail. */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedDatabaseServer server, Environment environment) {
        var config = hikari(environment);
        config.setPoolName("udbhabon-app");
        config.setUsername(EmbeddedDatabaseServer.APP_ROLE);
        return pool(config, server);
    }

    /** Flyway migrates as the owner. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedDatabaseServer server, Environment environment) {
        var config = hikari(environment);
        config.setPoolName("udbhabon-owner");
        config.setUsername(EmbeddedDatabaseServer.OWNER);
        config.setMaximumPoolSize(5);
        return pool(config, server);
    }

    /** The same spring.datasource.hikari.* settings (timeouts above all) as an external database gets. */
    private static HikariConfig hikari(Environment environment) {
        var config = new HikariConfig();
        config.setMinimumIdle(0);
        Binder.get(environment).bind("spring.datasource.hikari", Bindable.ofInstance(config));
        return config;
    }

    private static HikariDataSource pool(HikariConfig config, EmbeddedDatabaseServer server) {
        config.setJdbcUrl(server.jdbcUrl());
        config.setPassword(server.password());
        return new EmbeddedPool(config, server);
    }

    /**
     * A pool that refuses at once while the postmaster is dead: the connection timeout is long
     * enough for a busy pool's queue, which a dead server would otherwise make every request wait out.
     */
    static final class EmbeddedPool extends HikariDataSource {

        private final EmbeddedDatabaseServer server;

        EmbeddedPool(HikariConfig config, EmbeddedDatabaseServer server) {
            super(config);
            this.server = server;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (!server.isRunning()) {
                throw new SQLTransientConnectionException("The embedded PostgreSQL is not running; the watchdog restarts it");
            }
            return super.getConnection();
        }
    }
}
