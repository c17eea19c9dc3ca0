package bd.udbhabon.meeting;

import bd.udbhabon.team.Cadence;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * The periods in which a team must meet, from its formation to today: every calendar month, or
 * every quarter of the Bangladesh fiscal year (July-September, October-December, January-March,
 * April-June: the calendar quarters). A period is met by a meeting held in it; once it has ended
 * without one it is overdue; the period that contains today is due. Plain Java, no Spring.
 *
 * <p>The cadence is the one in force on each period's first day, not the one the team was formed
 * under: a team formed under the 2023 notification (monthly) is asked for quarterly meetings once
 * the 2025 one is in force. When the cadence changes inside a period, that period runs to its
 * end under the old cadence, and the next one runs from there to the end of the new cadence's
 * period (November 2025 monthly, then 1-31 December, the rest of the October-December quarter).
 */
public final class MeetingSchedule {

    public enum State { HELD, OVERDUE, DUE }

    /** A period, the cadence it was asked under and the meetings held in it (their dates). */
    public record Period(LocalDate start, LocalDate end, Cadence cadence, State state, List<LocalDate> held) {
        public Period {
            held = List.copyOf(held);
        }
    }

    private MeetingSchedule() {
    }

    /** One cadence all along. */
    public static List<Period> periods(Cadence cadence, LocalDate formedOn, LocalDate today, List<LocalDate> held) {
        return periods(new TreeMap<>(Map.of(LocalDate.MIN, cadence)), formedOn, today, held);
    }

    /**
     * @param inForce  each notification's cadence from the day it takes effect; a day before the
     *                 first takes the first's (the team had to meet somehow)
     * @param formedOn the team's formation: its period is the first
     * @param held     the dates of the meetings held
     * @return the periods, the latest first
     */
    public static List<Period> periods(NavigableMap<LocalDate, Cadence> inForce, LocalDate formedOn, LocalDate today,
                                       List<LocalDate> held) {
        if (inForce.isEmpty()) {
            throw new IllegalArgumentException("no cadence");
        }
        List<Period> periods = new ArrayList<>();
        if (formedOn.isAfter(today)) {
            return periods;
        }
        LocalDate start = periodStart(cadenceOn(inForce, formedOn), formedOn);
        while (!start.isAfter(today)) {
            Cadence cadence = cadenceOn(inForce, start.isBefore(formedOn) ? formedOn : start);
            LocalDate end = periodStart(cadence, start).plusMonths(cadence.months()).minusDays(1);
            LocalDate from = start;
            List<LocalDate> in = held.stream().filter(d -> !d.isBefore(from) && !d.isAfter(end)).sorted().toList();
            State state = !in.isEmpty() ? State.HELD : end.isBefore(today) ? State.OVERDUE : State.DUE;
            periods.addFirst(new Period(start, end, cadence, state, in));
            start = end.plusDays(1);
        }
        return periods;
    }

    /** The cadence in force on {@code date}. */
    public static Cadence cadenceOn(NavigableMap<LocalDate, Cadence> inForce, LocalDate date) {
        Map.Entry<LocalDate, Cadence> entry = inForce.floorEntry(date);
        return entry != null ? entry.getValue() : inForce.firstEntry().getValue();
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
