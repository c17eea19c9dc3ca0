package bd.udbhabon.shell;

import bd.udbhabon.bangla.BanglaDigits;
import java.text.ParseException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.format.Formatter;

/**
 * The one reading of a typed day, for every form field and query parameter of type {@link LocalDate}
 * (registered once as Spring's formatter for the type): 2024-03-01 (what a date field sends),
 * 01-03-2024, 01/03/2024 or 01.03.2024, in Latin or Bangla digits. A day that cannot be read is a
 * binding error on its field ({@link Forms#errors}), never a 400 page; printed, a day is yyyy-mm-dd.
 */
public final class FormDates implements Formatter<LocalDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern DAY_FIRST = Pattern.compile("(\\d{1,2})[-/.](\\d{1,2})[-/.](\\d{4})");

    /** The day, or null when the text is blank or no day (2026-02-30 is none). */
    public static LocalDate read(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String latin = BanglaDigits.toLatin(text.strip());
        try {
            Matcher iso = ISO.matcher(latin);
            if (iso.matches()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)), Integer.parseInt(iso.group(3)));
            }
            Matcher dayFirst = DAY_FIRST.matcher(latin);
            if (dayFirst.matches()) {
                return LocalDate.of(Integer.parseInt(dayFirst.group(3)), Integer.parseInt(dayFirst.group(2)),
                        Integer.parseInt(dayFirst.group(1)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * A day as the API documents it, yyyy-mm-dd and nothing else (another system sends what it was told;
     * a day-first date from it is more likely a misunderstanding than a convenience); null when blank or none.
     */
    public static LocalDate readIso(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public LocalDate parse(String text, Locale locale) throws ParseException {
        LocalDate day = read(text);
        if (day == null) {
            throw new ParseException("not a day: " + text, 0);
        }
        return day;
    }

    @Override
    public String print(LocalDate day, Locale locale) {
        return day.toString();
    }
}
