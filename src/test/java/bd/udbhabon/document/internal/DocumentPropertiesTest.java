package bd.udbhabon.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;

/** {@code udbhabon.documents.*} as the application binds it: defaults, environment variables, validation. */
class DocumentPropertiesTest {

    @Test
    void byDefaultTheBundledFontsOnly() {
        var properties = Settings.bind("udbhabon.documents", DocumentProperties.class, Map.of());
        assertThat(properties.fontDir()).isNull();
        assertThat(properties.banglaFont()).isEqualTo("Nikosh.ttf");
        assertThat(properties.regularFont()).isNull();
    }

    @Test
    void environmentVariablesSetThem() {
        var properties = Settings.bind("udbhabon.documents", DocumentProperties.class,
                Map.of("UDBHABON_DOCUMENTS_FONT_DIR", "/srv/udbhabon/fonts", "UDBHABON_DOCUMENTS_BANGLAFONT", "SolaimanLipi.ttf"));
        assertThat(properties.fontDir()).isEqualTo("/srv/udbhabon/fonts");
        assertThat(properties.banglaFont()).isEqualTo("SolaimanLipi.ttf");
    }

    @Test
    void aBlankFontFileIsRefused() {
        assertThatThrownBy(() -> Settings.bind("udbhabon.documents", DocumentProperties.class,
                Map.of("UDBHABON_DOCUMENTS_BANGLAFONT", " ")))
                .isInstanceOf(BindException.class).hasStackTraceContaining("banglaFont");
    }
}
