package bd.udbhabon.meeting;

import bd.udbhabon.bangla.BanglaNumbers;
import bd.udbhabon.bangla.FiscalYear;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The order of each meeting in its fiscal year, as minutes title it ("২০২৫-২০২৬ অর্থবছরের ২য় সভা"):
 * counted by date among the office's meetings that were not cancelled, so a cancelled meeting
 * leaves no gap. Computed, never stored, so a meeting moved to another date is counted where it is.
 */
public final class MeetingSerials {

    private MeetingSerials() {
    }

    /** Each meeting's serial in its fiscal year; cancelled meetings have none. */
    public static Map<Long, Integer> of(List<Meeting> meetings) {
        Map<Long, Integer> serials = new HashMap<>();
        Map<FiscalYear, Integer> counts = new HashMap<>();
        meetings.stream().filter(m -> m.status() != MeetingStatus.CANCELLED)
                .sorted(Comparator.comparing(Meeting::date).thenComparing(Meeting::startTime).thenComparing(Meeting::id))
                .forEach(m -> serials.put(m.id(), counts.merge(FiscalYear.of(m.date()), 1, Integer::sum)));
        return serials;
    }

    /** "২০২৫-২০২৬ অর্থবছরের ২য় সভা" / "meeting 2 of fiscal year 2025-2026". */
    public static String label(Meeting meeting, int serial, boolean bangla) {
        FiscalYear year = FiscalYear.of(meeting.date());
        return bangla ? year.longLabel() + " অর্থবছরের " + BanglaNumbers.ordinal(serial) + " সভা"
                : "meeting " + serial + " of fiscal year " + year.longLabelLatin();
    }
}
