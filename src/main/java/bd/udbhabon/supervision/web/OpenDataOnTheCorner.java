package bd.udbhabon.supervision.web;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.office.Office;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The national open data (issue 16, point 6), linked from every office's public corner: this year's and last year's. */
@Component
class OpenDataOnTheCorner implements CornerSection {

    @Override
    public int order() {
        return 950;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        FiscalYear year = FiscalYear.of(today);
        return Optional.of(CornerFragment.of("supervision/corner-section", "year", year, "previous", year.previous()));
    }
}
