package bd.udbhabon.team;

import java.time.LocalDate;

/** Whether an office had a team on a day, and how the notification then in force judges it. No access checks: figures only. */
public interface TeamStandings {

    TeamStanding on(long officeId, LocalDate date);
}
