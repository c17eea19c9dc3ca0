package bd.udbhabon.meeting;

import bd.udbhabon.team.Cadence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * The periods in which a team must meet, from its formation to today: every calendar month, or
 * every quarter of the Bangladesh fiscal year (July-September, October-December, January-March,
 * April-June: the calendar quarters). A period is met by a meeting held in it; once it has ended
 * without one it is overdue; the period that contains today is due. Plain Java, no Spring.
 */
public final class MeetingSchedule {

    public enum State { HELD, OVERDUE, DUE }

    /** A period and the meetings held in it (their dates). */
    public record Period(LocalDate start, LocalDate end, State state, List<LocalDate> held) {
        public Period {
            held = List.copyOf(held);
        }
    }

    private MeetingSchedule() {
    }

    /**
     * @param formedOn the team's formation: its period is the first
     * @param held     the dates of the meetings held
     * @return the periods, the latest first
     */
    public static List<Period> periods(Cadence cadence, LocalDate formedOn, LocalDate today, List<LocalDate> held) {
        List<Period> periods = new ArrayList<>();
        if (formedOn.isAfter(today)) {
            return periods;
        }
        LocalDate start = periodStart(cadence, formedOn);
        while (!start.isAfter(today)) {
            LocalDate end = start.plusMonths(cadence.months()).minusDays(1);
            LocalDate from = start;
            List<LocalDate> in = held.stream().filter(d -> !d.isBefore(from) && !d.isAfter(end)).sorted().toList();
            State state = !in.isEmpty() ? State.HELD : end.isBefore(today) ? State.OVERDUE : State.DUE;
            periods.addFirst(new Period(start, end, state, in));
            start = end.plusDays(1);
        }
        return periods;
    }

    /** The first day of the month, or of the calendar quarter, that contains {@code date}. */
    static LocalDate periodStart(Cadence cadence, LocalDate date) {
        YearMonth month = YearMonth.from(date);
        if (cadence == Cadence.QUARTERLY) {
            month = month.withMonth((date.getMonthValue() - 1) / 3 * 3 + 1);
        }
        return month.atDay(1);
    }
}
