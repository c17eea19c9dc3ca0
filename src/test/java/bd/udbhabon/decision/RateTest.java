package bd.udbhabon.decision;

import static bd.udbhabon.decision.DecisionStatus.DROPPED;
import static bd.udbhabon.decision.DecisionStatus.IMPLEMENTED;
import static bd.udbhabon.decision.DecisionStatus.IN_PROGRESS;
import static bd.udbhabon.decision.DecisionStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The implementation rate as the minutes state it (seed 003, item 2). */
class RateTest {

    @Test
    void seed003SixTakenSixImplemented() {
        Rate rate = Rate.of(Collections.nCopies(6, IMPLEMENTED));
        assertThat(rate.percent()).hasValue(100);
        assertThat(rate.text(true)).isEqualTo("৬টি সিদ্ধান্তের মধ্যে ৬টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%");
        assertThat(rate.text(false)).isEqualTo("6 of 6 decisions implemented; implementation rate 100%");
        assertThat(rate.open()).isZero();
    }

    @Test
    void droppedDecisionsLeaveTheCountButAreNamed() {
        Rate rate = Rate.of(List.of(IMPLEMENTED, IMPLEMENTED, IMPLEMENTED, IMPLEMENTED, IMPLEMENTED, DROPPED));
        assertThat(rate.percent()).hasValue(100);
        assertThat(rate.text(true)).isEqualTo("৬টি সিদ্ধান্তের মধ্যে ১টি বাদ, ৫টি বাস্তবায়িত; বাস্তবায়নের হার ১০০%");
    }

    @Test
    void roundsHalfUpToAWholePercent() {
        assertThat(Rate.of(List.of(IMPLEMENTED, IMPLEMENTED, IN_PROGRESS)).percent()).hasValue(67);
        assertThat(Rate.of(List.of(IMPLEMENTED, NOT_STARTED, NOT_STARTED, NOT_STARTED, NOT_STARTED, NOT_STARTED,
                NOT_STARTED, NOT_STARTED)).percent()).hasValue(13);
        Rate fiveOfSix = Rate.of(List.of(IMPLEMENTED, IMPLEMENTED, IMPLEMENTED, IMPLEMENTED, IMPLEMENTED, IN_PROGRESS));
        assertThat(fiveOfSix.percent()).hasValue(83);
        assertThat(fiveOfSix.open()).isEqualTo(1);
    }

    @Test
    void noDecisionsIsNoRateNotZero() {
        assertThat(Rate.of(List.of()).percent()).isEmpty();
        assertThat(Rate.of(List.of()).text(true)).isEqualTo("কোনো সিদ্ধান্ত নেই");
        assertThat(Rate.of(List.of(DROPPED)).percent()).isEmpty();
        assertThat(Rate.of(List.of(DROPPED)).text(true)).contains("হার —");
    }

    @Test
    void minutesSentenceAsSeed003PrintsItWithOpenAndDroppedNamed() {
        assertThat(Rate.of(Collections.nCopies(6, IMPLEMENTED)).minutesSentenceBn())
                .isEqualTo("৬টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ৬টি সিদ্ধান্ত বাস্তবায়িত হয়। সিদ্ধান্ত বাস্তবায়ন হার ১০০% (৬টির মধ্যে ৬টি)।");
        assertThat(Rate.of(List.of(IMPLEMENTED, IN_PROGRESS, NOT_STARTED, DROPPED)).minutesSentenceBn())
                .isEqualTo("৪টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ১টি সিদ্ধান্ত বাস্তবায়িত হয়, ২টি বাস্তবায়নাধীন এবং ১টি বাদ দেওয়া হয়। "
                        + "সিদ্ধান্ত বাস্তবায়ন হার ৩৩% (৩টির মধ্যে ১টি)।");
        assertThat(Rate.of(List.of()).minutesSentenceBn()).isEqualTo("কোনো সিদ্ধান্ত গৃহীত হয়নি।");
    }

    @Test
    void decisionsNotYetDueAreNamedApartAndLeftOutOfTheRate() {
        LocalDate today = LocalDate.of(2023, 10, 17);
        Rate rate = Rate.ofDecisions(List.of(
                decision(IMPLEMENTED, LocalDate.of(2023, 12, 31), today),   // done early: counts
                decision(IN_PROGRESS, LocalDate.of(2023, 9, 30), today),    // overdue: counts against
                decision(NOT_STARTED, null, today),                         // no due day: due at once
                decision(IN_PROGRESS, LocalDate.of(2023, 12, 31), today),   // not yet due: apart
                decision(NOT_STARTED, today, today)));                      // due today: due, not overdue
        assertThat(rate).isEqualTo(new Rate(5, 1, 1, 2, 0, 1));
        assertThat(rate.due()).isEqualTo(4);
        assertThat(rate.percent()).hasValue(25);
        assertThat(rate.open()).as("carried over, not-yet-due too").isEqualTo(4);
        assertThat(rate.text(true)).isEqualTo("৫টি সিদ্ধান্তের মধ্যে ১টির মেয়াদ আসেনি, ১টি বাস্তবায়িত; বাস্তবায়নের হার ২৫%");
        assertThat(rate.text(false)).isEqualTo("1 of 5 decisions implemented, 1 not yet due; implementation rate 25%");
        assertThat(rate.minutesSentenceBn()).isEqualTo("৫টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ১টি সিদ্ধান্ত বাস্তবায়িত হয়, ৩টি বাস্তবায়নাধীন, "
                + "১টির মেয়াদ আসেনি। সিদ্ধান্ত বাস্তবায়ন হার ২৫% (৪টির মধ্যে ১টি)।");
    }

    @Test
    void nothingDueIsNoRateYet() {
        LocalDate today = LocalDate.of(2023, 7, 1);
        Rate rate = Rate.ofDecisions(List.of(decision(NOT_STARTED, LocalDate.of(2023, 9, 30), today)));
        assertThat(rate.percent()).isEmpty();
        assertThat(rate.text(true)).isEqualTo("১টি সিদ্ধান্তের মধ্যে ১টির মেয়াদ আসেনি, ০টি বাস্তবায়িত; বাস্তবায়নের হার —");
    }

    @Test
    void seed003SixOfSixStaysTheSameWithDueDaysPassed() {
        LocalDate october = LocalDate.of(2023, 10, 17);
        Rate rate = Rate.ofDecisions(Collections.nCopies(6, decision(IMPLEMENTED, LocalDate.of(2023, 9, 30), october)));
        assertThat(rate.minutesSentenceBn())
                .isEqualTo("৬টি সিদ্ধান্ত গৃহীত হয়। তন্মধ্যে ৬টি সিদ্ধান্ত বাস্তবায়িত হয়। সিদ্ধান্ত বাস্তবায়ন হার ১০০% (৬টির মধ্যে ৬টি)।");
    }

    private static Decision decision(DecisionStatus status, LocalDate due, LocalDate asOf) {
        return new Decision(1, 1, null, null, null, LocalDate.of(2023, 6, 19), null, "সিদ্ধান্ত", due, List.of(), asOf, status,
                LocalDate.of(2023, 6, 19), null);
    }
}
