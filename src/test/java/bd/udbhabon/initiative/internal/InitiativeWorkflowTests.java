package bd.udbhabon.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.UserFacingException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

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

    /** The stages named in a refusal are the reader's language's: an English message never prints "ধারণা". */
    @Test
    void aRefusalNamesTheStagesInTheReadersLanguage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("messages/initiative");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);
        assertThatThrownBy(() -> InitiativeWorkflow.check(Stage.IDEA, Stage.PILOT, null))
                .isInstanceOfSatisfying(UserFacingException.class, e -> {
                    assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.ENGLISH))
                            .isEqualTo("Moving from \"Idea\" to \"Pilot\" skips a stage; give the reason.");
                    assertThat(messages.getMessage(e.messageKey(), e.args(), Locale.forLanguageTag("bn")))
                            .isEqualTo("\"ধারণা\" থেকে \"পাইলটিং\" ধাপে যেতে মাঝের ধাপ বাদ পড়ছে; কারণ লিখুন।");
                });
    }

    private static void assertRefused(Stage from, Stage to, String key) {
        assertThatThrownBy(() -> InitiativeWorkflow.check(from, to, " "))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo(key));
    }
}
