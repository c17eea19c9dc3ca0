package bd.udbhabon.plan.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.shell.FormErrors;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

/** The calendar form's day-month, read in either digits; a blank or unreadable one is said on its field. Pure. */
class DeadlineDayTest {

    @Test
    void aDayMonthIsReadInEitherDigitsWithADashSlashOrDot() {
        FormErrors errors = new FormErrors();
        assertThat(DeadlinePages.day("১৫-১০", "f", true, errors)).isEqualTo(MonthDay.of(10, 15));
        assertThat(DeadlinePages.day(" 30/1 ", "f", true, errors)).isEqualTo(MonthDay.of(1, 30));
        assertThat(DeadlinePages.day("29.2", "f", true, errors)).isEqualTo(MonthDay.of(2, 29));
        assertThat(DeadlinePages.day("", "f", false, errors)).isNull();
        assertThat(errors.any()).isFalse();
    }

    @Test
    void aMissingOrImpossibleDayIsAProblemOnItsField() {
        FormErrors errors = new FormErrors();
        assertThat(DeadlinePages.day("", "a", true, errors)).isNull();
        assertThat(DeadlinePages.day("31-9", "b", true, errors)).isNull();
        assertThat(DeadlinePages.day("অক্টোবর", "c", false, errors)).isNull();
        assertThat(errors.has("a")).isTrue();
        assertThat(errors.has("b")).isTrue();
        assertThat(errors.has("c")).isTrue();
    }
}
