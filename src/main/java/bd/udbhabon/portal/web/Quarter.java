package bd.udbhabon.portal.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;

/**
 * The quarter a page shows, read from its address ({@code ?year=2023-24&quarter=1}, Latin or Bangla digits); none
 * given, today's. A year the checklist's columns cannot hold or a quarter other than 1-4 is refused in the user's
 * language.
 */
public record Quarter(FiscalYear year, int quarter) {

    static final int MIN_YEAR = 2000;
    static final int MAX_YEAR = 2200;

    static Quarter read(String year, String quarter) {
        return read(year, quarter, Dhaka.today());
    }

    static Quarter read(String year, String quarter, LocalDate today) {
        FiscalYear fiscalYear = FiscalYear.of(today);
        if (year != null && !year.isBlank()) {
            try {
                fiscalYear = FiscalYear.parse(year);
            } catch (IllegalArgumentException e) {
                throw UserFacingException.badRequest("portal.error.year", year);
            }
            if (fiscalYear.startYear() < MIN_YEAR || fiscalYear.startYear() > MAX_YEAR) {
                throw UserFacingException.badRequest("portal.error.year", year);
            }
        }
        if (quarter == null || quarter.isBlank()) {
            return new Quarter(fiscalYear, fiscalYear.contains(today) ? fiscalYear.quarterOf(today) : fiscalYear.start().isAfter(today) ? 1 : 4);
        }
        String latin = BanglaDigits.toLatin(quarter.strip());
        if (!latin.matches("[1-4]")) {
            throw UserFacingException.badRequest("portal.error.quarter");
        }
        return new Quarter(fiscalYear, Integer.parseInt(latin));
    }

    /** The address's query for this quarter. */
    public String query() {
        return "year=" + year.shortLabelLatin() + "&quarter=" + quarter;
    }

    public Quarter previous() {
        return quarter == 1 ? new Quarter(year.previous(), 4) : new Quarter(year, quarter - 1);
    }

    public Quarter next() {
        return quarter == 4 ? new Quarter(year.next(), 1) : new Quarter(year, quarter + 1);
    }
}
