package bd.udbhabon.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Settings;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** {@code udbhabon.security.*} and the session cookie's Secure flag as the application binds them. */
class IdentityPropertiesTest {

    @Test
    void defaults() {
        var properties = Settings.bind("udbhabon.security", IdentityProperties.class, Map.of());
        assertThat(properties.maxFailedLogins()).isEqualTo(10);
        assertThat(properties.loginBackoff()).isEqualTo(Duration.ofSeconds(30));
        assertThat(properties.lockoutDuration()).isEqualTo(Duration.ofMinutes(15));
        assertThat(properties.loginAttemptsPerMinute()).isEqualTo(30);
        assertThat(properties.adminPassword()).isNullOrEmpty();
        assertThat(Settings.bind("server.servlet.session.cookie", SessionCookieProperties.class, Map.of()).secure()).isTrue();
    }

    @Test
    void theDocumentedEnvironmentVariablesAndRelaxedNames() {
        var properties = Settings.bind("udbhabon.security", IdentityProperties.class, Map.of(
                "UDBHABON_LOCKOUT_DURATION", "1h", "UDBHABON_ADMIN_PASSWORD", "first-password",
                "UDBHABON_SECURITY_MAX_FAILED_LOGINS", "5", "UDBHABON_SECURITY_LOGINATTEMPTSPERMINUTE", "60",
                "UDBHABON_SECURITY_LOGIN_BACKOFF", "10s"));
        assertThat(properties.lockoutDuration()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.adminPassword()).isEqualTo("first-password");
        assertThat(properties.maxFailedLogins()).isEqualTo(5);
        assertThat(properties.loginAttemptsPerMinute()).isEqualTo(60);
        assertThat(properties.loginBackoff()).isEqualTo(Duration.ofSeconds(10));
        assertThat(Settings.bind("server.servlet.session.cookie", SessionCookieProperties.class,
                Map.of("UDBHABON_SECURE_COOKIES", "false")).secure()).isFalse();
    }

    @Test
    void noneOrNegativeAttemptsAreRefused() {
        assertThatThrownBy(() -> Settings.bind("udbhabon.security", IdentityProperties.class,
                Map.of("UDBHABON_SECURITY_LOGIN_ATTEMPTS_PER_MINUTE", "0")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("loginAttemptsPerMinute");
        assertThatThrownBy(() -> Settings.bind("udbhabon.security", IdentityProperties.class,
                Map.of("UDBHABON_LOCKOUT_DURATION", "-1m")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("lockoutDuration");
    }
}
