package bd.udbhabon.meeting.web;

import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.Meetings.MeetingInput;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The meeting form as typed: everything a string, so nothing typed is lost when it comes back. */
public record MeetingForm(String title, String chairName, String chairDesignation, String date, String startTime,
                          String place, String onlineLink, List<AgendaRow> agenda) {

    public record AgendaRow(String title, String presenter) {
    }

    /** Empty agenda rows offered below the typed ones; "more rows" adds twice as many. */
    static final int EMPTY_ROWS = 3;
    static final int MAX_ROWS = 40;

    static MeetingForm of(Meeting m) {
        return new MeetingForm(nz(m.titleBn()), m.chairNameBn(), m.chairDesignationBn(), m.date().toString(),
                m.startTime().toString(), nz(m.placeBn()), nz(m.onlineLink()),
                m.agenda().stream().map(a -> new AgendaRow(a.titleBn(), nz(a.presenterBn()))).toList());
    }

    static MeetingForm of(Map<String, String> form) {
        List<AgendaRow> rows = new ArrayList<>();
        int count = (int) Math.min(Math.max(parseLong(form.get("rows")), 0), MAX_ROWS);
        for (int i = 0; i < count; i++) {
            rows.add(new AgendaRow(nz(form.get("agenda_" + i)), nz(form.get("presenter_" + i))));
        }
        return new MeetingForm(nz(form.get("title")), nz(form.get("chairName")), nz(form.get("chairDesignation")),
                nz(form.get("date")), nz(form.get("startTime")), nz(form.get("place")), nz(form.get("onlineLink")), rows);
    }

    /** The meeting for the service; what cannot be read is reported in {@code errors} and left out. */
    MeetingInput input(FormErrors errors) {
        return input(errors, FormDates::read);
    }

    /** As {@link #input(FormErrors)}, reading the day with {@code days} (the API takes only yyyy-mm-dd). */
    MeetingInput input(FormErrors errors, Function<String, LocalDate> days) {
        LocalDate d = null;
        if (!date.isBlank()) {
            d = days.apply(date);
            if (d == null) {
                errors.add("date", "meeting.error.date");
            }
        }
        LocalTime t = null;
        if (!startTime.isBlank()) {
            try {
                t = LocalTime.parse(startTime.strip());
            } catch (DateTimeParseException e) {
                errors.add("startTime", "meeting.error.time");
            }
        }
        List<Meeting.AgendaItem> items = new ArrayList<>();
        for (AgendaRow row : agenda) {
            String itemTitle = Inputs.text(errors, "agenda", row.title(), 1000);
            String presenter = Inputs.text(errors, "agenda", row.presenter(), 300);
            if (itemTitle == null && presenter != null) {
                errors.add("agenda", "meeting.error.agendaTitle");
            } else if (itemTitle != null) {
                items.add(new Meeting.AgendaItem(itemTitle, presenter));
            }
        }
        // the lengths the meeting table allows (V9__meetings.sql)
        return new MeetingInput(Inputs.text(errors, "title", title, 300), Inputs.text(errors, "chairName", chairName, 200),
                Inputs.text(errors, "chairDesignation", chairDesignation, 300), d, t,
                Inputs.text(errors, "place", place, 500), Inputs.text(errors, "onlineLink", onlineLink, 1000), items);
    }

    /** The rows to show: those typed and a few empty ones. */
    List<AgendaRow> rowsWithRoom(int extra) {
        List<AgendaRow> rows = new ArrayList<>(agenda.stream().filter(r -> !r.title().isBlank() || !r.presenter().isBlank()).toList());
        for (int i = 0; i < extra && rows.size() < MAX_ROWS; i++) {
            rows.add(new AgendaRow("", ""));
        }
        return rows;
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static long parseLong(String text) {
        try {
            return text == null ? 0 : Long.parseLong(bd.udbhabon.bangla.BanglaDigits.toLatin(text.strip()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
