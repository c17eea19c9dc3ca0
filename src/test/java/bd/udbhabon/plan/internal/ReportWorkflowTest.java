package bd.udbhabon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.access.Permission;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.plan.PlanReport.Status;
import bd.udbhabon.plan.internal.ReportWorkflow.Step;
import bd.udbhabon.shell.UserFacingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The quarterly report's workflow, every step from every state: where it leads, or the message it is refused with. Pure, no Spring. */
class ReportWorkflowTest {

    @ParameterizedTest(name = "{1} from {0} → {2}")
    @CsvSource({
            "DRAFT,     SUBMIT,   SUBMITTED",
            "SUBMITTED, SUBMIT,   plan.report.error.alreadySubmitted",
            "RETURNED,  SUBMIT,   plan.report.error.returnedResubmit",
            "ACCEPTED,  SUBMIT,   plan.report.error.accepted",
            "DRAFT,     RESUBMIT, plan.report.error.notReturned",
            "SUBMITTED, RESUBMIT, plan.report.error.alreadySubmitted",
            "RETURNED,  RESUBMIT, SUBMITTED",
            "ACCEPTED,  RESUBMIT, plan.report.error.accepted",
            "DRAFT,     ACCEPT,   plan.report.error.notSubmitted",
            "SUBMITTED, ACCEPT,   ACCEPTED",
            "RETURNED,  ACCEPT,   plan.report.error.notSubmitted",
            "ACCEPTED,  ACCEPT,   plan.report.error.accepted",
            "DRAFT,     RETURN,   plan.report.error.notSubmitted",
            "SUBMITTED, RETURN,   RETURNED",
            "RETURNED,  RETURN,   plan.report.error.notSubmitted",
            "ACCEPTED,  RETURN,   plan.report.error.accepted",
    })
    void everyStepFromEveryState(Status from, Step step, String expected) {
        if (expected.startsWith("plan.")) {
            assertThat(ReportWorkflow.TRANSITIONS.allows(from, step)).isFalse();
            assertThatThrownBy(() -> ReportWorkflow.next(from, step)).isInstanceOfSatisfying(UserFacingException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.messageKey()).isEqualTo(expected);
            });
        } else {
            assertThat(ReportWorkflow.TRANSITIONS.allows(from, step)).isTrue();
            assertThat(ReportWorkflow.next(from, step)).isEqualTo(Status.valueOf(expected));
        }
    }

    @Test
    void theTableAboveCoversEveryStepAndState() {
        assertThat(Status.values().length * Step.values().length).isEqualTo(16);
    }

    @Test
    void aQuarterWithoutAReportStartsAsADraft() {
        assertThat(ReportWorkflow.START).isEqualTo(Status.DRAFT);
    }

    @Test
    void theHeadsSubmitIsAFirstSubmissionOrAReturnedReportsAgainAndOnlyThenMaySend() {
        assertThat(ReportWorkflow.sending(Status.DRAFT)).isEqualTo(Step.SUBMIT);
        assertThat(ReportWorkflow.sending(Status.RETURNED)).isEqualTo(Step.RESUBMIT);
        assertThat(ReportWorkflow.sending(Status.SUBMITTED)).isEqualTo(Step.SUBMIT);
        assertThat(ReportWorkflow.maySend(Status.DRAFT)).isTrue();
        assertThat(ReportWorkflow.maySend(Status.RETURNED)).isTrue();
        assertThat(ReportWorkflow.maySend(Status.SUBMITTED)).isFalse();
        assertThat(ReportWorkflow.maySend(Status.ACCEPTED)).isFalse();
    }

    @Test
    void everyStepNeedsTheHeadsPermissionAndOnlyAReturnNeedsAComment() {
        for (Step step : Step.values()) {
            assertThat(step.needs()).as(step.name()).isEqualTo(Permission.SUBMIT_PLAN_REPORTS);
            assertThat(step.needsComment()).as(step.name()).isEqualTo(step == Step.RETURN);
        }
        assertThat(Step.RESUBMIT.action()).isEqualTo(PlanReport.Action.SUBMIT);
        assertThat(Step.RETURN.action()).isEqualTo(PlanReport.Action.RETURN);
        assertThat(Step.ACCEPT.action()).isEqualTo(PlanReport.Action.ACCEPT);
    }
}
