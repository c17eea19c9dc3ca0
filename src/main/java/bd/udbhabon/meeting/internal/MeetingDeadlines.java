package bd.udbhabon.meeting.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.meeting.MeetingSchedule;
import bd.udbhabon.meeting.MeetingStatus;
import bd.udbhabon.meeting.Meetings;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.reminder.DeadlineSource;
import bd.udbhabon.team.TeamCompliance;
import bd.udbhabon.team.Verdict;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The meetings' deadlines for reminders (issue 16, point 5): for every office with a team, the meeting due in the
 * cadence's current period (by its last day) unless one is held or planned in it, and the period just ended without
 * one (overdue: its superior is told after the policy's days). Older periods are the dashboards' to show, not to
 * remind of. Read through the schedule the meetings page shows ({@link Meetings#schedule}).
 */
@Component
class MeetingDeadlines implements DeadlineSource {

    private static final DateTimeFormatter ENGLISH = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);

    private final Meetings meetings;
    private final TeamCompliance compliance;
    private final OfficeDirectory offices;

    MeetingDeadlines(Meetings meetings, TeamCompliance compliance, OfficeDirectory offices) {
        this.meetings = meetings;
        this.compliance = compliance;
        this.offices = offices;
    }

    @Override
    public List<Deadline> open(LocalDate until) {
        LocalDate today = Dhaka.today();
        List<Long> withTeam = new ArrayList<>();
        offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream().findFirst()
                .ifPresent(cd -> compliance.forEachInScope(cd.id(), row -> {
                    if (row.verdict() != Verdict.NO_TEAM) {
                        withTeam.add(row.officeId());
                    }
                }));
        List<Deadline> deadlines = new ArrayList<>();
        for (long officeId : withTeam) {
            deadlines.addAll(of(officeId, today, until));
        }
        return deadlines;
    }

    /** The office's open meeting deadlines on {@code today}, those due by {@code until}. */
    List<Deadline> of(long officeId, LocalDate today, LocalDate until) {
        var schedule = meetings.schedule(officeId, today);
        if (schedule.isEmpty() || schedule.get().periods().isEmpty()) {
            return List.of();
        }
        List<MeetingSchedule.Period> periods = schedule.get().periods(); // the latest first
        List<Deadline> deadlines = new ArrayList<>();
        MeetingSchedule.Period current = periods.getFirst();
        if (current.state() == MeetingSchedule.State.DUE && !current.end().isAfter(until) && !planned(officeId, current)) {
            deadlines.add(deadline(officeId, current));
        }
        if (periods.size() > 1 && periods.get(1).state() == MeetingSchedule.State.OVERDUE) {
            deadlines.add(deadline(officeId, periods.get(1)));
        }
        return deadlines;
    }

    private boolean planned(long officeId, MeetingSchedule.Period period) {
        return meetings.list(officeId).stream().anyMatch(m -> m.status() != MeetingStatus.CANCELLED
                && !m.date().isBefore(period.start()) && !m.date().isAfter(period.end()));
    }

    private static Deadline deadline(long officeId, MeetingSchedule.Period period) {
        String bn = "ইনোভেশন টিমের সভা (কর্মপরিধি অনুযায়ী " + DualDate.gregorianDate(period.start()) + " থেকে "
                + DualDate.gregorianDate(period.end()) + "-এর মধ্যে)";
        String en = "Innovation team meeting (due by the cadence between " + ENGLISH.format(period.start()) + " and "
                + ENGLISH.format(period.end()) + ")";
        return new Deadline("meeting-due:" + officeId + ":" + period.end(), officeId, Permission.WRITE_RECORDS,
                period.end(), bn, en, "/offices/" + officeId + "/meetings/new");
    }

}
