package bd.udbhabon.database.internal;

import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

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

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedDatabaseServer server,
                          @Value("${spring.datasource.hikari.maximum-pool-size:10}") int poolSize) {
        var ds = new HikariDataSource();
        ds.setPoolName("udbhabon-embedded");
        ds.setJdbcUrl(server.jdbcUrl());
        ds.setUsername(EmbeddedDatabaseServer.USER);
        ds.setMaximumPoolSize(poolSize);
        return ds;
    }
}
