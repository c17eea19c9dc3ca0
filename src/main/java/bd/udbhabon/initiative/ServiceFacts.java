package bd.udbhabon.initiative;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reading the services register (issue 15, point 3), for the corner and the roll-ups: an office's
 * services, and how many there are and how many run as last checked, for the office alone, over its
 * scope (itself and every office below it in either hierarchy, through {@code office_scope}), and for
 * each office directly below it over that office's own scope (the roll-up's drill-down).
 */
public interface ServiceFacts {

    /** How many services, and how many of them ran when last checked. */
    record Count(long total, long running) {

        public static final Count NONE = new Count(0, 0);

        public long notRunning() {
            return total - running;
        }
    }

    Optional<RegisteredService> service(long serviceId);

    /** The office's services by name (Bangla order). */
    List<RegisteredService> services(long officeId);

    Count count(long officeId);

    /** The office and every office in its scope. */
    Count countOverScope(long officeId);

    /** Each office directly below (by id) with the count over its own scope; offices with no service are left out. */
    Map<Long, Count> countBelow(long officeId);
}
