package bd.udbhabon.initiative.web;

import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.initiative.internal.InitiativeCornerQueries;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The office's initiatives on its public corner (issue 15, point 8): its running initiatives (running or being scaled
 * up) and its services (the running ones with their links, and how many of all run); for a district or a division, the
 * running initiatives of the offices below it, district by district (seed 003 item 3). Left out when there is nothing.
 */
@Component
class InitiativesOnTheCorner implements CornerSection {

    private final InitiativeCornerQueries corner;

    InitiativesOnTheCorner(InitiativeCornerQueries corner) {
        this.corner = corner;
    }

    @Override
    public int order() {
        return 320;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        var running = corner.running(office.id());
        var services = corner.services(office.id());
        boolean districtWise = office.level() == OfficeLevel.DISTRICT || office.level() == OfficeLevel.DIVISION;
        List<InitiativeCornerQueries.District> below = districtWise ? corner.byDistrict(office.id()) : List.of();
        if (running.isEmpty() && services.total() == 0 && below.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(CornerFragment.of("initiative/corner-section", "running", running, "services", services,
                "districtWise", districtWise, "below", below));
    }
}
