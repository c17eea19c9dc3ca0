package bd.udbhabon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole application on a random port over its own embedded PostgreSQL, in a fresh data
 * directory per application context (fsync off: it is thrown away).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Import(TestAccounts.class)
@ContextConfiguration(initializers = TestDataDirectory.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "udbhabon.data-dir=target/test-data/${random.uuid}",
        "udbhabon.database.durable=false",
        "udbhabon.security.admin-password=" + IntegrationTest.ADMIN_PASSWORD,
        "udbhabon.security.lockout-duration=3s",
        "udbhabon.security.login-attempts-per-minute=100000",
        "udbhabon.security.metrics-token=" + IntegrationTest.METRICS_TOKEN,
        // scheduled jobs do not fire by themselves in tests: a test runs the job it checks
        "udbhabon.scheduling.enabled=false",
        // nor does the move of file bytes out of the database (storage's DatabaseBytesMoverTests run it)
        "udbhabon.storage.move-database-bytes=false"})
public @interface IntegrationTest {

    /** The first administrator's password in tests (it must be changed at the first sign-in). */
    String ADMIN_PASSWORD = "first-admin-password-2026";

    /** The token a Prometheus scrape gives in tests ({@code udbhabon.security.metrics-token}). */
    String METRICS_TOKEN = "test-scrape-token-0123456789abcdef0123456789";
}
