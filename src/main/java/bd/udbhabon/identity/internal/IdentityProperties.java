package bd.udbhabon.identity.internal;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Pattern;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code udbhabon.security.*} of signing in.
 *
 * @param maxFailedLogins        wrong passwords in a row from one address on one account before it must wait
 * @param lockoutDuration        the longest such wait
 * @param loginBackoff           the first wait; it doubles with each further wrong password
 * @param loginAttemptsPerMinute sign-in attempts one client address may make in a minute
 * @param adminPassword          the first administrator's password; generated when blank
 * @param metricsToken           the bearer token a Prometheus scrape of {@code /actuator/prometheus} must give; blank:
 *                               nobody may scrape (deny by default)
 */
@Validated
@ConfigurationProperties("udbhabon.security")
record IdentityProperties(@DefaultValue("10") @Positive int maxFailedLogins,
                          @DefaultValue("15m") @NotNull @DurationMin(millis = 1) Duration lockoutDuration,
                          @DefaultValue("30s") @NotNull @DurationMin(millis = 1) Duration loginBackoff,
                          @DefaultValue("30") @Positive int loginAttemptsPerMinute,
                          String adminPassword,
                          @Pattern(regexp = "|\\S{32,}", message = "must be blank or at least 32 characters without spaces (openssl rand -hex 32)") String metricsToken) {
}
