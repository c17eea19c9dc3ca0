package bd.udbhabon.initiative.internal;

import bd.udbhabon.bangla.BanglaNumbers;
import bd.udbhabon.initiative.ProcessStep;
import bd.udbhabon.initiative.ProcessStep.Phase;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What the process before and after and the citizen's time, cost and visits must be, pure (issue 15, point 2).
 * Figures are read in Bangla or Latin digits ("১২.৫", "12,000"); a figure that is no number, negative, with
 * more than two decimals, or impossible (a case taking more than ten years, more than a thousand visits, a
 * crore of taka) is refused on its field. After worse than before is allowed: it is shown as a loss. Either
 * every figure is given or none (the process alone, not yet measured). A step row left blank is dropped;
 * problems name the row as the form numbered it ({@code before[2].text}).
 */
public final class TcvRules {

    /** Ten years: a case taking longer is a typing error, not a service. */
    public static final BigDecimal MAX_DAYS = BigDecimal.valueOf(3650);
    public static final int MAX_VISITS = 1000;
    /** One crore taka for one case of a citizen's service. */
    public static final BigDecimal MAX_COST = BigDecimal.valueOf(10_000_000);
    /** The column's own limit: ten crore cases a year. */
    public static final long MAX_CASES = 100_000_000;
    public static final int MAX_STEPS = 100;

    private TcvRules() {
    }

    /** A step row as typed. */
    public record Step(String text, String actor) {
    }

    /** The figures as typed, and the day they were measured. */
    public record Figures(String timeBefore, String timeAfter, String costBefore, String costAfter, String visitsBefore,
                          String visitsAfter, String casesPerYear, LocalDate measuredOn) {

        boolean blank() {
            return List.of(text(timeBefore), text(timeAfter), text(costBefore), text(costAfter), text(visitsBefore),
                    text(visitsAfter), text(casesPerYear)).stream().allMatch(String::isEmpty);
        }
    }

    /** The process and the TCV as they will be stored; {@code tcv} null when nothing was measured. */
    public record Checked(List<ProcessStep> before, List<ProcessStep> after, Tcv tcv) {
    }

    /** The cleaned process and TCV; {@code errors} collects every field refused. */
    public static Checked check(List<Step> before, List<Step> after, Figures figures, LocalDate today, FormErrors errors) {
        List<ProcessStep> stepsBefore = steps(Phase.BEFORE, "before", before, errors);
        List<ProcessStep> stepsAfter = steps(Phase.AFTER, "after", after, errors);
        return new Checked(stepsBefore, stepsAfter, figures == null || figures.blank() ? null : tcv(figures, today, errors));
    }

    private static List<ProcessStep> steps(Phase phase, String name, List<Step> typed, FormErrors errors) {
        List<ProcessStep> steps = new ArrayList<>();
        if (typed == null) {
            return steps;
        }
        for (int i = 0; i < typed.size(); i++) {
            Step row = typed.get(i);
            if (row == null) {
                continue;
            }
            String field = name + "[" + i + "].";
            String text = Inputs.text(errors, field + "text", row.text(), 1000);
            String actor = Inputs.text(errors, field + "actor", row.actor(), 300);
            if (text == null && actor != null) {
                errors.add(field + "text", "initiative.tcv.error.stepText");
            }
            if (text != null) {
                steps.add(new ProcessStep(phase, steps.size() + 1, text, actor));
            }
        }
        if (steps.size() > MAX_STEPS) {
            errors.add(name, "initiative.tcv.error.tooManySteps");
        }
        return steps;
    }

    private static Tcv tcv(Figures f, LocalDate today, FormErrors errors) {
        BigDecimal timeBefore = decimal(errors, "timeBefore", f.timeBefore(), MAX_DAYS, "initiative.tcv.error.timeTooLong");
        BigDecimal timeAfter = decimal(errors, "timeAfter", f.timeAfter(), MAX_DAYS, "initiative.tcv.error.timeTooLong");
        BigDecimal costBefore = decimal(errors, "costBefore", f.costBefore(), MAX_COST, "initiative.tcv.error.costTooHigh");
        BigDecimal costAfter = decimal(errors, "costAfter", f.costAfter(), MAX_COST, "initiative.tcv.error.costTooHigh");
        BigDecimal visitsBefore = whole(errors, "visitsBefore", f.visitsBefore(), BigDecimal.valueOf(MAX_VISITS), "initiative.tcv.error.tooManyVisits");
        BigDecimal visitsAfter = whole(errors, "visitsAfter", f.visitsAfter(), BigDecimal.valueOf(MAX_VISITS), "initiative.tcv.error.tooManyVisits");
        BigDecimal cases = whole(errors, "casesPerYear", f.casesPerYear(), BigDecimal.valueOf(MAX_CASES), "initiative.tcv.error.tooManyCases");
        if (f.measuredOn() == null) {
            errors.add("measuredOn", "initiative.error.required");
        } else if (f.measuredOn().isAfter(today)) {
            errors.add("measuredOn", "initiative.error.future");
        }
        if (timeBefore == null || timeAfter == null || costBefore == null || costAfter == null || visitsBefore == null
                || visitsAfter == null || cases == null || f.measuredOn() == null) {
            return null;
        }
        return new Tcv(timeBefore, timeAfter, costBefore, costAfter, visitsBefore.intValueExact(), visitsAfter.intValueExact(),
                cases.longValueExact(), f.measuredOn());
    }

    /** A figure of at most two decimals between 0 and {@code max}; null (and the field's error) otherwise. */
    static BigDecimal decimal(FormErrors errors, String field, String typed, BigDecimal max, String tooLarge) {
        BigDecimal value = number(errors, field, typed);
        if (value == null) {
            return null;
        }
        if (value.scale() > 2) {
            errors.add(field, "initiative.tcv.error.decimals");
            return null;
        }
        return within(errors, field, value, max, tooLarge);
    }

    /** A whole number between 0 and {@code max}. */
    static BigDecimal whole(FormErrors errors, String field, String typed, BigDecimal max, String tooLarge) {
        BigDecimal value = number(errors, field, typed);
        if (value == null) {
            return null;
        }
        if (value.scale() > 0) {
            errors.add(field, "initiative.tcv.error.notWhole");
            return null;
        }
        return within(errors, field, value, max, tooLarge);
    }

    private static BigDecimal within(FormErrors errors, String field, BigDecimal value, BigDecimal max, String tooLarge) {
        if (value.signum() < 0) {
            errors.add(field, "initiative.tcv.error.negative");
            return null;
        }
        if (value.compareTo(max) > 0) {
            errors.add(field, tooLarge);
            return null;
        }
        return value;
    }

    /** The typed text as a number (trailing zeros after the point dropped: "৩.৫০" is 3.5), or null with the field's error. */
    private static BigDecimal number(FormErrors errors, String field, String typed) {
        String text = text(typed).replace('\u2212', '-'); // the minus sign a word processor types
        if (text.isEmpty()) {
            errors.add(field, "initiative.error.required");
            return null;
        }
        try {
            BigDecimal value = BanglaNumbers.parseDecimal(text);
            if (value.scale() > 0) {
                value = value.stripTrailingZeros();
                value = value.scale() < 0 ? value.setScale(0) : value;
            }
            return value;
        } catch (NumberFormatException e) {
            errors.add(field, "initiative.tcv.error.notNumber", text.length() > 40 ? text.substring(0, 40) + "…" : text);
            return null;
        }
    }

    private static String text(String typed) {
        return typed == null ? "" : typed.strip();
    }
}
