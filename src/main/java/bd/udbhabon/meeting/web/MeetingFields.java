package bd.udbhabon.meeting.web;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The meeting form as Spring binds it: the agenda as rows named {@code agenda[0].title},
 * {@code agenda[0].presenter}, the day through the one day formatter; {@code action} is "more" for more
 * rows. The lengths and the rest are {@link MeetingForm#input}'s checks, which the API shares.
 */
record MeetingFields(String title, String chairName, String chairDesignation, LocalDate date, String startTime,
                     String place, String onlineLink, List<MeetingForm.AgendaRow> agenda, String action) {

    MeetingFields {
        // a row left out of the numbering comes as null; more than the form offers is not read
        agenda = agenda == null ? List.of() : agenda.stream().filter(Objects::nonNull).limit(MeetingForm.MAX_ROWS).toList();
    }
}
