package bd.udbhabon.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.UserFacingException;
import org.junit.jupiter.api.Test;

class InitiativeWorkflowTests {

    @Test
    void theOrdinaryCourseIsOneStageForwardWithoutAReason() {
        for (Stage from = Stage.IDEA; from != Stage.RUNNING; from = from.next().orElseThrow()) {
            assertThat(InitiativeWorkflow.needsReason(from, from.next().orElseThrow())).as(from.name()).isFalse();
        }
        InitiativeWorkflow.check(Stage.PILOT, Stage.ASSESSMENT, null);
    }

    @Test
    void skippingGoingBackStoppingAndResumingNeedTheirReason() {
        assertRefused(Stage.IDEA, Stage.PILOT, "initiative.error.skipReason");
        assertRefused(Stage.ASSESSMENT, Stage.PILOT, "initiative.error.backReason");
        assertRefused(Stage.PILOT, Stage.STOPPED, "initiative.error.stopReason");
        assertRefused(Stage.STOPPED, Stage.PILOT, "initiative.error.resumeReason");
        InitiativeWorkflow.check(Stage.IDEA, Stage.PILOT, "জেলা প্রশাসকের সিদ্ধান্তে সরাসরি পাইলটিং");
        InitiativeWorkflow.check(Stage.PILOT, Stage.STOPPED, "বাজেট নেই");
    }

    @Test
    void theStageItIsInIsNoMove() {
        assertRefused(Stage.PILOT, Stage.PILOT, "initiative.error.sameStage");
    }

    private static void assertRefused(Stage from, Stage to, String key) {
        assertThatThrownBy(() -> InitiativeWorkflow.check(from, to, " "))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
