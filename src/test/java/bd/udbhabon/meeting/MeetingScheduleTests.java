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

    /** 16.11.2023: monthly; 06.11.2025 (seed 000, "ত্রৈমাসিক ভিত্তিতে টিমের সভা"): quarterly. */
    static final java.util.NavigableMap<LocalDate, Cadence> NOTIFICATIONS = new java.util.TreeMap<>(java.util.Map.of(
            LocalDate.of(2023, 11, 16), Cadence.MONTHLY, LocalDate.of(2025, 11, 6), Cadence.QUARTERLY));

    @Test
    void aTeamFormedUnderThe2023NotificationMeetsQuarterlyOnceThe2025OneIsInForce() {
        // Seed 001's Dinajpur team, formed on 23 December 2023 under the 2023 notification.
        List<Period> periods = MeetingSchedule.periods(NOTIFICATIONS, LocalDate.of(2023, 12, 23), LocalDate.of(2026, 2, 15),
                List.of(LocalDate.of(2025, 10, 20), LocalDate.of(2025, 12, 10)));
        assertThat(periods).hasSize(26);
        assertThat(periods.subList(0, 4)).extracting(Period::start, Period::end, Period::cadence, Period::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), Cadence.QUARTERLY, State.DUE),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31), Cadence.QUARTERLY, State.HELD),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 11, 1), LocalDate.of(2025, 11, 30), Cadence.MONTHLY, State.OVERDUE),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 31), Cadence.MONTHLY, State.HELD));
        assertThat(periods.getLast()).extracting(Period::start, Period::end, Period::cadence)
                .containsExactly(LocalDate.of(2023, 12, 1), LocalDate.of(2023, 12, 31), Cadence.MONTHLY);
        assertThat(periods).filteredOn(p -> p.start().isBefore(LocalDate.of(2025, 12, 1)))
                .allMatch(p -> p.cadence() == Cadence.MONTHLY);
        assertThat(MeetingSchedule.cadenceOn(NOTIFICATIONS, LocalDate.of(2025, 11, 5))).isEqualTo(Cadence.MONTHLY);
        assertThat(MeetingSchedule.cadenceOn(NOTIFICATIONS, LocalDate.of(2025, 11, 6))).isEqualTo(Cadence.QUARTERLY);
    }

    @Test
    void aTeamFormedAfterTheChangeMeetsQuarterlyFromItsFormation() {
        List<Period> periods = MeetingSchedule.periods(NOTIFICATIONS, LocalDate.of(2025, 11, 20), LocalDate.of(2026, 1, 5), List.of());
        assertThat(periods).extracting(Period::start, Period::cadence, Period::state).containsExactly(
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2026, 1, 1), Cadence.QUARTERLY, State.DUE),
                org.assertj.core.groups.Tuple.tuple(LocalDate.of(2025, 10, 1), Cadence.QUARTERLY, State.OVERDUE));
    }
}
