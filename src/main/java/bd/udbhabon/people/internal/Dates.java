package bd.udbhabon.people.internal;

import bd.udbhabon.shell.FormDates;
import java.time.LocalDate;

/** Dates as officers type them, read as every form reads a day ({@link FormDates}), within the years of service records. */
public final class Dates {

    private Dates() {
    }

    /** Years outside these are typing mistakes, not service records. */
    static final int FIRST_YEAR = 1950;
    static final int LAST_YEAR = 2100;

    /** The date, or null if the text is blank or no valid date between 1950 and 2100. */
    public static LocalDate parse(String text) {
        LocalDate date = FormDates.read(text);
        return date == null || date.getYear() < FIRST_YEAR || date.getYear() > LAST_YEAR ? null : date;
    }
}
