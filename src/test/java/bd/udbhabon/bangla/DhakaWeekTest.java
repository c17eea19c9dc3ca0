package bd.udbhabon.bangla;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 19, point 13: default dates fall in the government's week, Sunday to Thursday. */
class DhakaWeekTest {

    @Test
    void fridayAndSaturdayMoveToTheSundayAfter() {
        LocalDate thursday = LocalDate.of(2026, 12, 10);
        assertThat(thursday.getDayOfWeek()).isEqualTo(DayOfWeek.THURSDAY);
        assertThat(Dhaka.workingDayFrom(thursday)).isEqualTo(thursday);
        assertThat(Dhaka.workingDayFrom(thursday.plusDays(1))).isEqualTo(LocalDate.of(2026, 12, 13)); // Friday → Sunday
        assertThat(Dhaka.workingDayFrom(thursday.plusDays(2))).isEqualTo(LocalDate.of(2026, 12, 13)); // Saturday → Sunday
        assertThat(Dhaka.workingDayFrom(thursday.plusDays(3))).isEqualTo(LocalDate.of(2026, 12, 13));
        for (int i = 0; i < 7; i++) {
            LocalDate day = thursday.plusDays(i);
            assertThat(Dhaka.isWorkingDay(day)).as(day.getDayOfWeek().toString())
                    .isEqualTo(day.getDayOfWeek() != DayOfWeek.FRIDAY && day.getDayOfWeek() != DayOfWeek.SATURDAY);
        }
    }
}
