package bd.udbhabon.plan.internal;

import static bd.udbhabon.plan.ActionPlan.Status.APPROVED;
import static bd.udbhabon.plan.ActionPlan.Status.DRAFT;
import static bd.udbhabon.plan.ActionPlan.Status.ISSUED;

import bd.udbhabon.access.Permission;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.shell.Transitions;

/**
 * A plan version's workflow, pure: drafted by the office's writers, approved in the monthly
 * coordination meeting (recorded by a writer: which meeting, when), issued as a paper; an issued
 * version never changes and is revised by the next version, a draft again, with its reason. Editing an
 * approved version takes it back to a draft (the meeting approved what it read).
 */
final class PlanWorkflow {

    enum Step {
        EDIT(Permission.WRITE_RECORDS),
        APPROVE(Permission.WRITE_RECORDS),
        ISSUE(Permission.WRITE_RECORDS),
        REVISE(Permission.WRITE_RECORDS);

        private final Permission needs;

        Step(Permission needs) {
            this.needs = needs;
        }

        Permission needs() {
            return needs;
        }
    }

    static final ActionPlan.Status START = DRAFT;

    static final Transitions<ActionPlan.Status, Step> TRANSITIONS = Transitions.of(ActionPlan.Status.class, Step.class)
            .allow(Step.EDIT, DRAFT, DRAFT).allow(Step.EDIT, APPROVED, DRAFT)
            .refuse(Step.EDIT, "plan.error.versionIssued")
            .allow(Step.APPROVE, DRAFT, APPROVED).allow(Step.APPROVE, APPROVED, APPROVED)
            .refuse(Step.APPROVE, "plan.error.versionIssued")
            .allow(Step.ISSUE, APPROVED, ISSUED)
            .refuse(Step.ISSUE, ISSUED, "plan.error.versionIssued").refuse(Step.ISSUE, "plan.error.notApproved")
            // the issued version stays; the revision is a new version from START
            .allow(Step.REVISE, ISSUED, ISSUED)
            .refuse(Step.REVISE, "plan.error.notIssued")
            .build();

    private PlanWorkflow() {
    }
}
