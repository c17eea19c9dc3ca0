package bd.udbhabon.plan;

import java.math.BigDecimal;
import java.util.List;

/** Scores as the APA computes them, each naming the rule that computed it. */
public final class Scores {

    private Scores() {
    }

    /**
     * One indicator's score.
     *
     * @param achieved the figure scored (a day as its epoch day), null when nothing was reported
     * @param reached  the best column the figure reaches, null below the last one
     * @param percent  of the weight earned: the column's, or between two columns by the rule; 0 below
     * @param score    weight × percent / 100, to two decimals
     */
    public record IndicatorScore(IndicatorCode code, BigDecimal weight, BigDecimal achieved, TargetColumn reached,
                                 BigDecimal percent, BigDecimal score, ScoreRule rule) {
    }

    /** A section's indicators and their sum. */
    public record SectionScore(int section, BigDecimal weight, BigDecimal score, List<IndicatorScore> indicators) {
    }

    /** The whole plan: its sections and their sum. */
    public record PlanScore(BigDecimal totalWeight, BigDecimal score, ScoreRule rule, List<SectionScore> sections) {
    }
}
