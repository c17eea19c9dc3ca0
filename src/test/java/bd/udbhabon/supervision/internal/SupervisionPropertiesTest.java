package bd.udbhabon.supervision.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Settings;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code udbhabon.supervision.*}: ten years, the nightly rebuild at 01:30, no rebuild at start unless set. */
class SupervisionPropertiesTest {

    @Test
    void defaults() {
        var settings = Settings.bind("udbhabon.supervision", SupervisionProperties.class, Map.of());
        assertThat(settings.years()).isEqualTo(10);
        assertThat(settings.nightlyCron()).isEqualTo("0 30 1 * * *");
        assertThat(settings.rebuildOnStart()).isFalse();
    }

    @Test
    void theOneCommandAtStartAndTheYearsHeldAreSet() {
        var settings = Settings.bind("udbhabon.supervision", SupervisionProperties.class,
                Map.of("UDBHABON_SUPERVISION_REBUILD_ON_START", "true", "UDBHABON_SUPERVISION_YEARS", "3"));
        assertThat(settings.rebuildOnStart()).isTrue();
        SupervisionReadSide readSide = new SupervisionReadSide(null, java.util.List.of(), settings);
        assertThat(readSide.years(LocalDate.of(2026, 12, 5))).extracting(y -> y.startYear()).containsExactly(2024, 2025, 2026);
    }

    @Test
    void noYearStopsTheStart() {
        assertThatThrownBy(() -> Settings.bind("udbhabon.supervision", SupervisionProperties.class, Map.of("UDBHABON_SUPERVISION_YEARS", "0")))
                .isInstanceOf(RuntimeException.class);
    }
}
