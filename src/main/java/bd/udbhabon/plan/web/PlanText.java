package bd.udbhabon.plan.web;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.TargetColumn;
import java.math.BigDecimal;

/** How the template pages write a template's figures: in the page's digits, a day day-first. */
public final class PlanText {

    private PlanText() {
    }

    /** A target column's cell: "৮৫%", "৪", "০৬-০৫-২০২৪"; empty when the column is blank. */
    public static String target(PlanTemplate.Indicator indicator, TargetColumn column, boolean bangla) {
        BigDecimal value = indicator.targets().column(column);
        return value == null ? "" : figure(indicator.unit(), value, bangla);
    }

    /** A figure of a unit as typed back into the form and shown on the pages. */
    public static String figure(IndicatorUnit unit, BigDecimal value, boolean bangla) {
        String text = switch (unit) {
            case DATE -> {
                var day = Quantity.toDate(value);
                yield "%02d-%02d-%04d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
            }
            case PERCENT -> plain(value) + "%";
            default -> plain(value);
        };
        return digits(text, bangla);
    }

    public static String number(BigDecimal value, boolean bangla) {
        return digits(plain(value), bangla);
    }

    public static String digits(String text, boolean bangla) {
        return bangla ? BanglaDigits.toBangla(text) : BanglaDigits.toLatin(text);
    }

    private static String plain(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return (stripped.scale() < 0 ? stripped.setScale(0) : stripped).toPlainString();
    }
}
