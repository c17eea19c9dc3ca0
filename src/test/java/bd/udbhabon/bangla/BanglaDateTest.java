package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class BanglaDateTest {

    @Test
    void formats() {
        BanglaDate d = new BanglaDate(1432, 7, 21);
        assertThat(d.monthName()).isEqualTo("কার্তিক");
        assertThat(d.format()).isEqualTo("২১ কার্তিক ১৪৩২");
        assertThat(d.formatWithEra()).isEqualTo("২১ কার্তিক ১৪৩২ বঙ্গাব্দ");
        assertThat(new BanglaDate(1430, 9, 8).format()).isEqualTo("৮ পৌষ ১৪৩০"); // no leading zero (seed 001)
        assertThat(new BanglaDate(1430, 12, 30).format()).isEqualTo("৩০ চৈত্র ১৪৩০");
    }

    @Test
    void convertsBothWays() {
        assertThat(new BanglaDate(1432, 7, 21).toGregorian()).isEqualTo(LocalDate.of(2025, 11, 6));
        assertThat(BanglaDate.from(LocalDate.of(2025, 11, 6))).isEqualTo(new BanglaDate(1432, 7, 21));
    }

    @Test
    void isAlwaysValid() {
        assertThatThrownBy(() -> new BanglaDate(1431, 11, 30))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("day 30 is not in ফাল্গুন 1431, which has 29 days");
        assertThatThrownBy(() -> new BanglaDate(1431, 0, 1)).hasMessage("month 0 is out of range 1..12");
    }

    @Test
    void ordersChronologically() {
        List<BanglaDate> dates = new ArrayList<>(List.of(
                new BanglaDate(1431, 1, 1), new BanglaDate(1430, 12, 30), new BanglaDate(1430, 9, 8),
                new BanglaDate(1430, 9, 10), new BanglaDate(1430, 10, 1)));
        Collections.sort(dates);
        assertThat(dates).extracting(BanglaDate::toGregorian).isSorted();
        assertThat(dates.get(0)).isEqualTo(new BanglaDate(1430, 9, 8));
    }
}
