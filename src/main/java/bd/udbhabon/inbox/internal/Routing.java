package bd.udbhabon.inbox.internal;

import bd.udbhabon.inbox.InboxKind;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/** Pure: the offices an item from {@code from} goes to. Plain JUnit ({@code RoutingTest}). */
final class Routing {

    private Routing() {
    }

    /**
     * @param superiors  the sender's direct superiors in either hierarchy (may be empty: a ministry, a division)
     * @param addressee  the one office it is addressed to, when the sender named one (a plan report's reviewer)
     * @param cabinet    the Cabinet Division, or null in a registry without it
     */
    static Set<Long> recipients(InboxKind kind, long from, String fromLevel, Collection<Long> superiors, Long addressee,
                                Long cabinet) {
        Set<Long> to = new LinkedHashSet<>();
        if (addressee != null) {
            to.add(addressee);
        } else {
            to.addAll(superiors);
            if (to.isEmpty() && cabinet != null) {
                to.add(cabinet); // an office at the top of its hierarchy reports to the Cabinet Division
            }
        }
        if (cabinet != null && kind.toCabinetDivision(fromLevel)) {
            to.add(cabinet);
        }
        to.remove(from);
        return to;
    }
}
