package bd.udbhabon.identity.internal;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param maxFailedLogins        wrong passwords in a row that lock an account
 * @param lockoutDuration        how long the lock lasts
 * @param loginAttemptsPerMinute sign-in attempts one client address may make in a minute
 * @param adminPassword          the first administrator's password; generated when blank
 */
@ConfigurationProperties("udbhabon.security")
record SecurityProperties(int maxFailedLogins, Duration lockoutDuration, int loginAttemptsPerMinute,
                          String adminPassword) {
}
