package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A quarter's report of an office's plan to its direct superior (issue 14, point 3): its state, where it
 * went, when it was due, whether the first submission came late, the plan's score when it was sent,
 * every step, and the subordinates' state attached when it was sent. Q2's is also the half-yearly
 * self-assessment (the superior's review is its feedback), Q4's the year-end evaluation (its acceptance
 * the year's result).
 */
public record PlanReport(long id, long planId, long officeId, FiscalYear fiscalYear, int quarter, Status status,
                         Long superiorId, LocalDate dueOn, Instant submittedAt, boolean late, BigDecimal score,
                         ScoreRule scoreRule, List<Step> steps, List<Subordinate> subordinates) {

    public enum Status {
        /** Being prepared: not sent yet (also a quarter with no report row). */
        DRAFT,
        /** With the superior, waiting for its review. */
        SUBMITTED,
        /** Sent back with the superior's comment, to be corrected and submitted again. */
        RETURNED,
        /** Accepted by the superior. */
        ACCEPTED
    }

    /** What happened to a report: sent (again), accepted, or returned. */
    public enum Action {
        SUBMIT, ACCEPT, RETURN
    }

    /**
     * One step of its history.
     *
     * @param officeId the acting office (the reporting office for a submission, the superior for a review)
     * @param late     a submission after its due day, or a review after the review's due day
     */
    public record Step(Action action, Status status, String commentBn, long officeId, Long accountId, String accountNameBn,
                      Instant at, boolean late) {
    }

    /** An office reporting to this one, as it stood for the same quarter when the report was sent. */
    public enum SubordinateState {
        /** No plan for the year. */
        NO_PLAN,
        /** A plan, but no report for the quarter. */
        MISSING,
        DRAFT, SUBMITTED, RETURNED, ACCEPTED;

        /** Whether the superior has had the report (sent at least once). */
        public boolean received() {
            return this == SUBMITTED || this == RETURNED || this == ACCEPTED;
        }
    }

    public record Subordinate(long officeId, SubordinateState state, boolean late, BigDecimal score) {
    }

    /** A fiscal year's quarter, as a report is for. */
    public record Period(FiscalYear year, int quarter) {

        /** The latest quarter that has ended on {@code today}: the one whose report is due next or overdue. */
        public static Period lastEnded(LocalDate today) {
            FiscalYear year = FiscalYear.of(today);
            int current = year.quarterOf(today);
            return current == 1 ? new Period(year.previous(), 4) : new Period(year, current - 1);
        }
    }

    /** The subordinates whose report the superior has not had. */
    public List<Subordinate> notReceived() {
        return subordinates.stream().filter(s -> !s.state().received()).toList();
    }
}
