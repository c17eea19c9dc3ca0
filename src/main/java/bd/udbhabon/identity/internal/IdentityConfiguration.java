package bd.udbhabon.identity.internal;

import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({IdentityProperties.class, SessionCookieProperties.class})
class IdentityConfiguration {

    /** Argon2id; the {id} prefix in each stored hash lets the algorithm change later without a reset. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new DelegatingPasswordEncoder("argon2", Map.of("argon2", Argon2Passwords.encoder()));
    }

    /**
     * Several requests of one session at once (tabs opened together) may each store the same new
     * attribute, such as the CSRF token: an upsert, where the plain insert failed with a 500.
     */
    @Bean
    PostgreSqlJdbcIndexedSessionRepositoryCustomizer sessionAttributesUpsert() {
        return new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
    }

    /**
     * Spring Session's repository, with the time of last use written once a minute. Wrapped after it is made, since
     * Spring Boot sets up the JDBC sessions only while no other session repository is declared.
     */
    @Bean
    static BeanPostProcessor minuteTouchedSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store ? MinuteTouchedSessions.over(store) : bean;
            }
        };
    }
}
