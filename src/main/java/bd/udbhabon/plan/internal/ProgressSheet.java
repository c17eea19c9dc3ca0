package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Scores;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarter's progress as the page shows it: every indicator of the plan's current version with its
 * targets, the earlier quarters and the figure to date, this quarter's entry and evidence, the system's
 * proposal, and the scores to date (the year's at the fourth quarter) with the rule that computed them.
 *
 * @param reportStatus the quarter's report state (DRAFT, SUBMITTED, RETURNED, ACCEPTED), null when none was begun
 * @param locked       submitted or accepted: the quarter's progress no longer changes
 * @param dueOn        the day the quarter's report is due (the APA calendar)
 */
public record ProgressSheet(ActionPlan plan, int quarter, String reportStatus, boolean locked, LocalDate dueOn,
                            Scores.PlanScore scores, List<Row> rows) {

    /**
     * One indicator.
     *
     * @param quarterTarget the office's target for this quarter, if it set one
     * @param quarters      the figures stored for quarters 1-4 (a day as its epoch day; null where none)
     * @param toDate        the figure to the end of this quarter by the indicator's calculation, null if none
     * @param entry         this quarter's entry as stored, null when none
     * @param proposal      what the system proposes for this quarter, null when it knows nothing
     */
    public record Row(PlanTemplate.Indicator indicator, BigDecimal quarterTarget, List<BigDecimal> quarters, BigDecimal toDate,
                      Entry entry, Proposal proposal, Scores.IndicatorScore score, List<Evidence> evidence) {
    }

    /** This quarter's entry as stored: the figure, the note, and what was proposed then and why it was overridden. */
    public record Entry(BigDecimal figure, String noteBn, BigDecimal proposed, String proposedSourceBn, String proposedSourceEn,
                        String overrideReasonBn) {

        public boolean overridden() {
            return overrideReasonBn != null;
        }

        public String proposedSource(boolean bangla) {
            return bangla || proposedSourceEn == null ? proposedSourceBn : proposedSourceEn;
        }
    }

    /** A figure the system knows for the quarter, with its source in words. */
    public record Proposal(BigDecimal value, String sourceBn, String sourceEn) {

        public String source(boolean bangla) {
            return bangla || sourceEn == null ? sourceBn : sourceEn;
        }
    }

    public record Evidence(long id, String fileName, int size) {
    }

    /** The section's score to date. */
    public Scores.SectionScore section(int number) {
        return scores.sections().stream().filter(s -> s.section() == number).findFirst().orElseThrow();
    }

    /** The year's figures: the fourth quarter's page shows the year's result. */
    public boolean annual() {
        return quarter == 4;
    }

    /** Anything of this quarter stored yet (the page says "draft" then). */
    public boolean anyEntry() {
        return rows.stream().anyMatch(r -> r.entry() != null);
    }
}
