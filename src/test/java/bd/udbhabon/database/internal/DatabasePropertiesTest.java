package bd.udbhabon.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** {@code udbhabon.data-dir} and {@code udbhabon.database.*} as the application binds them. */
class DatabasePropertiesTest {

    @Test
    void defaults() {
        var properties = Settings.bind("udbhabon", DatabaseProperties.class, Map.of());
        assertThat(properties.dataDir().toAbsolutePath().normalize()).isEqualTo(Path.of("var").toAbsolutePath());
        assertThat(properties.database().port()).isZero();
        assertThat(properties.database().durable()).isTrue();
        assertThat(properties.database().watchdogInterval()).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theDocumentedEnvironmentVariablesAndRelaxedNames() {
        var properties = Settings.bind("udbhabon", DatabaseProperties.class, Map.of(
                "UDBHABON_DATA_DIR", "/srv/udbhabon", "UDBHABON_DB_PORT", "5433",
                "UDBHABON_DATABASE_DURABLE", "false", "UDBHABON_DATABASE_WATCHDOG_INTERVAL", "5s"));
        assertThat(properties.dataDir()).isEqualTo(Path.of("/srv/udbhabon"));
        assertThat(properties.database().port()).isEqualTo(5433);
        assertThat(properties.database().durable()).isFalse();
        assertThat(properties.database().watchdogInterval()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void aPortOutOfRangeIsRefused() {
        assertThatThrownBy(() -> Settings.bind("udbhabon", DatabaseProperties.class, Map.of("UDBHABON_DB_PORT", "70000")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("port");
    }
}
