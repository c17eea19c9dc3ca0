package bd.udbhabon.office.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code udbhabon.cabinet-division.email} as the application binds it. */
class OfficePropertiesTest {

    @Test
    void unsetByDefault() {
        assertThat(Settings.bind("udbhabon", OfficeProperties.class, Map.of()).cabinetDivision().email()).isNullOrEmpty();
    }

    @Test
    void fromTheDocumentedEnvironmentVariable() {
        assertThat(Settings.bind("udbhabon", OfficeProperties.class,
                Map.of("UDBHABON_CABINET_DIVISION_EMAIL", "cabinet@cabinet.gov.bd")).cabinetDivision().email())
                .isEqualTo("cabinet@cabinet.gov.bd");
    }
}
