package bd.udbhabon.portal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The rates as seed 003 prints them ("পাবনা ১০০% / ৯২%", "সিরাজগঞ্জ নিজ অফিস -৯৯.৮৭%"). */
class CompletenessTest {

    @Test
    void wholePercentsHalfUpAndTheMissingRateMakesItA100() {
        assertThat(Completeness.rate(66, 72)).isEqualByComparingTo("92");
        assertThat(Completeness.missing(Completeness.rate(66, 72))).isEqualByComparingTo("8");
        assertThat(Completeness.rate(8, 8)).isEqualByComparingTo("100");
        assertThat(Completeness.rate(7, 8)).as("87.5 half up").isEqualByComparingTo("88");
        assertThat(Completeness.missing(Completeness.rate(7, 8))).isEqualByComparingTo("12");
        assertThat(Completeness.rate(0, 8)).isEqualByComparingTo("0");
    }

    @Test
    void neverARounded100Or0ThatIsNotQuiteIt() {
        assertThat(Completeness.rate(7989, 8000)).as("99.8625").isEqualByComparingTo("99.86");
        assertThat(Completeness.missing(Completeness.rate(7989, 8000))).isEqualByComparingTo("0.14");
        assertThat(Completeness.rate(1, 1000)).isEqualByComparingTo("0.1");
        assertThat(Completeness.rate(1, 100_000)).isEqualByComparingTo("0.01");
    }

    @Test
    void noRateWhereNothingIsAsked() {
        assertThat(Completeness.rate(0, 0)).isNull();
        var none = new Completeness(1, 8, 8, 0, 0);
        assertThat(none.belowRate()).isNull();
        assertThat(none.ownRate()).isEqualByComparingTo(BigDecimal.valueOf(100));
    }
}
