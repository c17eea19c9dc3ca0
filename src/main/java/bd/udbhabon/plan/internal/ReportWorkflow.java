package bd.udbhabon.plan.internal;

import static bd.udbhabon.plan.PlanReport.Status.ACCEPTED;
import static bd.udbhabon.plan.PlanReport.Status.DRAFT;
import static bd.udbhabon.plan.PlanReport.Status.RETURNED;
import static bd.udbhabon.plan.PlanReport.Status.SUBMITTED;

import bd.udbhabon.access.Permission;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.shell.Transitions;

/**
 * A quarter's report upward, pure: the office's head submits it (a quarter without a report row is a
 * draft); the direct superior accepts it or returns it with a comment; a returned report is corrected
 * and submitted again. Sent once: a report with the superior or accepted is not submitted again.
 * Every step needs {@code SUBMIT_PLAN_REPORTS}: on the reporting office to send, on the superior to
 * review. Lateness is not a state: it is marked, never refused.
 */
final class ReportWorkflow {

    enum Step {
        SUBMIT, RESUBMIT, ACCEPT, RETURN;

        Permission needs() {
            return Permission.SUBMIT_PLAN_REPORTS;
        }

        /** As the history stores it (a resubmission is a submission again). */
        PlanReport.Action action() {
            return switch (this) {
                case SUBMIT, RESUBMIT -> PlanReport.Action.SUBMIT;
                case ACCEPT -> PlanReport.Action.ACCEPT;
                case RETURN -> PlanReport.Action.RETURN;
            };
        }

        /** Whether the step must say why (a return tells the office what to correct). */
        boolean needsComment() {
            return this == RETURN;
        }
    }

    /** A quarter with no report row yet. */
    static final PlanReport.Status START = DRAFT;

    static final Transitions<PlanReport.Status, Step> TRANSITIONS = Transitions.of(PlanReport.Status.class, Step.class)
            .allow(Step.SUBMIT, DRAFT, SUBMITTED)
            .refuse(Step.SUBMIT, RETURNED, "plan.report.error.returnedResubmit")
            .refuse(Step.SUBMIT, ACCEPTED, "plan.report.error.accepted")
            .refuse(Step.SUBMIT, "plan.report.error.alreadySubmitted")
            .allow(Step.RESUBMIT, RETURNED, SUBMITTED)
            .refuse(Step.RESUBMIT, ACCEPTED, "plan.report.error.accepted")
            .refuse(Step.RESUBMIT, SUBMITTED, "plan.report.error.alreadySubmitted")
            .refuse(Step.RESUBMIT, "plan.report.error.notReturned")
            .allow(Step.ACCEPT, SUBMITTED, ACCEPTED)
            .refuse(Step.ACCEPT, ACCEPTED, "plan.report.error.accepted")
            .refuse(Step.ACCEPT, "plan.report.error.notSubmitted")
            .allow(Step.RETURN, SUBMITTED, RETURNED)
            .refuse(Step.RETURN, ACCEPTED, "plan.report.error.accepted")
            .refuse(Step.RETURN, "plan.report.error.notSubmitted")
            .build();

    private ReportWorkflow() {
    }

    static PlanReport.Status next(PlanReport.Status from, Step step) {
        return TRANSITIONS.next(from, step);
    }

    /** The step the head's "submit" takes from {@code from}: a first submission, or a returned report's again. */
    static Step sending(PlanReport.Status from) {
        return from == RETURNED ? Step.RESUBMIT : Step.SUBMIT;
    }

    /** Whether the head may send it now (the page shows the button only then). */
    static boolean maySend(PlanReport.Status from) {
        return TRANSITIONS.allows(from, sending(from));
    }
}
