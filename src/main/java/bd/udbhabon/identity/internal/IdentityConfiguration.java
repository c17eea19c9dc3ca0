package bd.udbhabon.identity.internal;

import jakarta.servlet.DispatcherType;
import java.util.Map;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;
import org.springframework.session.web.http.SessionRepositoryFilter;

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
     * Spring Session's repository, with the time of last use written once a minute and a session looked up once a
     * request. Wrapped after it is made, since Spring Boot sets up the JDBC sessions only while no other session
     * repository is declared.
     */
    @Bean
    static BeanPostProcessor minuteTouchedSessions() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof JdbcIndexedSessionRepository store
                        ? SessionsFoundOncePerRequest.over(MinuteTouchedSessions.over(store)) : bean;
            }
        };
    }

    /** The request inside which a session is looked up once: around Spring Session's filter, for every dispatch it sees. */
    @Bean
    FilterRegistrationBean<SessionsFoundOncePerRequest.Scope> sessionsFoundOncePerRequest() {
        var registration = new FilterRegistrationBean<>(new SessionsFoundOncePerRequest.Scope());
        registration.setOrder(SessionRepositoryFilter.DEFAULT_ORDER - 1);
        registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ASYNC, DispatcherType.ERROR);
        return registration;
    }
}
