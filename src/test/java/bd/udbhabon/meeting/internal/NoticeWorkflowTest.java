package bd.udbhabon.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.meeting.NoticeState;
import bd.udbhabon.meeting.internal.NoticeWorkflow.Step;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

/** The notice's transition table and the changes a revised notice prints (issue 19, point 7); no Spring. */
class NoticeWorkflowTest {

    private static final NoticedWhen NOTICED = new NoticedWhen(LocalDate.of(2026, 3, 10), LocalTime.of(11, 0), "উপজেলা পরিষদ সভাকক্ষ", null);

    @Test
    void everyStepFromEveryState() {
        assertThat(NoticeWorkflow.next(NoticeState.NONE, Step.ISSUE)).isEqualTo(NoticeState.CURRENT);
        assertThat(NoticeWorkflow.next(NoticeState.NONE, Step.MOVE)).isEqualTo(NoticeState.NONE);
        assertThat(NoticeWorkflow.next(NoticeState.CURRENT, Step.MOVE)).isEqualTo(NoticeState.OUTDATED);
        assertThat(NoticeWorkflow.next(NoticeState.OUTDATED, Step.MOVE)).isEqualTo(NoticeState.OUTDATED);
        assertThat(NoticeWorkflow.next(NoticeState.OUTDATED, Step.REVISE)).isEqualTo(NoticeState.CURRENT);
        assertThat(NoticeWorkflow.TRANSITIONS.refusal(NoticeState.CURRENT, Step.ISSUE)).hasValue("meeting.error.noticeIssued");
        assertThat(NoticeWorkflow.TRANSITIONS.refusal(NoticeState.OUTDATED, Step.ISSUE)).hasValue("meeting.error.noticeIssued");
        assertThat(NoticeWorkflow.TRANSITIONS.refusal(NoticeState.NONE, Step.REVISE)).hasValue("meeting.error.noNotice");
        assertThat(NoticeWorkflow.TRANSITIONS.refusal(NoticeState.CURRENT, Step.REVISE)).hasValue("meeting.error.noticeCurrent");
        assertThatThrownBy(() -> NoticeWorkflow.next(NoticeState.CURRENT, Step.REVISE)).isInstanceOf(UserFacingException.class);
    }

    @Test
    void theStateIsWhatTheLastNoticeSaysAgainstTheMeeting() {
        assertThat(NoticeWorkflow.state(null, NOTICED)).isEqualTo(NoticeState.NONE);
        assertThat(NoticeWorkflow.state(NOTICED, NOTICED)).isEqualTo(NoticeState.CURRENT);
        NoticedWhen moved = new NoticedWhen(LocalDate.of(2026, 3, 12), LocalTime.of(11, 0), "উপজেলা পরিষদ সভাকক্ষ", null);
        assertThat(NoticeWorkflow.state(NOTICED, moved)).isEqualTo(NoticeState.OUTDATED);
        assertThat(NoticeWorkflow.state(moved, moved)).as("a revision that says it").isEqualTo(NoticeState.CURRENT);
    }

    @Test
    void theChangesAreWordedAsTheRevisedNoticePrintsThem() {
        NoticedWhen now = new NoticedWhen(LocalDate.of(2026, 3, 12), LocalTime.of(15, 0), "জেলা প্রশাসকের সম্মেলন কক্ষ",
                "https://meet.example.gov.bd/x");
        assertThat(NOTICED.changesTo(now)).containsExactly(
                "সভার তারিখ: ১০ মার্চ ২০২৬ খ্রি. (মঙ্গলবার)-এর পরিবর্তে ১২ মার্চ ২০২৬ খ্রি. (বৃহস্পতিবার)",
                "সভার সময়: " + bd.udbhabon.bangla.BanglaTime.ofDay(LocalTime.of(11, 0)) + "-এর পরিবর্তে "
                        + bd.udbhabon.bangla.BanglaTime.ofDay(LocalTime.of(15, 0)),
                "সভার স্থান: উপজেলা পরিষদ সভাকক্ষ-এর পরিবর্তে জেলা প্রশাসকের সম্মেলন কক্ষ (অনলাইনে: https://meet.example.gov.bd/x)");
        assertThat(NOTICED.changesTo(NOTICED)).isEmpty();
    }
}
