package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaNumbers;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * What a quarter's achievement may be, pure: a count (a number, "৬১" or "61টি"), a percent (0 to 100,
 * "৯৭.৭৬" or "97.76%"), a day for a date unit (day-first or ISO, either digits) inside the quarter and
 * not after today, yes or no as a choice; and the override rule: a figure other than the system's
 * proposal needs a reason.
 */
final class ProgressRules {

    /** numeric(14, 2): below 10^12. */
    private static final BigDecimal MAX = new BigDecimal("1000000000000");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private ProgressRules() {
    }

    /** A quarter's figure: a number (yes = 1, no = 0) or, for a date unit, a day; both null when nothing was typed. */
    record Figure(BigDecimal value, LocalDate day) {

        static final Figure NONE = new Figure(null, null);

        boolean blank() {
            return value == null && day == null;
        }

        /** As the scorer reads it: a day as its epoch day. */
        BigDecimal quantity() {
            return day != null ? Quantity.ofDate(day) : value;
        }
    }

    /**
     * The typed figure of a unit, or {@link Figure#NONE} when blank or after adding to {@code errors} under
     * {@code field} why it cannot be taken (the words quote what was typed, so nothing is lost).
     */
    static Figure read(IndicatorUnit unit, String typed, FiscalYear year, int quarter, LocalDate today, String field,
                       FormErrors errors) {
        String text = typed == null ? "" : typed.strip();
        if (text.isEmpty()) {
            return Figure.NONE;
        }
        return switch (unit) {
            case DATE -> day(text, year, quarter, today, field, errors);
            case YES_NO -> switch (text) {
                case "YES" -> new Figure(BigDecimal.ONE, null);
                case "NO" -> new Figure(BigDecimal.ZERO, null);
                default -> {
                    errors.add(field, "plan.progress.error.yesNo");
                    yield Figure.NONE;
                }
            };
            case PERCENT -> number(text.replace("%", "").replace("শতাংশ", ""), text, true, field, errors);
            case COUNT -> number(text.replace("টি", "").replace(",", ""), text, false, field, errors);
        };
    }

    private static Figure number(String cleaned, String typed, boolean percent, String field, FormErrors errors) {
        BigDecimal value;
        try {
            value = BanglaNumbers.parseDecimal(cleaned.strip());
        } catch (NumberFormatException | ArithmeticException e) {
            errors.add(field, percent ? "plan.progress.error.percent" : "plan.progress.error.number", typed);
            return Figure.NONE;
        }
        if (value.signum() < 0 || value.compareTo(MAX) >= 0) {
            errors.add(field, percent ? "plan.progress.error.percent" : "plan.progress.error.number", typed);
        } else if (percent && value.compareTo(HUNDRED) > 0) {
            errors.add(field, "plan.progress.error.percentRange", typed);
        } else if (value.stripTrailingZeros().scale() > 2) {
            errors.add(field, "plan.progress.error.decimals", typed);
        } else {
            return new Figure(Quantity.canonical(value), null);
        }
        return Figure.NONE;
    }

    private static Figure day(String text, FiscalYear year, int quarter, LocalDate today, String field, FormErrors errors) {
        LocalDate day = FormDates.read(text);
        if (day == null) {
            errors.add(field, "plan.progress.error.date", text);
            return Figure.NONE;
        }
        LocalDate from = year.quarterStart(quarter);
        LocalDate to = year.quarterEnd(quarter);
        if (day.isBefore(from) || day.isAfter(to)) {
            errors.add(field, "plan.progress.error.dateQuarter", dayFirst(day), dayFirst(from), dayFirst(to));
            return Figure.NONE;
        }
        if (day.isAfter(today)) {
            errors.add(field, "plan.progress.error.dateFuture", dayFirst(day));
            return Figure.NONE;
        }
        return new Figure(null, day);
    }

    /**
     * Whether the figure needs an override reason: it differs from what the system proposed (a day
     * compared as its epoch day). No proposal, or no figure, needs none.
     */
    static boolean needsReason(Figure figure, BigDecimal proposed) {
        return proposed != null && !figure.blank() && figure.quantity().compareTo(proposed) != 0;
    }

    /** A figure of a unit in words with Latin digits (the page shows its own): 61, 97.76%, 01-10-2023, 1 for yes. */
    static String shown(IndicatorUnit unit, BigDecimal value) {
        return switch (unit) {
            case DATE -> dayFirst(Quantity.toDate(value));
            case PERCENT -> Quantity.canonical(value).toPlainString() + "%";
            default -> Quantity.canonical(value).toPlainString();
        };
    }

    /** 01-10-2023: Latin digits, the page shows them in its own. */
    static String dayFirst(LocalDate day) {
        return "%02d-%02d-%04d".formatted(day.getDayOfMonth(), day.getMonthValue(), day.getYear());
    }
}
