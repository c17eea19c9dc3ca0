package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaNumbers;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.Targets;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormDates;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

/**
 * The five target cells of an indicator as typed, read the same way for a template and for an office's
 * plan (pure): filled from the best column down (lower columns may be blank; none for yes/no), numbers and
 * percents in either digits ("৮৫%", "৪টি"), days day-first or ISO, each column strictly worse than the one
 * before (lower; for a day later, as earlier is better).
 */
final class TargetCells {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal MAX = BigDecimal.valueOf(1_000_000_000);

    private TargetCells() {
    }

    /** The five cells read and in order, or null after saying why, each problem on its column's name in {@code names}. */
    static Targets read(List<String> cells, IndicatorUnit unit, List<String> names, FormErrors errors) {
        BigDecimal[] values = new BigDecimal[5];
        if (unit == IndicatorUnit.YES_NO) {
            for (int i = 0; i < 5; i++) {
                if (!cells.get(i).isBlank()) {
                    errors.add(names.get(i), "plan.error.yesNoTargets");
                    return null;
                }
            }
            return Targets.NONE;
        }
        boolean ok = true;
        boolean blankSeen = false;
        for (int i = 0; i < 5; i++) {
            String cell = cells.get(i).strip();
            if (blank(cell)) {
                if (i == 0) {
                    errors.add(names.get(i), "plan.error.targetNeeded");
                    ok = false;
                }
                blankSeen = true;
                continue;
            }
            if (blankSeen) {
                errors.add(names.get(i), "plan.error.targetAfterBlank");
                ok = false;
                continue;
            }
            values[i] = unit == IndicatorUnit.DATE ? day(cell, names.get(i), errors) : number(cell, unit, names.get(i), errors);
            ok &= values[i] != null;
        }
        if (!ok) {
            return null;
        }
        for (int i = 1; i < 5 && values[i] != null; i++) {
            int c = values[i].compareTo(values[i - 1]);
            boolean ordered = unit.lowerIsBetter() ? c > 0 : c < 0;
            if (!ordered) {
                errors.add(names.get(i), unit == IndicatorUnit.DATE ? "plan.error.targetOrderDate" : "plan.error.targetOrder");
                return null;
            }
        }
        return new Targets(Arrays.asList(values));
    }

    /** A cell left empty (or a dash, as the annex tables write an empty column). */
    static boolean blank(String cell) {
        String c = cell == null ? "" : cell.strip();
        return c.isEmpty() || c.equals("-") || c.equals("–");
    }

    static BigDecimal day(String cell, String field, FormErrors errors) {
        LocalDate day = FormDates.read(cell);
        if (day == null) {
            errors.add(field, "plan.error.targetDate", cell);
            return null;
        }
        return Quantity.ofDate(day);
    }

    /** A count or a percent: not negative, at most two decimals, a percent at most 100; null after saying why. */
    static BigDecimal number(String cell, IndicatorUnit unit, String field, FormErrors errors) {
        String text = cell.replace("%", "").replace("টি", "").strip();
        String problem = unit == IndicatorUnit.PERCENT ? "plan.error.targetPercent" : "plan.error.targetNumber";
        try {
            BigDecimal value = BanglaNumbers.parseDecimal(text);
            if (value.signum() < 0 || value.scale() > 2 || unit == IndicatorUnit.PERCENT && value.compareTo(HUNDRED) > 0
                    || value.compareTo(MAX) >= 0) {
                errors.add(field, problem, cell);
                return null;
            }
            return Quantity.canonical(value);
        } catch (NumberFormatException e) {
            errors.add(field, problem, cell);
            return null;
        }
    }
}
