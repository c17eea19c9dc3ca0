package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.Calculation;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.plan.Targets;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** An indicator's targets per quarter as typed, read against its year's target (pure; part of {@link PlanRules}). */
final class QuarterTargets {

    static final List<String> QUARTER_FIELDS = List.of("q1", "q2", "q3", "q4");

    private QuarterTargets() {
    }

    /**
     * The quarters' targets where the unit needs them (a count or a percent, summed or cumulated): all
     * four or none; summed, they add up to the year's (best column) target; cumulated, they never go
     * down and the fourth is the year's target. Null when none are set or they are wrong.
     */
    static List<BigDecimal> read(List<String> cells, IndicatorUnit unit, Calculation calculation, Targets targets,
                                 FormErrors errors) {
        if (!PlanRules.needsQuarters(unit, calculation)) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                errors.add("quarters", "plan.error.quartersNotUsed");
            }
            return null;
        }
        if (cells.stream().allMatch(TargetCells::blank)) {
            return null;
        }
        List<BigDecimal> values = new ArrayList<>();
        for (int q = 0; q < 4; q++) {
            String cell = cells.get(q);
            if (TargetCells.blank(cell)) {
                errors.add(QUARTER_FIELDS.get(q), "plan.error.quarterNeeded");
                values.add(null);
            } else {
                values.add(TargetCells.number(cell, unit, QUARTER_FIELDS.get(q), errors));
            }
        }
        if (values.contains(null)) {
            return null;
        }
        if (calculation == Calculation.CUMULATIVE) {
            for (int q = 1; q < 4; q++) {
                if (values.get(q).compareTo(values.get(q - 1)) < 0) {
                    errors.add(QUARTER_FIELDS.get(q), "plan.error.quarterCumulativeDown");
                    return null;
                }
            }
        }
        BigDecimal year = targets == null ? null : targets.column(TargetColumn.EXCELLENT);
        BigDecimal annual = calculation.annual(values);
        if (year != null && annual.compareTo(year) != 0) {
            errors.add("quarters", calculation == Calculation.SUM ? "plan.error.quarterSum" : "plan.error.quarterCumulativeEnd",
                    TemplateRules.plain(annual), TemplateRules.plain(year));
            return null;
        }
        return List.copyOf(values);
    }

}
