package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Objects;

/**
 * The APA calendar's line for one quarter (policy data, {@code plan_deadline}): the day its report is due
 * and, where the superior's review has a due day of its own (Q2: the half-yearly feedback by 30 January;
 * Q4: the year's results by 30 August), that day. Given as a month and day; the year is found from the
 * quarter: the report is due on the first such day after the quarter ends (Q1, ending 30 September, on
 * 15 October; Q4, ending 30 June, on 15 July after it), the review on the first such day from the report's.
 *
 * @param review null when the quarter's review has no due day of its own
 */
public record ReportDeadline(int quarter, MonthDay submit, MonthDay review) {

    public ReportDeadline {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter);
        }
        Objects.requireNonNull(submit);
    }

    /** The day the report of {@code year}'s quarter is due. */
    public LocalDate submitBy(FiscalYear year) {
        return firstFrom(year.quarterEnd(quarter).plusDays(1), submit);
    }

    /** The day the superior's review is due, or null when the calendar sets none for the quarter. */
    public LocalDate reviewBy(FiscalYear year) {
        return review == null ? null : firstFrom(submitBy(year), review);
    }

    /** The first day on or after {@code from} that falls on {@code day} (29 February: the 28th in other years). */
    static LocalDate firstFrom(LocalDate from, MonthDay day) {
        LocalDate candidate = day.atYear(from.getYear());
        return candidate.isBefore(from) ? day.atYear(from.getYear() + 1) : candidate;
    }
}
