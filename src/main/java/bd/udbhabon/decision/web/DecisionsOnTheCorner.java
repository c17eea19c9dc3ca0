package bd.udbhabon.decision.web;

import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.decision.RateGroup;
import bd.udbhabon.office.Office;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * How the office's decisions are being implemented, on its public corner: the overall rate and, per
 * meeting, the rate and the numbers open and overdue; not the texts of decisions still under way.
 */
@Component
class DecisionsOnTheCorner implements CornerSection {

    private final Decisions decisions;

    DecisionsOnTheCorner(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        List<Decision> all = decisions.ofOffice(office.id(), today);
        return Optional.of(CornerFragment.of("decision/corner-section", "rate", Rate.ofDecisions(all), "meetings", RateGroup.byMeeting(all)));
    }
}
