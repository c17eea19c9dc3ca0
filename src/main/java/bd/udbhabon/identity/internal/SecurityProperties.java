package bd.udbhabon.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins        wrong passwords in a row from one address on one account before it must wait
 * @param lockoutDuration        the longest such wait
 * @param loginBackoff           the first wait; it doubles with each further wrong password
 * @param loginAttemptsPerMinute sign-in attempts one client address may make in a minute
 * @param adminPassword          the first administrator's password; generated when blank
 */
@ConfigurationProperties("udbhabon.security")
record SecurityProperties(int maxFailedLogins, Duration lockoutDuration, Duration loginBackoff,
                          int loginAttemptsPerMinute, String adminPassword) {
}
