package bd.udbhabon.database.internal;

import javax.sql.DataSource;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Health and bounded logging for whichever database the application runs on. */
@Configuration(proxyBeanMethods = false)
class DatabaseHealthConfiguration {

    DatabaseHealthConfiguration() {
        DatabaseOutageLog.install();
    }

    /** Named so that it replaces Spring Boot's "db" indicator. */
    @Bean
    DatabaseHealth dbHealthIndicator(DataSource dataSource, ObjectProvider<EmbeddedDatabaseServer> embedded,
                                     @Value("${spring.datasource.hikari.validation-timeout:2000}") long validationMillis) {
        return new DatabaseHealth(dataSource, embedded, (int) Math.max(1, validationMillis / 1000));
    }
}
