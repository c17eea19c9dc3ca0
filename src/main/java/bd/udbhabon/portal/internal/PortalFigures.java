package bd.udbhabon.portal.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Portal completeness for the dashboards: per office and begun quarter, its own items with a link of the year's
 * checklist ({@code portal.items}, a rate). Every office gets a figure, those that answered nothing with 0, so that a
 * sum over a scope is that scope's rate as seed 003 prints it (an office below that said nothing is incomplete).
 */
@Component
class PortalFigures implements OfficeFigures {

    static final String ITEMS = "portal.items";

    private final PortalRepository repository;

    PortalFigures(PortalRepository repository) {
        this.repository = repository;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure(ITEMS, "ওয়েব পোর্টালের সম্পূর্ণতা", "Web portal completeness", true));
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of(PortalService.RECORD_TYPE);
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        int items = repository.items(year).size();
        if (items == 0 || year.start().isAfter(asOf)) {
            return List.of();
        }
        int lastQuarter = year.contains(asOf) ? year.quarterOf(asOf) : 4;
        return repository.ownDone(year, lastQuarter, officeIds).stream()
                .map(row -> new Figure(row[0], (int) row[1], ITEMS, row[2], items)).toList();
    }
}
