package bd.udbhabon.portal.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.portal.Completeness;
import bd.udbhabon.report.ReportSection;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The annual report's section on portal completeness (order 700): each begun quarter's own rate and the offices
 * below's, as seed 003 prints them, a bar per quarter of the own rate, and a draft sentence on the latest quarter
 * answered.
 */
@Component
class PortalReportSection implements ReportSection {

    private final PortalRepository repository;

    PortalReportSection(PortalRepository repository) {
        this.repository = repository;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public Optional<Part> draft(Office office, FiscalYear year, LocalDate today) {
        if (repository.items(year).isEmpty() || year.start().isAfter(today)) {
            return Optional.empty();
        }
        int last = year.contains(today) ? year.quarterOf(today) : 4;
        List<Figure> figures = new ArrayList<>();
        List<Bar> chart = new ArrayList<>();
        Completeness latest = null;
        int latestQuarter = 1;
        for (int q = 1; q <= last; q++) {
            Completeness c = repository.completeness(List.of(office.id()), year, q).get(office.id());
            String quarter = PortalText.quarterBn(q);
            figures.add(new Figure("নিজ পোর্টাল, " + quarter, "Own portal, " + PortalText.quarterEn(q), c.ownDone(), (long) c.items()));
            if (c.officesBelow() > 0) {
                figures.add(new Figure("আওতাধীন অফিসের পোর্টাল, " + quarter, "Offices below, " + PortalText.quarterEn(q),
                        c.belowDone(), c.belowAsked()));
            }
            chart.add(new Bar(PortalText.quarterShortBn(q), "Q" + q,
                    c.ownRate() == null ? 0 : c.ownRate().doubleValue()));
            if (latest == null || c.ownDone() > 0 || c.belowDone() > 0) {
                latest = c; // the sentence speaks of the latest quarter answered, not of one just begun
                latestQuarter = q;
            }
        }
        String draft = year.shortLabel() + " অর্থবছরের " + PortalText.quarterBn(latestQuarter) + " শেষে নিজ ওয়েব পোর্টালের সম্পূর্ণতার হার "
                + PortalText.percentBn(latest.ownRate())
                + (latest.officesBelow() > 0 ? " এবং আওতাধীন অফিসের পোর্টালসমূহের সম্পূর্ণতার হার " + PortalText.percentBn(latest.belowRate())
                + " (অসম্পূর্ণতার হার " + PortalText.percentBn(Completeness.missing(latest.belowRate())) + ")" : "") + "।";
        return Optional.of(new Part("portal", "ওয়েব পোর্টাল হালনাগাদ", "Web portal completeness", draft, figures, chart));
    }
}
