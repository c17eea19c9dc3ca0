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
}
