package bd.udbhabon.meeting;

import java.time.LocalDate;
import java.util.List;

/**
 * What an office's meetings and minutes were over a period, for figures other modules report (the action
 * plan's system measures, issue 14, point 6). No access checks: counts and days only, read as of the
 * period's last day.
 */
public interface MeetingFacts {

    /**
     * The meetings held in a period against what the cadence asked.
     *
     * @param held the days of the meetings held (attendance recorded) from the first day to the last, in order
     * @param due  the periods the cadence asked a meeting in (months or quarters, each under the notification
     *             in force on its first day) that overlap the period, from the team's formation; 0 without a team
     * @param met  of those, the ones with a meeting held
     * @param team whether the office had a team on the period's last day
     */
    record HeldAgainstCadence(List<LocalDate> held, int due, int met, boolean team) {
        public HeldAgainstCadence {
            held = List.copyOf(held);
        }
    }

    /**
     * A meeting's minutes as first issued (a correction issued later is not counted again).
     *
     * @param publishedOn the day they went on the office's public innovation corner
     */
    record IssuedMinutes(long meetingId, LocalDate meetingDate, String memoNumber, LocalDate issuedOn, LocalDate publishedOn) {
    }

    HeldAgainstCadence heldAgainstCadence(long officeId, LocalDate from, LocalDate to);

    /** The meetings whose minutes were first issued from {@code from} to {@code to}, by day issued. */
    List<IssuedMinutes> minutesIssued(long officeId, LocalDate from, LocalDate to);

    /** The meetings whose minutes were first published on the corner from {@code from} to {@code to}, by day published. */
    List<IssuedMinutes> minutesPublished(long officeId, LocalDate from, LocalDate to);
}
