package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.meeting.MeetingSchedule.Period;
import bd.udbhabon.meeting.MeetingSchedule.State;
import bd.udbhabon.team.Cadence;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class MeetingScheduleTests {

    @Test
    void quarterlyPeriodsAreTheFiscalYearsQuartersFromTheFormationOn() {
        List<Period> periods = MeetingSchedule.periods(Cadence.QUARTERLY, LocalDate.of(2025, 8, 20),
                LocalDate.of(2026, 5, 10), List.of(LocalDate.of(2025, 11, 3)));
        assertThat(periods).extracting(Period::start).containsExactly(LocalDate.of(2026, 4, 1),
                LocalDate.of(2026, 1, 1), LocalDate.of(2025, 10, 1), LocalDate.of(2025, 7, 1));
        assertThat(periods).extracting(Period::end).containsExactly(LocalDate.of(2026, 6, 30),
                LocalDate.of(2026, 3, 31), LocalDate.of(2025, 12, 31), LocalDate.of(2025, 9, 30));
        assertThat(periods).extracting(Period::state).containsExactly(State.DUE, State.OVERDUE, State.HELD, State.OVERDUE);
        assertThat(periods.get(2).held()).containsExactly(LocalDate.of(2025, 11, 3));
    }

    @Test
    void monthlyPeriodsAreCalendarMonths() {
        List<Period> periods = MeetingSchedule.periods(Cadence.MONTHLY, LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 1), List.of(LocalDate.of(2026, 2, 28), LocalDate.of(2026, 3, 1)));
        assertThat(periods).extracting(Period::state).containsExactly(State.HELD, State.HELD, State.OVERDUE);
        assertThat(periods.get(2).end()).isEqualTo(LocalDate.of(2026, 1, 31));
        assertThat(MeetingSchedule.periods(Cadence.MONTHLY, LocalDate.of(2026, 3, 5), LocalDate.of(2026, 3, 31), List.of()))
                .extracting(Period::state).containsExactly(State.DUE);
    }

    @Test
    void aTeamFormedAfterTodayHasNoPeriodsYet() {
        assertThat(MeetingSchedule.periods(Cadence.QUARTERLY, LocalDate.of(2026, 7, 1), LocalDate.of(2026, 6, 30), List.of()))
                .isEmpty();
    }
}
