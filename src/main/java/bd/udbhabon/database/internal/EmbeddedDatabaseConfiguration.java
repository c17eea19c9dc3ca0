package bd.udbhabon.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;

/** Starts the embedded PostgreSQL when no external database is configured. */
@Configuration(proxyBeanMethods = false)
@Conditional(NoExternalDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedDatabaseServer embeddedDatabaseServer(
            @Value("${udbhabon.data-dir}") Path dataDir,
            @Value("${udbhabon.database.port:0}") int port,
            @Value("${udbhabon.database.durable:true}") boolean durable) {
        return EmbeddedDatabaseServer.start(dataDir, port, durable);
    }

    /** The application's connections: its own role, which may only append to the audit trail. */
    @Bean(destroyMethod = "close")
    @Primary
    DataSource dataSource(EmbeddedDatabaseServer server,
                          @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        return pool("udbhabon-app", server.jdbcUrl(EmbeddedDatabaseServer.APP_ROLE), poolSize);
    }

    /** Flyway migrates as the owner. */
    @Bean(destroyMethod = "close")
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedDatabaseServer server) {
        return pool("udbhabon-owner", server.jdbcUrl(EmbeddedDatabaseServer.OWNER), 5);
    }

    private static HikariDataSource pool(String name, String jdbcUrl, int size) {
        var ds = new HikariDataSource();
        ds.setPoolName(name);
        ds.setJdbcUrl(jdbcUrl);
        ds.setMaximumPoolSize(size);
        ds.setMinimumIdle(0);
        return ds;
    }
}
