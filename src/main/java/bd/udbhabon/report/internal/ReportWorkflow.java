package bd.udbhabon.report.internal;

import static bd.udbhabon.report.internal.AnnualReport.Status.APPROVED;
import static bd.udbhabon.report.internal.AnnualReport.Status.DRAFT;
import static bd.udbhabon.report.internal.AnnualReport.Status.ISSUED;

import bd.udbhabon.access.Permission;
import bd.udbhabon.shell.Transitions;

/**
 * The annual report's approval, pure: the office's writers draft it, edit its sections and redraft its figures while
 * it is a draft; the head approves it (or takes the approval back to edit again); an approved report is issued once as
 * the official paper. An issued report never changes: a second issue is refused with a clear message.
 */
public final class ReportWorkflow {

    public enum Step {
        EDIT, REDRAFT, APPROVE, REOPEN, ISSUE;

        /** The permission on the office the step needs: the head approves (as the plan's reports upward), writers do the rest. */
        public Permission needs() {
            return this == APPROVE || this == REOPEN ? Permission.SUBMIT_PLAN_REPORTS : Permission.WRITE_RECORDS;
        }
    }

    static final Transitions<AnnualReport.Status, Step> TRANSITIONS = Transitions.of(AnnualReport.Status.class, Step.class)
            .allow(Step.EDIT, DRAFT, DRAFT)
            .refuse(Step.EDIT, ISSUED, "report.error.issued")
            .refuse(Step.EDIT, "report.error.approvedNoEdit")
            .allow(Step.REDRAFT, DRAFT, DRAFT)
            .refuse(Step.REDRAFT, ISSUED, "report.error.issued")
            .refuse(Step.REDRAFT, "report.error.approvedNoEdit")
            .allow(Step.APPROVE, DRAFT, APPROVED)
            .refuse(Step.APPROVE, ISSUED, "report.error.issued")
            .refuse(Step.APPROVE, "report.error.alreadyApproved")
            .allow(Step.REOPEN, APPROVED, DRAFT)
            .refuse(Step.REOPEN, ISSUED, "report.error.issued")
            .refuse(Step.REOPEN, "report.error.notApproved")
            .allow(Step.ISSUE, APPROVED, ISSUED)
            .refuse(Step.ISSUE, ISSUED, "report.error.issued")
            .refuse(Step.ISSUE, "report.error.notApproved")
            .build();

    private ReportWorkflow() {
    }

    public static AnnualReport.Status next(AnnualReport.Status from, Step step) {
        return TRANSITIONS.next(from, step);
    }

    public static boolean allows(AnnualReport.Status from, Step step) {
        return TRANSITIONS.allows(from, step);
    }
}
