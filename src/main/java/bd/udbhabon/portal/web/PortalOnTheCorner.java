package bd.udbhabon.portal.web;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.office.Office;
import bd.udbhabon.portal.internal.PortalRepository;
import bd.udbhabon.portal.internal.PortalService;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The office's portal completeness on its public corner (order 700): the latest quarter it answered, its own rate
 * and its offices below's, and the links it gave (pages of its own public portal); nothing when it never answered.
 */
@Component
class PortalOnTheCorner implements CornerSection {

    private final PortalService portal;
    private final PortalRepository repository;

    PortalOnTheCorner(PortalService portal, PortalRepository repository) {
        this.portal = portal;
        this.repository = repository;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        int[] latest = repository.latestAnswered(office.id());
        if (latest == null) {
            return Optional.empty();
        }
        FiscalYear year = new FiscalYear(latest[0]);
        return Optional.of(CornerFragment.of("portal/corner-section", "period", new Quarter(year, latest[1]),
                "own", portal.completeness(office.id(), year, latest[1]), "items", portal.items(year),
                "links", portal.links(office.id(), year, latest[1])));
    }
}
