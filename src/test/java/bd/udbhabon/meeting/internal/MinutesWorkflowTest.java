package bd.udbhabon.meeting.internal;

import static bd.udbhabon.meeting.MinutesStatus.APPROVED;
import static bd.udbhabon.meeting.MinutesStatus.CIRCULATED;
import static bd.udbhabon.meeting.MinutesStatus.DRAFT;
import static bd.udbhabon.meeting.MinutesStatus.ISSUED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.access.Permission;
import bd.udbhabon.document.Minutes;
import bd.udbhabon.meeting.MinutesContent;
import bd.udbhabon.meeting.MinutesStatus;
import bd.udbhabon.meeting.MinutesVersion;
import bd.udbhabon.meeting.internal.MinutesWorkflow.Step;
import bd.udbhabon.shell.UserFacingException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The minutes' workflow, every step from every state: where it leads, or the message it is refused with. Pure, no Spring. */
class MinutesWorkflowTest {

    @ParameterizedTest(name = "{1} from {0} → {2}")
    @CsvSource({
            "DRAFT,      EDIT,                   DRAFT",
            "CIRCULATED, EDIT,                   CIRCULATED",
            "APPROVED,   EDIT,                   DRAFT",
            "ISSUED,     EDIT,                   minutes.error.issued",
            "DRAFT,      CIRCULATE,              CIRCULATED",
            "CIRCULATED, CIRCULATE,              minutes.error.notDraft",
            "APPROVED,   CIRCULATE,              minutes.error.notDraft",
            "ISSUED,     CIRCULATE,              minutes.error.notDraft",
            "DRAFT,      COMMENT,                minutes.error.notCirculated",
            "CIRCULATED, COMMENT,                CIRCULATED",
            "APPROVED,   COMMENT,                minutes.error.notCirculated",
            "ISSUED,     COMMENT,                minutes.error.notCirculated",
            "DRAFT,      APPROVE,                APPROVED",
            "CIRCULATED, APPROVE,                APPROVED",
            "APPROVED,   APPROVE,                minutes.error.notDraft",
            "ISSUED,     APPROVE,                minutes.error.notDraft",
            "DRAFT,      ISSUE,                  minutes.error.notApproved",
            "CIRCULATED, ISSUE,                  minutes.error.notApproved",
            "APPROVED,   ISSUE,                  ISSUED",
            "ISSUED,     ISSUE,                  minutes.error.issued",
            "DRAFT,      CORRECT,                minutes.error.notIssued",
            "CIRCULATED, CORRECT,                minutes.error.notIssued",
            "APPROVED,   CORRECT,                minutes.error.notIssued",
            "ISSUED,     CORRECT,                ISSUED",
            "DRAFT,      RECORD_SENT_TO_CABINET, minutes.error.notIssued",
            "CIRCULATED, RECORD_SENT_TO_CABINET, minutes.error.notIssued",
            "APPROVED,   RECORD_SENT_TO_CABINET, minutes.error.notIssued",
            "ISSUED,     RECORD_SENT_TO_CABINET, ISSUED",
    })
    void everyStepFromEveryState(MinutesStatus from, Step step, String expected) {
        if (expected.startsWith("minutes.")) {
            assertThat(MinutesWorkflow.TRANSITIONS.allows(from, step)).isFalse();
            assertThatThrownBy(() -> MinutesWorkflow.next(from, step)).isInstanceOfSatisfying(UserFacingException.class, e -> {
                assertThat(e.status()).isEqualTo(400);
                assertThat(e.messageKey()).isEqualTo(expected);
            });
        } else {
            assertThat(MinutesWorkflow.TRANSITIONS.allows(from, step)).isTrue();
            assertThat(MinutesWorkflow.next(from, step)).isEqualTo(MinutesStatus.valueOf(expected));
        }
    }

    @Test
    void theTableAboveCoversEveryStepAndState() {
        assertThat(MinutesStatus.values().length * Step.values().length).isEqualTo(28);
    }

    @Test
    void whoMayTakeEachStep() {
        assertThat(Step.APPROVE.mayBeTakenBy(Set.of(Permission.APPROVE_MINUTES)::contains)).isTrue();
        assertThat(Step.APPROVE.mayBeTakenBy(Set.of(Permission.WRITE_RECORDS)::contains)).isFalse();
        assertThat(Step.COMMENT.mayBeTakenBy(Set.of(Permission.COMMENT)::contains)).isTrue();
        assertThat(Step.COMMENT.mayBeTakenBy(Set.of(Permission.WRITE_RECORDS)::contains)).isTrue();
        assertThat(Step.COMMENT.mayBeTakenBy(Set.of(Permission.READ_RECORDS)::contains)).isFalse();
        for (Step step : EnumSet.complementOf(EnumSet.of(Step.APPROVE, Step.COMMENT))) {
            assertThat(step.mayBeTakenBy(Set.of(Permission.WRITE_RECORDS)::contains)).as(step.name()).isTrue();
            assertThat(step.mayBeTakenBy(Set.of(Permission.COMMENT, Permission.APPROVE_MINUTES, Permission.READ_RECORDS)::contains))
                    .as(step.name()).isFalse();
        }
    }

    @Test
    void aNewVersionStartsAsADraft() {
        assertThat(MinutesWorkflow.START).isEqualTo(DRAFT);
    }

    @Test
    void aSaveEditsTheOpenVersionOrStartsTheFirst() {
        assertThat(MinutesWorkflow.toEdit(List.of())).isEmpty();
        assertThat(MinutesWorkflow.toEdit(List.of(version(1, ISSUED, null), version(2, APPROVED, 1L)))).map(MinutesVersion::id).contains(2L);
        assertThatThrownBy(() -> MinutesWorkflow.toEdit(List.of(version(1, ISSUED, null), version(2, ISSUED, 1L))))
                .hasMessage("minutes.error.issued");
    }

    @Test
    void aCorrectionStartsFromTheLatestIssuedVersionWhenNoneIsOpen() {
        MinutesVersion first = version(1, ISSUED, null);
        MinutesVersion second = version(2, ISSUED, 1L);
        MinutesWorkflow.checkCorrection(List.of(first, second), second);
        assertThatThrownBy(() -> MinutesWorkflow.checkCorrection(List.of(first, second), first)).hasMessage("minutes.error.notLatest");
        MinutesVersion open = version(3, CIRCULATED, 2L);
        assertThatThrownBy(() -> MinutesWorkflow.checkCorrection(List.of(first, second, open), second))
                .hasMessage("minutes.error.correctionOpen");
        assertThatThrownBy(() -> MinutesWorkflow.checkCorrection(List.of(first, second, open), open))
                .hasMessage("minutes.error.notIssued");
    }

    private static MinutesVersion version(long id, MinutesStatus status, Long supersedes) {
        MinutesContent content = new MinutesContent(Minutes.Style.DECISION_TABLE, "t", null, List.of(), null, List.of(), null,
                "c", "d", null);
        return new MinutesVersion(id, 1, 1, (int) id, supersedes, status, content, null, null, null, null, null, null,
                List.of(), List.of(), null, null, null);
    }
}
