package bd.udbhabon.meeting.web;

import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.meeting.Meeting;
import bd.udbhabon.meeting.MeetingStatus;
import java.util.Comparator;
import java.util.List;

/**
 * The standing item on the last meeting's decisions, for a meeting's page and its API: the previous
 * held meeting of the office, the rate of its decisions as of this meeting's day, and the office's
 * decisions still open that day, carried to this one. Computed from the register, never typed.
 *
 * @param previous     the last held meeting before this one's day, or null
 * @param previousRate its decisions' rate as of this meeting's day, or null without a previous meeting
 */
record StandingItem(Meeting previous, Rate previousRate, List<Decision> carried) {

    /** {@code all} is every meeting of the meeting's office. */
    static StandingItem of(Meeting meeting, List<Meeting> all, Decisions decisions) {
        long officeId = meeting.officeId();
        Meeting previous = all.stream()
                .filter(m -> m.status() == MeetingStatus.HELD && m.date().isBefore(meeting.date()))
                .max(Comparator.comparing(Meeting::date).thenComparing(Meeting::id)).orElse(null);
        Rate rate = previous == null ? null : Rate.of(decisions.ofMeeting(previous.id(), meeting.date()).stream()
                .filter(d -> d.officeId() == officeId).map(Decision::status).toList());
        return new StandingItem(previous, rate, decisions.carriedInto(officeId, meeting.date()));
    }
}
