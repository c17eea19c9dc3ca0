package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The quarterly and annual figures by the indicator's calculation, and the codes; plain JUnit. */
class CalculationTest {

    private static List<BigDecimal> quarters(String... values) {
        return Arrays.stream(values).map(v -> v == null ? null : new BigDecimal(v)).toList();
    }

    @Test
    void sumAddsTheQuartersToDate() {
        var q = quarters("1", "0", "2", "1");
        assertThat(Calculation.SUM.through(q, 1)).isEqualByComparingTo("1");
        assertThat(Calculation.SUM.through(q, 3)).isEqualByComparingTo("3");
        assertThat(Calculation.SUM.annual(q)).isEqualByComparingTo("4");
    }

    @Test
    void averageIsOfTheQuartersReported() {
        var q = Arrays.asList(new BigDecimal("97.76"), new BigDecimal("95.00"), null, new BigDecimal("90.00"));
        assertThat(Calculation.AVERAGE.through(q, 1)).isEqualByComparingTo("97.76");
        assertThat(Calculation.AVERAGE.through(q, 2)).isEqualByComparingTo("96.38");
        assertThat(Calculation.AVERAGE.through(q, 3)).isEqualByComparingTo("96.38"); // the third not reported
        assertThat(Calculation.AVERAGE.annual(q)).isEqualByComparingTo("94.25");
    }

    @Test
    void dateIsTheEarliestDayReported() {
        var q = Arrays.asList(null, Quantity.ofDate(LocalDate.of(2024, 3, 20)), Quantity.ofDate(LocalDate.of(2024, 3, 10)), null);
        assertThat(Calculation.DATE.through(q, 1)).isNull();
        assertThat(Quantity.toDate(Calculation.DATE.through(q, 2))).isEqualTo(LocalDate.of(2024, 3, 20));
        assertThat(Quantity.toDate(Calculation.DATE.annual(q))).isEqualTo(LocalDate.of(2024, 3, 10));
    }

    @Test
    void cumulativeIsTheLatestRunningTotal() {
        var q = Arrays.asList(new BigDecimal("61"), new BigDecimal("62"), null, null);
        assertThat(Calculation.CUMULATIVE.through(q, 1)).isEqualByComparingTo("61");
        assertThat(Calculation.CUMULATIVE.annual(q)).isEqualByComparingTo("62");
    }

    @Test
    void nothingReportedIsNoFigure() {
        for (Calculation c : Calculation.values()) {
            assertThat(c.annual(Arrays.asList(null, null, null, null))).isNull();
        }
        assertThatThrownBy(() -> Calculation.SUM.through(quarters("1"), 5)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codesReadInEitherDigitsShowInBanglaAndSortAsNumbers() {
        assertThat(IndicatorCode.parse("[১.৪.১]")).isEqualTo(new IndicatorCode(1, 4, 1));
        assertThat(IndicatorCode.parse("1.4.1")).isEqualTo(new IndicatorCode(1, 4, 1));
        assertThat(IndicatorCode.parse("২.১.২]")).isEqualTo(new IndicatorCode(2, 1, 2)); // as seed 004's OCR has it
        assertThat(IndicatorCode.parse("১.৪")).isNull();
        assertThat(IndicatorCode.parse("0.1.1")).isNull();
        assertThat(new IndicatorCode(1, 4, 1).bangla()).isEqualTo("[১.৪.১]");
        assertThat(List.of(new IndicatorCode(1, 10, 1), new IndicatorCode(1, 9, 2), new IndicatorCode(1, 9, 1)).stream().sorted().toList())
                .containsExactly(new IndicatorCode(1, 9, 1), new IndicatorCode(1, 9, 2), new IndicatorCode(1, 10, 1));
    }
}
