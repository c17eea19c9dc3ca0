package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Meetings counted in their fiscal year by date, cancelled ones left out. */
class MeetingSerialsTest {

    @Test
    void countedByDateWithinEachFiscalYearWithoutTheCancelled() {
        Meeting june = meeting(1, LocalDate.of(2023, 6, 19), MeetingStatus.HELD);
        Meeting august = meeting(2, LocalDate.of(2023, 8, 3), MeetingStatus.CANCELLED);
        Meeting october = meeting(3, LocalDate.of(2023, 10, 17), MeetingStatus.HELD);
        Meeting july = meeting(4, LocalDate.of(2023, 7, 20), MeetingStatus.PLANNED);

        var serials = MeetingSerials.of(List.of(october, august, june, july));

        assertThat(serials).containsEntry(1L, 1).containsEntry(4L, 1).containsEntry(3L, 2).doesNotContainKey(2L);
        assertThat(MeetingSerials.label(october, serials.get(3L), true)).isEqualTo("২০২৩-২০২৪ অর্থবছরের ২য় সভা");
        assertThat(MeetingSerials.label(june, serials.get(1L), true)).isEqualTo("২০২২-২০২৩ অর্থবছরের ১ম সভা");
        assertThat(MeetingSerials.label(october, 2, false)).isEqualTo("meeting 2 of fiscal year 2023-2024");
    }

    private static Meeting meeting(long id, LocalDate date, MeetingStatus status) {
        return new Meeting(id, 1, null, null, "সভাপতি", "পদবি", date, LocalTime.of(11, 0), "সভাকক্ষ", null, status, null, null,
                List.of(), List.of(), List.of());
    }
}
