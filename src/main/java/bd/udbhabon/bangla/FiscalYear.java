package bd.udbhabon.bangla;

import java.time.LocalDate;
import java.time.Month;

/**
 * The government fiscal year (অর্থবছর), 1 July to 30 June; {@code startYear} 2023 is 2023-24
 * (১ জুলাই ২০২৩ – ৩০ জুন ২০২৪). Quarters (for quarterly reports) are July–September = 1,
 * October–December = 2, January–March = 3, April–June = 4.
 */
public record FiscalYear(int startYear) implements Comparable<FiscalYear> {

    public static final int MIN_START_YEAR = 1000;
    public static final int MAX_START_YEAR = 9998;

    public FiscalYear {
        if (startYear < MIN_START_YEAR || startYear > MAX_START_YEAR) {
            throw new IllegalArgumentException("fiscal year start " + startYear + " is outside "
                    + MIN_START_YEAR + ".." + MAX_START_YEAR);
        }
    }

    /** The fiscal year containing {@code d}. */
    public static FiscalYear of(LocalDate d) {
        return new FiscalYear(d.getMonthValue() >= 7 ? d.getYear() : d.getYear() - 1);
    }

    /** 1 July of {@code startYear}. */
    public LocalDate start() {
        return LocalDate.of(startYear, Month.JULY, 1);
    }

    /** 30 June of {@code startYear + 1}. */
    public LocalDate end() {
        return LocalDate.of(startYear + 1, Month.JUNE, 30);
    }

    public int endYear() {
        return startYear + 1;
    }

    public boolean contains(LocalDate d) {
        return !d.isBefore(start()) && !d.isAfter(end());
    }

    public FiscalYear next() {
        return new FiscalYear(startYear + 1);
    }

    public FiscalYear previous() {
        return new FiscalYear(startYear - 1);
    }

    /** Quarter 1..4 of {@code d} in this fiscal year; IllegalArgumentException if {@code d} is not in it. */
    public int quarterOf(LocalDate d) {
        if (!contains(d)) {
            throw new IllegalArgumentException(d + " is not in fiscal year " + shortLabelLatin());
        }
        return (d.getMonthValue() + 5) % 12 / 3 + 1;
    }

    /** First day of quarter 1..4. */
    public LocalDate quarterStart(int quarter) {
        checkQuarter(quarter);
        return start().plusMonths(3L * (quarter - 1));
    }

    /** Last day of quarter 1..4. */
    public LocalDate quarterEnd(int quarter) {
        checkQuarter(quarter);
        return start().plusMonths(3L * quarter).minusDays(1);
    }

    /** "২০২৩-২৪". */
    public String shortLabel() {
        return BanglaDigits.toBangla(shortLabelLatin());
    }

    /** "২০২৩-২০২৪". */
    public String longLabel() {
        return BanglaDigits.toBangla(longLabelLatin());
    }

    /** "2023-24" (1999-00 for the year starting 1999). */
    public String shortLabelLatin() {
        int end = (startYear + 1) % 100;
        return startYear + (end < 10 ? "-0" : "-") + end;
    }

    /** "2023-2024". */
    public String longLabelLatin() {
        return startYear + "-" + (startYear + 1);
    }

    /**
     * Parses "২০২৩-২৪", "2023-24", "২০২৩-২০২৪", "2023-2024" (Bangla or Latin digits; '-', '–', '—'
     * or '/' between the years; whitespace around them ignored).
     *
     * @throws IllegalArgumentException if it is not two consecutive years
     */
    public static FiscalYear parse(String s) {
        if (s == null) {
            throw new IllegalArgumentException("fiscal year is null");
        }
        String text = BanglaDigits.toLatin(s.strip());
        int sep = -1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '-' || c == '–' || c == '—' || c == '/') {
                sep = i;
                break;
            }
        }
        if (sep < 0) {
            throw new IllegalArgumentException("not a fiscal year: '" + s + "' (expected e.g. 2023-24)");
        }
        String first = text.substring(0, sep).strip();
        String second = text.substring(sep + 1).strip();
        if (!isDigits(first, 4) || !(isDigits(second, 2) || isDigits(second, 4))) {
            throw new IllegalArgumentException("not a fiscal year: '" + s + "' (expected e.g. 2023-24 or 2023-2024)");
        }
        int start = Integer.parseInt(first);
        int end = Integer.parseInt(second);
        boolean consecutive = second.length() == 4 ? end == start + 1 : end == (start + 1) % 100;
        if (!consecutive) {
            throw new IllegalArgumentException("not a fiscal year: '" + s + "': the years must be consecutive, e.g. "
                    + new FiscalYear(Math.max(MIN_START_YEAR, Math.min(MAX_START_YEAR, start))).shortLabelLatin());
        }
        return new FiscalYear(start);
    }

    @Override
    public int compareTo(FiscalYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    private static boolean isDigits(String s, int length) {
        if (s.length() != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw new IllegalArgumentException("quarter " + quarter + " is out of range 1..4");
        }
    }
}
