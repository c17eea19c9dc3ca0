package bd.udbhabon.people.internal;

import bd.udbhabon.bangla.BanglaDigits;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/** Dates as officers type them: 2024-03-01 (what date fields send), 01-03-2024, 01/03/2024, 01.03.2024, in either digits. */
public final class Dates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    private Dates() {
    }

    /** Years outside these are typing mistakes, not service records. */
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;

    /** The date, or null if the text is blank or no valid date between 1950 and 2100. */
    public static LocalDate parse(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        LocalDate date = read(BanglaDigits.toLatin(text.strip()));
        return date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
    }

    private static LocalDate read(String latin) {
        try {
            var iso = ISO.matcher(latin);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            var dayFirst = DAY_FIRST.matcher(latin);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }
}
