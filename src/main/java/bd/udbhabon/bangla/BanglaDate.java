package bd.udbhabon.bangla;

import java.time.LocalDate;

/**
 * An immutable, always valid Bangla calendar date. Month 1 = বৈশাখ ... 12 = চৈত্র.
 * The constructor checks the day against the month length of that year
 * ({@link BanglaCalendar#lengthOfMonth(int, int)}) and throws IllegalArgumentException otherwise.
 * Ordered chronologically.
 */
public record BanglaDate(int year, int month, int day) implements Comparable<BanglaDate> {

    /** The Bangla era word (বঙ্গাব্দ). */
    public static final String ERA = "বঙ্গাব্দ";

    public BanglaDate {
        BanglaCalendar.checkDate(year, month, day);
    }

    /** The Bangla date of a Gregorian date; same as {@link BanglaCalendar#toBangla(LocalDate)}. */
    public static BanglaDate from(LocalDate date) {
        return BanglaCalendar.toBangla(date);
    }

    /** Month name, e.g. "কার্তিক". */
    public String monthName() {
        return BanglaCalendar.monthName(month);
    }

    /** "২১ কার্তিক ১৪৩২": day without leading zero, Bangla digits. */
    public String format() {
        return appendTo(new StringBuilder(24)).toString();
    }

    /** "২১ কার্তিক ১৪৩২ বঙ্গাব্দ". */
    public String formatWithEra() {
        return appendTo(new StringBuilder(40)).append(' ').append(ERA).toString();
    }

    /** The Gregorian date; same as {@link BanglaCalendar#toGregorian(BanglaDate)}. */
    public LocalDate toGregorian() {
        return BanglaCalendar.toGregorian(this);
    }

    @Override
    public int compareTo(BanglaDate other) {
        int c = Integer.compare(year, other.year);
        if (c == 0) {
            c = Integer.compare(month, other.month);
        }
        return c != 0 ? c : Integer.compare(day, other.day);
    }

    StringBuilder appendTo(StringBuilder sb) {
        BanglaDigits.appendBangla(sb, day, 1).append(' ').append(monthName()).append(' ');
        return BanglaDigits.appendBangla(sb, year, 1);
    }
}
