package bd.udbhabon.reminder;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which steps of a deadline have come on a day (plain JUnit). */
class ReminderPolicyTest {

    private static final LocalDate DUE = LocalDate.of(2026, 7, 31);
    private final ReminderPolicy policy = new ReminderPolicy(List.of(1, 7), 7, null);

    @Test
    void theDaysAreKeptMostFirstAndWithoutRepeats() {
        assertThat(new ReminderPolicy(List.of(1, 7, 7, 3), 7, null).daysBefore()).containsExactly(7, 3, 1);
        assertThat(policy.lookAheadDays()).isEqualTo(7);
    }

    @Test
    void nothingBeforeTheEarliestReminderDay() {
        assertThat(policy.stepsOn(DUE, DUE.minusDays(8))).isEmpty();
    }

    @Test
    void beforeTheDayOnlyTheNearestReminderWhoseDayHasCome() {
        assertThat(policy.stepsOn(DUE, DUE.minusDays(7))).containsExactly("before-7");
        assertThat(policy.stepsOn(DUE, DUE.minusDays(2))).containsExactly("before-7");
        // a run missed on the seventh day sends one reminder, not two
        assertThat(policy.stepsOn(DUE, DUE.minusDays(1))).containsExactly("before-1");
        assertThat(policy.stepsOn(DUE, DUE)).containsExactly("before-1");
    }

    @Test
    void afterTheDayOverdueThenEscalatedAfterThePolicysDays() {
        assertThat(policy.stepsOn(DUE, DUE.plusDays(1))).containsExactly("overdue");
        assertThat(policy.stepsOn(DUE, DUE.plusDays(6))).containsExactly("overdue");
        assertThat(policy.stepsOn(DUE, DUE.plusDays(7))).containsExactly("overdue", "escalated");
        assertThat(policy.stepsOn(DUE, DUE.plusDays(100))).containsExactly("overdue", "escalated");
    }

    @Test
    void zeroDaysBeforeIsTheDayItself() {
        ReminderPolicy onTheDay = new ReminderPolicy(List.of(0), 1, null);
        assertThat(onTheDay.stepsOn(DUE, DUE.minusDays(1))).isEmpty();
        assertThat(onTheDay.stepsOn(DUE, DUE)).containsExactly("before-0");
    }

    @Test
    void aDeadlinesKindIsItsKeysFirstPart() {
        var deadline = new DeadlineSource.Deadline("meeting-due:12:2026-09-30", 12, bd.udbhabon.access.Permission.WRITE_RECORDS,
                DUE, "সভা", "Meeting", "/offices/12/meetings/new");
        assertThat(deadline.kind()).isEqualTo("meeting-due");
    }
}
