package bd.udbhabon;

import java.util.Map;
import java.util.UUID;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.PropertySource;

/**
 * One data directory per test application. {@link IntegrationTest}'s {@code target/test-data/${random.uuid}} is resolved
 * anew by every reader, so the database, the files and the audit key each got a directory of their own; here it is
 * resolved once, unless a test gives a directory of its own.
 */
public class TestDataDirectory implements ApplicationContextInitializer<ConfigurableApplicationContext> {

    private static final String RANDOM = "${random.uuid}";

    @Override
    public void initialize(ConfigurableApplicationContext context) {
        var sources = context.getEnvironment().getPropertySources();
        for (PropertySource<?> source : sources) {
            Object raw = source.getProperty("udbhabon.data-dir");
            if (raw != null) {
                if (raw.toString().contains(RANDOM)) {
                    sources.addFirst(new MapPropertySource("testDataDirectory",
                            Map.of("udbhabon.data-dir", raw.toString().replace(RANDOM, UUID.randomUUID().toString()))));
                }
                return;
            }
        }
    }
}
