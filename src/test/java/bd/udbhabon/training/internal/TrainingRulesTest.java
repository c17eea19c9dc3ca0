package bd.udbhabon.training.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.TrainingKind;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 15, point 7: what a training record must say, checked without a database. */
class TrainingRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2024, 2, 28);

    private static NewTraining training(TrainingKind kind, LocalDate day, int days, String topic, Long initiative, String visited,
                                       List<Long> officers, List<NewTraining.Guest> guests) {
        return new NewTraining(kind, day, days, topic, null, null, null, initiative, visited, officers, guests);
    }

    private static FormErrors check(NewTraining t) {
        FormErrors errors = new FormErrors();
        TrainingRules.check(t, TODAY, errors);
        return errors;
    }

    @Test
    void daysAreReadInEitherDigitsWithinAYear() {
        FormErrors errors = new FormErrors();
        assertThat(TrainingRules.days("৩", errors)).isEqualTo(3);
        assertThat(TrainingRules.days(" 12 ", errors)).isEqualTo(12);
        assertThat(TrainingRules.days("৩৬৫", errors)).isEqualTo(365);
        assertThat(errors.any()).isFalse();
        for (String bad : List.of("০", "366", "-2", "২.৫", "তিন", "1e3")) {
            FormErrors refused = new FormErrors();
            assertThat(TrainingRules.days(bad, refused)).as(bad).isZero();
            assertThat(refused.has("days")).as(bad).isTrue();
        }
        FormErrors missing = new FormErrors();
        TrainingRules.days("  ", missing);
        assertThat(missing.has("days")).isTrue();
    }

    @Test
    void anInitiativeIsNamedByItsNumberOrItsPageAddress() {
        FormErrors errors = new FormErrors();
        assertThat(TrainingRules.initiativeRef("৩৪৫", "initiative", errors)).isEqualTo(345L);
        assertThat(TrainingRules.initiativeRef("/offices/12/initiatives/345", "initiative", errors)).isEqualTo(345L);
        assertThat(TrainingRules.initiativeRef("https://udbhabon.gov.bd/offices/১২/initiatives/৩৪৫?lang=en", "initiative", errors)).isEqualTo(345L);
        assertThat(TrainingRules.initiativeRef("", "initiative", errors)).isNull();
        assertThat(errors.any()).isFalse();
        assertThat(TrainingRules.initiativeRef("/offices/12/trainings/7", "initiative", errors)).isNull();
        assertThat(errors.has("initiative")).isTrue();
    }

    @Test
    void aLearningSessionNamesTheInnovationItFollowedAndNothingElseDoes() {
        var guest = List.of(new NewTraining.Guest("জনাব আনিসুর রহমান", "উপপরিচালক"));
        assertThat(check(training(TrainingKind.LEARNING_SESSION, TODAY, 1, "লার্নিং সেশন", null, null, List.of(), guest)).has("initiative"))
                .isTrue();
        assertThat(check(training(TrainingKind.LEARNING_SESSION, TODAY, 1, "লার্নিং সেশন", 7L, null, List.of(), guest)).any()).isFalse();
        assertThat(check(training(TrainingKind.LEARNING_SESSION, TODAY, 1, "লার্নিং সেশন", null, "সিঙ্গাপুরের ই-সেবা", List.of(), guest)).any())
                .isFalse();
        assertThat(check(training(TrainingKind.WORKSHOP, TODAY, 1, "কর্মশালা", 7L, null, List.of(), guest)).has("initiative")).isTrue();
    }

    @Test
    void whatWasHeldIsDatedNotLaterThanTodayHasATopicAndSomeoneWhoTookPart() {
        FormErrors errors = check(training(null, TODAY.plusDays(1), 0, "  ", null, null, List.of(),
                List.of(new NewTraining.Guest("", ""), new NewTraining.Guest(" ", "প্রশিক্ষক"))));
        assertThat(errors.has("kind")).isTrue();
        assertThat(errors.has("heldOn")).isTrue();
        assertThat(errors.has("days")).isTrue();
        assertThat(errors.has("topicBn")).isTrue();
        assertThat(errors.has("guests[1].nameBn")).as("a designation without a name").isTrue();
        assertThat(check(training(TrainingKind.TRAINING, TODAY, 1, "প্রশিক্ষণ", null, null, List.of(), List.of())).has("participants"))
                .isTrue();
        assertThat(check(training(TrainingKind.TRAINING, null, 1, "প্রশিক্ষণ", null, null, List.of(5L), List.of())).has("heldOn")).isTrue();
    }

    @Test
    void theCleanedTrainingDropsBlankGuestRowsAndRepeatedOfficers() {
        FormErrors errors = new FormErrors();
        NewTraining clean = TrainingRules.check(training(TrainingKind.TRAINING, TODAY, 2, "  কর্মপরিকল্পনা বাস্তবায়ন  ", null, null,
                java.util.Arrays.asList(5L, 5L, null, 6L),
                List.of(new NewTraining.Guest("", ""), new NewTraining.Guest(" জনাব সালমা খাতুন ", ""))), TODAY, errors);
        assertThat(errors.any()).isFalse();
        assertThat(clean.topicBn()).isEqualTo("কর্মপরিকল্পনা বাস্তবায়ন");
        assertThat(clean.officerIds()).containsExactly(5L, 6L);
        assertThat(clean.guests()).containsExactly(new NewTraining.Guest("জনাব সালমা খাতুন", null));
    }
}
