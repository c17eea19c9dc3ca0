package bd.udbhabon.plan.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The roll-up's year and quarter: as given in either digits, else the latest quarter ended. */
class YearQuarterTest {

    static final LocalDate DECEMBER = LocalDate.of(2026, 12, 5);   // 2026-27's second quarter
    static final LocalDate AUGUST = LocalDate.of(2026, 8, 1);      // 2026-27's first quarter

    @Test
    void leftOutTheQuarterIsTheLatestEnded() {
        assertThat(YearQuarter.read(null, null, DECEMBER)).isEqualTo(new YearQuarter(new FiscalYear(2026), 1));
        assertThat(YearQuarter.read("", "", AUGUST)).as("the year before's last").isEqualTo(new YearQuarter(new FiscalYear(2025), 4));
        assertThat(YearQuarter.read("2023-24", null, DECEMBER)).as("a past year: its last").isEqualTo(new YearQuarter(new FiscalYear(2023), 4));
        assertThat(YearQuarter.read("2090-91", null, DECEMBER)).as("a year ahead: its first").isEqualTo(new YearQuarter(new FiscalYear(2090), 1));
        assertThat(YearQuarter.read(null, "3", DECEMBER)).as("a quarter of this year").isEqualTo(new YearQuarter(new FiscalYear(2026), 3));
    }

    @Test
    void yearsAndQuartersReadInEitherDigitsAndOthersAreRefused() {
        assertThat(YearQuarter.read("২০২৩-২৪", "২", DECEMBER)).isEqualTo(new YearQuarter(new FiscalYear(2023), 2));
        assertThat(YearQuarter.read("2023-24", "2", DECEMBER).yearLatin()).isEqualTo("2023-24");
        assertThatThrownBy(() -> YearQuarter.read("2023-24", "5", DECEMBER)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("plan.rollup.error.quarter");
        assertThatThrownBy(() -> YearQuarter.read("2023", "1", DECEMBER)).isInstanceOf(UserFacingException.class)
                .hasMessageContaining("plan.error.fiscalYear");
        assertThatThrownBy(() -> YearQuarter.quarter("১০")).isInstanceOf(UserFacingException.class);
    }
}
