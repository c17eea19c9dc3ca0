package bd.udbhabon.plan.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;

/**
 * A fiscal year and quarter as the roll-up's address gives them ({@code ?year=2023-24&quarter=1}, either
 * digits). Left out: the latest quarter that has ended (on 5 December 2026, 2026-27's first), as that is
 * the report superiors are waiting for; a year without a quarter: its first ahead of today, its last
 * behind, else the latest ended.
 */
public record YearQuarter(FiscalYear year, int quarter) {

    static YearQuarter read(String year, String quarter) {
        return read(year, quarter, Dhaka.today());
    }

    static YearQuarter read(String year, String quarter, LocalDate today) {
        FiscalYear current = FiscalYear.of(today);
        int currentQuarter = current.quarterOf(today);
        FiscalYear fiscalYear;
        if (year == null || year.isBlank()) {
            fiscalYear = quarter == null || quarter.isBlank()
                    ? (currentQuarter == 1 ? current.previous() : current) : current;
        } else {
            try {
                fiscalYear = FiscalYear.parse(year);
            } catch (IllegalArgumentException e) {
                throw UserFacingException.badRequest("plan.error.fiscalYear", year);
            }
        }
        if (quarter == null || quarter.isBlank()) {
            int q = fiscalYear.compareTo(current) < 0 ? 4 : fiscalYear.compareTo(current) > 0 ? 1 : Math.max(1, currentQuarter - 1);
            return new YearQuarter(fiscalYear, q);
        }
        return new YearQuarter(fiscalYear, quarter(quarter));
    }

    /** "1" … "4" in either digits; anything else is refused in the user's language. */
    static int quarter(String text) {
        String latin = text == null ? "" : BanglaDigits.toLatin(text.strip());
        if (latin.length() == 1 && latin.charAt(0) >= '1' && latin.charAt(0) <= '4') {
            return latin.charAt(0) - '0';
        }
        throw UserFacingException.badRequest("plan.rollup.error.quarter", text);
    }

    public String yearLatin() {
        return year.shortLabelLatin();
    }
}
