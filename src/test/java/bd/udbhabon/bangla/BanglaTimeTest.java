package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BanglaTimeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "00:00, রাত ১২.০০ ঘটিকা",
            "00:05, রাত ১২.০৫ ঘটিকা",
            "03:59, রাত ৩.৫৯ ঘটিকা",
            "04:00, ভোর ৪.০০ ঘটিকা",
            "05:59, ভোর ৫.৫৯ ঘটিকা",
            "06:00, সকাল ৬.০০ ঘটিকা",
            "10:00, সকাল ১০.০০ ঘটিকা", // as in the brief / DOMAIN
            "11:59, সকাল ১১.৫৯ ঘটিকা",
            "12:00, দুপুর ১২.০০ ঘটিকা",
            "14:30, দুপুর ২.৩০ ঘটিকা", // seed 002
            "14:59, দুপুর ২.৫৯ ঘটিকা",
            "15:00, বিকাল ৩.০০ ঘটিকা",
            "17:59, বিকাল ৫.৫৯ ঘটিকা",
            "18:00, সন্ধ্যা ৬.০০ ঘটিকা",
            "19:59, সন্ধ্যা ৭.৫৯ ঘটিকা",
            "20:00, রাত ৮.০০ ঘটিকা",
            "23:59, রাত ১১.৫৯ ঘটিকা",
    })
    void defaultTable(LocalTime t, String expected) {
        assertThat(BanglaTime.ofDay(t)).isEqualTo(expected);
    }

    @Test
    void chosenPeriodWord() {
        assertThat(BanglaTime.ofDay(LocalTime.of(13, 15), BanglaTime.BELA)).isEqualTo("বেলা ১.১৫ ঘটিকা"); // seed 003
        assertThat(BanglaTime.ofDay(LocalTime.of(14, 30), "অপরাহ্ন")).isEqualTo("অপরাহ্ন ২.৩০ ঘটিকা"); // seed 004
        assertThat(BanglaTime.ofDay(LocalTime.of(10, 0), " পূর্বাহ্ন ")).isEqualTo("পূর্বাহ্ন ১০.০০ ঘটিকা");
        assertThatThrownBy(() -> BanglaTime.ofDay(LocalTime.NOON, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BanglaTime.ofDay(LocalTime.NOON, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void clockIgnoresSeconds() {
        assertThat(BanglaTime.clock(LocalTime.of(14, 30, 59))).isEqualTo("২.৩০");
        assertThat(BanglaTime.clock(LocalTime.of(9, 5))).isEqualTo("৯.০৫");
    }

    @Test
    void everyMinuteOfTheDayHasAPeriodAndAWellFormedClock() {
        for (int minute = 0; minute < 24 * 60; minute++) {
            LocalTime t = LocalTime.of(minute / 60, minute % 60);
            assertThat(BanglaTime.PERIOD_WORDS).contains(BanglaTime.period(t));
            assertThat(BanglaTime.ofDay(t)).matches("\\S+ (১[০-২]|[১-৯])\\.[০-৫][০-৯] ঘটিকা");
        }
    }
}
