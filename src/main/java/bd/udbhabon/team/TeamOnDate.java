package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.List;

/** A team as it stood on a day: the order then in effect and its members with that day's holders. */
public record TeamOnDate(long officeId, LocalDate date, TeamOrder order, List<TeamMember> members) {
    public TeamOnDate {
        members = List.copyOf(members);
    }
}
