package bd.udbhabon.initiative;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The citizen's time (days), cost (taka) and visits for one case of a service, before and after the
 * initiative (a2i's TCV), and the cases a year: the savings per case and per year are computed from
 * them, never entered.
 */
public record Tcv(BigDecimal timeBefore, BigDecimal timeAfter, BigDecimal costBefore, BigDecimal costAfter,
                  int visitsBefore, int visitsAfter, long casesPerYear, LocalDate measuredOn) {

    public BigDecimal timeSavedPerCase() {
        return timeBefore.subtract(timeAfter);
    }

    public BigDecimal costSavedPerCase() {
        return costBefore.subtract(costAfter);
    }

    public int visitsSavedPerCase() {
        return visitsBefore - visitsAfter;
    }

    public BigDecimal timeSavedPerYear() {
        return timeSavedPerCase().multiply(BigDecimal.valueOf(casesPerYear));
    }

    public BigDecimal costSavedPerYear() {
        return costSavedPerCase().multiply(BigDecimal.valueOf(casesPerYear));
    }

    public long visitsSavedPerYear() {
        return (long) visitsSavedPerCase() * casesPerYear;
    }
}
