package bd.udbhabon.decision.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.Rate;
import java.time.LocalDate;

/** The rate of a group of decisions (a meeting's, a quarter's) today, for the register page. */
public record MeetingRate(String label, LocalDate takenOn, Rate rate) {

    private static final String[] ORDINAL_BN = {"১ম", "২য়", "৩য়", "৪র্থ"};

    /** "২০২৩-২০২৪ অর্থবছর, ২য় প্রান্তিক" / "FY 2023-2024, Q2": the fiscal quarter the day falls in. */
    public static String quarterLabel(LocalDate day, boolean bangla) {
        FiscalYear year = FiscalYear.of(day);
        int quarter = year.quarterOf(day);
        return bangla ? year.longLabel() + " অর্থবছর, " + ORDINAL_BN[quarter - 1] + " প্রান্তিক"
                : "FY " + year.longLabelLatin() + ", Q" + quarter;
    }
}
