package bd.udbhabon.bangla;

import java.time.LocalDate;
import java.time.Year;

/**
 * The Bangla calendar (বঙ্গাব্দ) as used by the Government of Bangladesh, in both directions.
 *
 * <p>Both rule sets fix 1 বৈশাখ of Bangla year {@code Y} on 14 April of Gregorian year
 * {@code Y + 593}, so a Bangla year is always as long as the Gregorian year in which its ফাল্গুন
 * falls ({@code Y + 594}); the only question is how the days are spread over the months:
 *
 * <table>
 *   <caption>Month lengths</caption>
 *   <tr><th>months</th><th>{@link Rules#BANGLA_ACADEMY_1987} (years up to 1425)</th>
 *       <th>{@link Rules#REVISED_2019} (years from 1426)</th></tr>
 *   <tr><td>1-5 বৈশাখ..ভাদ্র</td><td>31</td><td>31</td></tr>
 *   <tr><td>6 আশ্বিন</td><td>30</td><td>31</td></tr>
 *   <tr><td>7-10 কার্তিক..মাঘ</td><td>30</td><td>30</td></tr>
 *   <tr><td>11 ফাল্গুন</td><td>30, 31 in a leap year</td><td>29, 30 in a leap year</td></tr>
 *   <tr><td>12 চৈত্র</td><td>30</td><td>30</td></tr>
 * </table>
 *
 * <p>"Leap year" is the Gregorian year {@code Y + 594} in which ফাল্গুন of {@code Y} falls and ends
 * (ফাল্গুন runs from 13/14 February to 14 March). Consequences: under the revised rules every
 * Bangla date is on the same Gregorian date every year (১ পৌষ = 16 December, ৮ ফাল্গুন =
 * 21 February, ১২ চৈত্র = 26 March); the two rule sets agree from 1 বৈশাখ to 30 আশ্বিন and from
 * 1 চৈত্র to the end of the year, and differ by one day from কার্তিক to ফাল্গুন.
 *
 * <p>Which rules apply is decided by the Bangla year: years up to 1425 (until 13 April 2019) use the
 * 1987 Bangla Academy rules, applied proleptically before their adoption in 1987 (1394); years from
 * 1426 ({@link #REVISED_RULES_FROM}) use the revised rules. Supported years: {@link #MIN_YEAR} ..
 * {@link #MAX_YEAR}. Sources: see {@code docs/modules/bangla.md}.
 *
 * <p>Conversion is table-driven day-of-year arithmetic; it allocates nothing but the result.
 */
public final class BanglaCalendar {

    /** The rule set of a Bangla year. */
    public enum Rules {
        /** Bangla Academy 1966 (Shahidullah committee) rules, adopted by the government in 1987. */
        BANGLA_ACADEMY_1987,
        /** Bangla Academy 2015 committee rules, in force from 1 বৈশাখ 1426 (14 April 2019). */
        REVISED_2019
    }

    /** 1 বৈশাখ 1426, the first day under the revised rules. */
    public static final LocalDate REVISED_RULES_FROM = LocalDate.of(2019, 4, 14);

    /** The first Bangla year under the revised rules. */
    public static final int FIRST_REVISED_YEAR = 1426;

    /** Smallest supported Bangla year (starts 14 April 594). */
    public static final int MIN_YEAR = 1;

    /** Largest supported Bangla year (ends 13 April 10594). */
    public static final int MAX_YEAR = 9999;

    /** Bangla year {@code Y} starts on 14 April of Gregorian year {@code Y + 593}. */
    static final int GREGORIAN_OFFSET = 593;

    /** Days from 14 April to 31 December inclusive (the same in every year). */
    private static final int DAYS_APRIL14_TO_YEAR_END = 262;

    private static final String[] MONTH_NAMES = BanglaText.nfc(
            "বৈশাখ", "জ্যৈষ্ঠ", "আষাঢ়", "শ্রাবণ", "ভাদ্র", "আশ্বিন",
            "কার্তিক", "অগ্রহায়ণ", "পৌষ", "মাঘ", "ফাল্গুন", "চৈত্র");

    private static final int[] LENGTHS_1987 = {31, 31, 31, 31, 31, 30, 30, 30, 30, 30, 30, 30};
    private static final int[] LENGTHS_2019 = {31, 31, 31, 31, 31, 31, 30, 30, 30, 30, 29, 30};
    private static final int FALGUN = 11;

    /**
     * Tables indexed by kind = (revised ? 2 : 0) + (leap ? 1 : 0).
     * MONTH_START[kind][m] = day offset (0-based from 1 বৈশাখ) of the 1st of month m+1; [12] = year length.
     * MONTH_OF[kind][offset] = month index 0..11 of a day offset.
     */
    private static final int[][] MONTH_START = new int[4][13];
    private static final byte[][] MONTH_OF = new byte[4][366];

    static {
        for (int kind = 0; kind < 4; kind++) {
            int[] lengths = (kind & 2) != 0 ? LENGTHS_2019 : LENGTHS_1987;
            int offset = 0;
            for (int m = 0; m < 12; m++) {
                MONTH_START[kind][m] = offset;
                int length = lengths[m] + ((kind & 1) != 0 && m == FALGUN - 1 ? 1 : 0);
                for (int d = 0; d < length; d++) {
                    MONTH_OF[kind][offset + d] = (byte) m;
                }
                offset += length;
            }
            MONTH_START[kind][12] = offset;
        }
    }

    private BanglaCalendar() {
    }

    /** The Bangla date of a Gregorian date, under the rules in force on that date. */
    public static BanglaDate toBangla(LocalDate date) {
        int gregorianYear = date.getYear();
        int dayOfYear = date.getDayOfYear();
        boolean gregorianLeap = date.isLeapYear();
        int newYearDay = gregorianLeap ? 105 : 104; // day of year of 14 April
        int year;
        int offset;
        boolean leap;
        if (dayOfYear >= newYearDay) {
            year = gregorianYear - GREGORIAN_OFFSET;
            offset = dayOfYear - newYearDay;
            leap = Year.isLeap(gregorianYear + 1L);
        } else {
            year = gregorianYear - GREGORIAN_OFFSET - 1;
            offset = DAYS_APRIL14_TO_YEAR_END + dayOfYear - 1;
            leap = gregorianLeap;
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("date " + date + " is outside the supported range "
                    + toGregorian(MIN_YEAR, 1, 1) + ".." + toGregorian(MAX_YEAR, 12, 30));
        }
        int kind = kind(year, leap);
        int month = MONTH_OF[kind][offset];
        return new BanglaDate(year, month + 1, offset - MONTH_START[kind][month] + 1);
    }

    /**
     * The Gregorian date of a Bangla date.
     *
     * @throws IllegalArgumentException naming what is wrong: year outside {@link #MIN_YEAR}..{@link #MAX_YEAR},
     *         month outside 1..12, or a day that the month does not have in that year
     */
    public static LocalDate toGregorian(int year, int month, int day) {
        checkDate(year, month, day);
        return gregorian(year, month, day);
    }

    /** The Gregorian date of a Bangla date. */
    public static LocalDate toGregorian(BanglaDate d) {
        return gregorian(d.year(), d.month(), d.day());
    }

    /** Number of days of a month (1..12) in a Bangla year, under that year's rules. */
    public static int lengthOfMonth(int year, int month) {
        checkYear(year);
        checkMonth(month);
        int kind = kind(year);
        return MONTH_START[kind][month] - MONTH_START[kind][month - 1];
    }

    /** Number of days of a Bangla year: 366 when ফাল্গুন falls in a Gregorian leap year, else 365. */
    public static int lengthOfYear(int year) {
        checkYear(year);
        return isLeapYear(year) ? 366 : 365;
    }

    /** True when ফাল্গুন of this Bangla year falls in a Gregorian leap year (and so has one day more). */
    public static boolean isLeapYear(int year) {
        return Year.isLeap(year + GREGORIAN_OFFSET + 1L);
    }

    /** The rules that apply to a Bangla year. */
    public static Rules rules(int year) {
        return year >= FIRST_REVISED_YEAR ? Rules.REVISED_2019 : Rules.BANGLA_ACADEMY_1987;
    }

    /** Name of a month 1..12: 1 = বৈশাখ ... 12 = চৈত্র (NFC). */
    public static String monthName(int month) {
        checkMonth(month);
        return MONTH_NAMES[month - 1];
    }

    /** Throws IllegalArgumentException with an English message naming what is wrong. */
    static void checkDate(int year, int month, int day) {
        checkYear(year);
        checkMonth(month);
        int kind = kind(year);
        int length = MONTH_START[kind][month] - MONTH_START[kind][month - 1];
        if (day < 1 || day > length) {
            throw new IllegalArgumentException("day " + day + " is not in " + MONTH_NAMES[month - 1] + " "
                    + year + ", which has " + length + " days");
        }
    }

    private static LocalDate gregorian(int year, int month, int day) {
        int offset = MONTH_START[kind(year)][month - 1] + day - 1;
        int gregorianYear = year + GREGORIAN_OFFSET;
        if (offset < DAYS_APRIL14_TO_YEAR_END) {
            return LocalDate.ofYearDay(gregorianYear, (Year.isLeap(gregorianYear) ? 105 : 104) + offset);
        }
        return LocalDate.ofYearDay(gregorianYear + 1, offset - DAYS_APRIL14_TO_YEAR_END + 1);
    }

    private static int kind(int year) {
        return kind(year, isLeapYear(year));
    }

    private static int kind(int year, boolean leap) {
        return (year >= FIRST_REVISED_YEAR ? 2 : 0) + (leap ? 1 : 0);
    }

    private static void checkYear(int year) {
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("year " + year + " is outside the supported range "
                    + MIN_YEAR + ".." + MAX_YEAR);
        }
    }

    private static void checkMonth(int month) {
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month + " is out of range 1..12");
        }
    }
}
