package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FiscalYearTest {

    @Test
    void ofDate() {
        assertThat(FiscalYear.of(LocalDate.of(2023, 7, 1))).isEqualTo(new FiscalYear(2023));
        assertThat(FiscalYear.of(LocalDate.of(2024, 6, 30))).isEqualTo(new FiscalYear(2023));
        assertThat(FiscalYear.of(LocalDate.of(2024, 7, 1))).isEqualTo(new FiscalYear(2024));
        assertThat(FiscalYear.of(LocalDate.of(2021, 12, 29))).isEqualTo(new FiscalYear(2021)); // seed 002: 2021-22
    }

    @Test
    void boundsAndLabels() {
        FiscalYear fy = new FiscalYear(2023);
        assertThat(fy.start()).isEqualTo(LocalDate.of(2023, 7, 1));
        assertThat(fy.end()).isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(fy.endYear()).isEqualTo(2024);
        assertThat(fy.shortLabel()).isEqualTo("২০২৩-২৪");
        assertThat(fy.longLabel()).isEqualTo("২০২৩-২০২৪");
        assertThat(fy.shortLabelLatin()).isEqualTo("2023-24");
        assertThat(fy.longLabelLatin()).isEqualTo("2023-2024");
        assertThat(new FiscalYear(1999).shortLabel()).isEqualTo("১৯৯৯-০০");
        assertThat(new FiscalYear(2008).shortLabelLatin()).isEqualTo("2008-09");
        assertThat(fy.contains(LocalDate.of(2023, 7, 1))).isTrue();
        assertThat(fy.contains(LocalDate.of(2024, 7, 1))).isFalse();
        assertThat(fy.next()).isEqualTo(new FiscalYear(2024));
        assertThat(fy.previous()).isEqualTo(new FiscalYear(2022));
        assertThat(fy).isLessThan(fy.next());
    }

    @Test
    void quarters() {
        FiscalYear fy = new FiscalYear(2023);
        assertThat(fy.quarterOf(LocalDate.of(2023, 7, 1))).isEqualTo(1);
        assertThat(fy.quarterOf(LocalDate.of(2023, 9, 30))).isEqualTo(1);
        assertThat(fy.quarterOf(LocalDate.of(2023, 10, 1))).isEqualTo(2);
        assertThat(fy.quarterOf(LocalDate.of(2023, 12, 31))).isEqualTo(2);
        assertThat(fy.quarterOf(LocalDate.of(2024, 1, 1))).isEqualTo(3);
        assertThat(fy.quarterOf(LocalDate.of(2024, 4, 1))).isEqualTo(4);
        assertThat(fy.quarterOf(LocalDate.of(2024, 6, 30))).isEqualTo(4);
        assertThat(fy.quarterStart(3)).isEqualTo(LocalDate.of(2024, 1, 1));
        assertThat(fy.quarterEnd(2)).isEqualTo(LocalDate.of(2023, 12, 31));
        assertThat(fy.quarterEnd(4)).isEqualTo(fy.end());
        assertThatThrownBy(() -> fy.quarterOf(LocalDate.of(2024, 7, 1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> fy.quarterStart(5)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"২০২৩-২৪", "2023-24", "২০২৩-২০২৪", "2023-2024", "2023–24", " ২০২৩ - ২৪ ", "2023/24", "২০২৩-24"})
    void parsesTheWrittenForms(String s) {
        assertThat(FiscalYear.parse(s)).isEqualTo(new FiscalYear(2023));
    }

    @Test
    void parsesCenturyTurnAndSeedYears() {
        assertThat(FiscalYear.parse("১৯৯৯-০০")).isEqualTo(new FiscalYear(1999));
        assertThat(FiscalYear.parse("২০২১-২২")).isEqualTo(new FiscalYear(2021)); // seed 002
    }

    @Test
    void rejectsNonConsecutiveYears() {
        assertThatThrownBy(() -> FiscalYear.parse("2023-25"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consecutive");
        assertThatThrownBy(() -> FiscalYear.parse("২০২৩-২০২৫")).hasMessageContaining("consecutive");
        assertThatThrownBy(() -> FiscalYear.parse("2023-23")).hasMessageContaining("consecutive");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2023", "23-24", "abcd-ef", "2023-2", "2023-024", "২০২৩ ২৪", "FY2023-24"})
    void rejectsGarbage(String s) {
        assertThatThrownBy(() -> FiscalYear.parse(s)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rejectsNullAndOutOfRange() {
        assertThatThrownBy(() -> FiscalYear.parse(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalYear(999)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FiscalYear(9999)).isInstanceOf(IllegalArgumentException.class);
    }
}
