package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;

/** When the teams in effect on a day were formed, in bulk (the supervision dashboards' meeting figures). No access checks. */
public interface TeamFormations {

    /**
     * For each office with a team on {@code asOf}, the day its team was formed: the earliest issued order of the unbroken
     * run (after the latest dissolution) that leads to the order in effect, as the meetings' schedule counts from it.
     *
     * @param officeIds the offices asked, or null for every office
     */
    Map<Long, LocalDate> formedOn(Collection<Long> officeIds, LocalDate asOf);
}
