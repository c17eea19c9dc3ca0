package bd.udbhabon.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** {@code udbhabon.audit.*} as the application binds it. */
class AuditPropertiesTest {

    @Test
    void defaultsKeepBothFilesInTheDataDirectory() {
        var properties = Settings.bind("udbhabon.audit", AuditProperties.class, Map.of());
        assertThat(properties.key()).isNullOrEmpty();
        assertThat(properties.keyFile().toAbsolutePath().normalize()).isEqualTo(Path.of("var/audit.key").toAbsolutePath());
        assertThat(properties.checkpointFile().toAbsolutePath().normalize()).isEqualTo(Path.of("var/audit-checkpoints.log").toAbsolutePath());
        assertThat(properties.checkpointInterval()).isEqualTo(Duration.ofMinutes(10));
        assertThat(properties.clockTolerance()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void theDocumentedEnvironmentVariablesAndRelaxedNames() {
        var properties = Settings.bind("udbhabon.audit", AuditProperties.class, Map.of(
                "UDBHABON_AUDIT_KEY", "a2V5", "UDBHABON_DATA_DIR", "/srv/udbhabon",
                "UDBHABON_AUDIT_CHECKPOINT_INTERVAL", "1h", "UDBHABON_AUDIT_CLOCK_TOLERANCE", "30s"));
        assertThat(properties.key()).isEqualTo("a2V5");
        assertThat(properties.keyFile()).isEqualTo(Path.of("/srv/udbhabon/audit.key"));
        assertThat(properties.checkpointFile()).isEqualTo(Path.of("/srv/udbhabon/audit-checkpoints.log"));
        assertThat(properties.checkpointInterval()).isEqualTo(Duration.ofHours(1));
        assertThat(properties.clockTolerance()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void aCheckpointIntervalOfNothingIsRefused() {
        assertThatThrownBy(() -> Settings.bind("udbhabon.audit", AuditProperties.class,
                Map.of("UDBHABON_AUDIT_CHECKPOINT_INTERVAL", "0s")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("checkpointInterval");
    }
}
