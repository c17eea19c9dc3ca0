package bd.udbhabon;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The whole application on a random port over its own embedded PostgreSQL, in a fresh data
 * directory per application context (fsync off: it is thrown away).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "udbhabon.data-dir=target/test-data/${random.uuid}",
        "udbhabon.database.durable=false"})
public @interface IntegrationTest {
}
