package bd.udbhabon.plan;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The APA scoring rules, pure: an indicator's achievement against its five target columns gives the
 * percent of its weight it earns (100 at or beyond the best column; below the last filled column
 * nothing; between two columns by the {@link ScoreRule}); sections and the plan add up their
 * indicators. Dates score the other way round: earlier is better.
 */
public final class Scorer {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private final ScoreRule rule;

    public Scorer(ScoreRule rule) {
        this.rule = java.util.Objects.requireNonNull(rule);
    }

    public ScoreRule rule() {
        return rule;
    }

    /** The indicator's score for {@code achieved} (its figure to date or the year's; null: not reported, 0). */
    public Scores.IndicatorScore score(PlanTemplate.Indicator indicator, BigDecimal achieved) {
        TargetColumn reached = null;
        BigDecimal percent = BigDecimal.ZERO;
        if (achieved != null) {
            if (indicator.unit() == IndicatorUnit.YES_NO) {
                if (achieved.signum() > 0) {
                    reached = TargetColumn.EXCELLENT;
                    percent = HUNDRED;
                }
            } else {
                List<BigDecimal> targets = indicator.targets().columns();
                boolean lowerIsBetter = indicator.unit().lowerIsBetter();
                int filled = indicator.targets().filled();
                for (int i = 0; i < filled; i++) {
                    if (atLeast(achieved, targets.get(i), lowerIsBetter)) {
                        reached = TargetColumn.values()[i];
                        percent = i == 0 || rule == ScoreRule.STEP ? reached.percentValue()
                                : between(achieved, targets.get(i), targets.get(i - 1), TargetColumn.values()[i - 1]);
                        break;
                    }
                }
            }
        }
        percent = percent.setScale(2, RoundingMode.HALF_UP);
        BigDecimal score = indicator.weight().multiply(percent).divide(HUNDRED, 2, RoundingMode.HALF_UP);
        return new Scores.IndicatorScore(indicator.code(), indicator.weight(), achieved, reached, percent, score, rule);
    }

    /** Sections and the plan from each indicator's figure ({@code achieved} may answer null). */
    public Scores.PlanScore score(TemplateContent plan, Function<IndicatorCode, BigDecimal> achieved) {
        List<Scores.SectionScore> sections = new ArrayList<>();
        BigDecimal total = BigDecimal.ZERO;
        for (PlanTemplate.Section section : plan.sections()) {
            List<Scores.IndicatorScore> indicators = section.indicators()
                    .map(indicator -> score(indicator, achieved.apply(indicator.code()))).toList();
            BigDecimal sum = indicators.stream().map(Scores.IndicatorScore::score).reduce(BigDecimal.ZERO, BigDecimal::add);
            sections.add(new Scores.SectionScore(section.number(), section.weight(), sum, indicators));
            total = total.add(sum);
        }
        return new Scores.PlanScore(plan.totalWeight(), total, rule, List.copyOf(sections));
    }

    public Scores.PlanScore score(TemplateContent plan, Map<IndicatorCode, BigDecimal> achieved) {
        return score(plan, achieved::get);
    }

    private static boolean atLeast(BigDecimal achieved, BigDecimal target, boolean lowerIsBetter) {
        int c = achieved.compareTo(target);
        return lowerIsBetter ? c <= 0 : c >= 0;
    }

    /**
     * The percent between column {@code lower} (reached, at {@code lowerTarget}) and the better one
     * above it: the same fraction of the way between their percents as the figure is between their
     * targets (the signs cancel for days, where the better target is the smaller).
     */
    private BigDecimal between(BigDecimal achieved, BigDecimal lowerTarget, BigDecimal upperTarget, TargetColumn upper) {
        TargetColumn lower = TargetColumn.values()[upper.ordinal() + 1];
        BigDecimal fraction = achieved.subtract(lowerTarget)
                .divide(upperTarget.subtract(lowerTarget), MathContext.DECIMAL64);
        return lower.percentValue().add(upper.percentValue().subtract(lower.percentValue()).multiply(fraction));
    }
}
