package bd.udbhabon.decision;

import static bd.udbhabon.decision.DecisionStatus.DROPPED;
import static bd.udbhabon.decision.DecisionStatus.IMPLEMENTED;
import static bd.udbhabon.decision.DecisionStatus.IN_PROGRESS;
import static bd.udbhabon.decision.DecisionStatus.NOT_STARTED;
import static org.assertj.core.api.Assertions.assertThat;

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
}
