package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The notifications on innovation teams, as policy data. */
public interface Policies {

    /** Every notification, the newest in force first. */
    List<Notification> all();

    Optional<Notification> find(long id);

    /** The notification in force on {@code date}: the latest to take effect on or before it. */
    default Optional<Notification> inForce(LocalDate date) {
        return all().stream().filter(n -> !n.effectiveFrom().isAfter(date)).findFirst();
    }

    /**
     * The notification in force on {@code date} when it took effect after the one a team was formed
     * under: the team is to be re-formed under it (the 2025 notification asks every team formed under
     * 2023's to be re-formed). Empty when the team's notification is still the one in force.
     */
    default Optional<Notification> reformationUnder(long formedUnder, LocalDate date) {
        Optional<Notification> formed = find(formedUnder);
        return inForce(date).filter(n -> n.id() != formedUnder
                && formed.map(f -> n.effectiveFrom().isAfter(f.effectiveFrom())).orElse(true));
    }
}
