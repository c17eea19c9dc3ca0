package bd.udbhabon.bangla;

import java.time.LocalDate;
import java.util.List;

/**
 * The two-line date of official letters: the Bangla date (বঙ্গাব্দ) above the Gregorian date
 * (খ্রিস্টাব্দ), both in Bangla digits, e.g.
 * <pre>
 * ২১ কার্তিক ১৪৩২ বঙ্গাব্দ
 * ০৬ নভেম্বর ২০২৫ খ্রিস্টাব্দ
 * </pre>
 * The Bangla day is written without a leading zero, the Gregorian day with two digits, as on the
 * seed letters. The lines carry no label ("তারিখ:"); the document layout adds it.
 */
public final class DualDate {

    /** The Gregorian era word (খ্রিস্টাব্দ). */
    public static final String GREGORIAN_ERA = "খ্রিস্টাব্দ";

    private DualDate() {
    }

    /** "২১ কার্তিক ১৪৩২ বঙ্গাব্দ". */
    public static String banglaLine(LocalDate d) {
        return BanglaCalendar.toBangla(d).formatWithEra();
    }

    /** "০৬ নভেম্বর ২০২৫ খ্রিস্টাব্দ". */
    public static String gregorianLine(LocalDate d) {
        return appendGregorian(new StringBuilder(40), d).append(' ').append(GREGORIAN_ERA).toString();
    }

    /** "০৬ নভেম্বর ২০২৫": the Gregorian date without the era word. */
    public static String gregorianDate(LocalDate d) {
        return appendGregorian(new StringBuilder(32), d).toString();
    }

    /** Both lines, Bangla first. */
    public static List<String> lines(LocalDate d) {
        return List.of(banglaLine(d), gregorianLine(d));
    }

    private static StringBuilder appendGregorian(StringBuilder sb, LocalDate d) {
        int year = d.getYear();
        if (year < 1) {
            throw new IllegalArgumentException("year before the common era: " + d);
        }
        BanglaDigits.appendBangla(sb, d.getDayOfMonth(), 2).append(' ')
                .append(BanglaNames.gregorianMonth(d.getMonth())).append(' ');
        return BanglaDigits.appendBangla(sb, year, 1);
    }
}
