package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class BilingualTest {

    record Named(String nameBn, String nameEn) implements Bilingual {
    }

    enum Level implements Bilingual {
        DISTRICT;

        @Override
        public String nameBn() {
            return "জেলা";
        }

        @Override
        public String nameEn() {
            return "District";
        }
    }

    @Test
    void englishOnlyWhenEnglishWasChosen() {
        assertThat(Level.DISTRICT.label(Locale.ENGLISH)).isEqualTo("District");
        assertThat(Level.DISTRICT.label(Locale.UK)).isEqualTo("District");
        assertThat(Level.DISTRICT.label(Locale.of("bn"))).isEqualTo("জেলা");
        assertThat(Level.DISTRICT.label(Locale.of("bn", "BD"))).isEqualTo("জেলা");
        assertThat(Level.DISTRICT.label(Locale.FRENCH)).isEqualTo("জেলা");
        assertThat(Level.DISTRICT.label(null)).isEqualTo("জেলা");
        assertThat(Level.DISTRICT.name(true)).isEqualTo("জেলা");
        assertThat(Level.DISTRICT.name(false)).isEqualTo("District");
    }

    @Test
    void banglaStandsInForAMissingEnglishName() {
        var officer = new Named("মোঃ করিম", null);
        assertThat(officer.name(false)).isEqualTo("মোঃ করিম");
        assertThat(officer.label(Locale.ENGLISH)).isEqualTo("মোঃ করিম");
        assertThat(new Named("মোঃ করিম", "Md. Karim").label(Locale.ENGLISH)).isEqualTo("Md. Karim");
    }
}
