package bd.udbhabon.shell.internal;

import java.util.Locale;
import java.util.Map;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * The optional JSON log (issue 17, point 7): {@code UDBHABON_LOG_FORMAT=json} (or {@code udbhabon.log-format=json})
 * turns the console log into Spring Boot's structured logging in Elastic Common Schema, one JSON object a line, the
 * request id ({@code requestId}, from the MDC) in each line written during a request; {@code logstash} and
 * {@code gelf} choose those formats instead. Unset or {@code text}: the usual lines. Runs before the logging system
 * starts, so even the first lines are JSON. Registered in {@code META-INF/spring.factories}.
 */
public class LogFormat implements EnvironmentPostProcessor, Ordered {

    static final String PROPERTY = "udbhabon.log-format";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        String structured = structuredFormat(environment.getProperty(PROPERTY));
        if (structured != null && !environment.containsProperty("logging.structured.format.console")) {
            // the banner is no JSON: it would be the one line a log collector cannot read
            environment.getPropertySources().addLast(new MapPropertySource("udbhabonLogFormat",
                    Map.of("logging.structured.format.console", structured, "spring.main.banner-mode", "off")));
        }
    }

    /** Spring Boot's structured format for our setting; null for plain text. */
    static String structuredFormat(String setting) {
        String value = setting == null ? "" : setting.strip().toLowerCase(Locale.ROOT);
        return switch (value) {
            case "", "text", "plain" -> null;
            case "json", "ecs" -> "ecs";
            case "logstash", "gelf" -> value;
            default -> throw new IllegalArgumentException(PROPERTY + " (UDBHABON_LOG_FORMAT) is '" + setting
                    + "': use json (Elastic Common Schema), logstash, gelf or text");
        };
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE; // after application.yml and the environment are read
    }
}
