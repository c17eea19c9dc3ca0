package bd.udbhabon.plan;

import java.math.BigDecimal;
import java.time.LocalDate;

/** Targets and achievements as numbers for the scorer: a day is its epoch day, yes is 1 and no 0. */
public final class Quantity {

    private Quantity() {
    }

    /** A number without trailing zeros (85, not 85.00), so that a template read back equals the one written. */
    public static BigDecimal canonical(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    public static BigDecimal ofDate(LocalDate day) {
        return BigDecimal.valueOf(day.toEpochDay());
    }

    public static LocalDate toDate(BigDecimal epochDay) {
        return LocalDate.ofEpochDay(epochDay.longValueExact());
    }

    public static BigDecimal ofYesNo(boolean done) {
        return done ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
