package bd.udbhabon.demo;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code udbhabon.demo.password} binds beside the switch {@code udbhabon.demo=true} itself. */
class DemoPropertiesTest {

    @Test
    void theDocumentedPasswordByDefault() {
        assertThat(Settings.bind("udbhabon.demo", DemoProperties.class, Map.of("UDBHABON_DEMO", "true")).password())
                .isEqualTo("demo-2026");
    }

    @Test
    void fromTheDocumentedEnvironmentVariable() {
        assertThat(Settings.bind("udbhabon.demo", DemoProperties.class,
                Map.of("UDBHABON_DEMO", "true", "UDBHABON_DEMO_PASSWORD", "another-2026")).password())
                .isEqualTo("another-2026");
    }
}
