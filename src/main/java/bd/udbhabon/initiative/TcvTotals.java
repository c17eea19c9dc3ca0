package bd.udbhabon.initiative;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The citizen's savings of several measured initiatives added up (an office's subtree, a level, the
 * country): how many initiatives were measured, their savings per case summed (one case of each service)
 * and per year (each case saving times its cases a year). A loss (after worse than before) counts against.
 */
public record TcvTotals(long measured, BigDecimal timePerCase, BigDecimal costPerCase, long visitsPerCase,
                        BigDecimal timePerYear, BigDecimal costPerYear, long visitsPerYear) {

    public static final TcvTotals NONE = new TcvTotals(0, BigDecimal.ZERO, BigDecimal.ZERO, 0, BigDecimal.ZERO, BigDecimal.ZERO, 0);

    public TcvTotals plus(TcvTotals other) {
        return new TcvTotals(measured + other.measured, timePerCase.add(other.timePerCase), costPerCase.add(other.costPerCase),
                visitsPerCase + other.visitsPerCase, timePerYear.add(other.timePerYear), costPerYear.add(other.costPerYear),
                visitsPerYear + other.visitsPerYear);
    }

    /** The days saved per case on average over the measured initiatives (0 when none). */
    public BigDecimal averageTimePerCase() {
        return measured == 0 ? BigDecimal.ZERO : timePerCase.divide(BigDecimal.valueOf(measured), 2, RoundingMode.HALF_UP);
    }

    /** The taka saved per case on average over the measured initiatives (0 when none). */
    public BigDecimal averageCostPerCase() {
        return measured == 0 ? BigDecimal.ZERO : costPerCase.divide(BigDecimal.valueOf(measured), 2, RoundingMode.HALF_UP);
    }
}
