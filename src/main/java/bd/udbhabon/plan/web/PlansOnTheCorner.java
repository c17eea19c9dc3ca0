package bd.udbhabon.plan.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.office.Office;
import bd.udbhabon.plan.IssuedPlan;
import bd.udbhabon.plan.internal.PlanIssuing;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The office's issued action plans on its public corner (issue 14, point 2): per fiscal year the version in force (the
 * latest issued), its PDF and DOCX as issued, for anyone; a draft or an approved version never shows.
 */
@Controller
class PlansOnTheCorner implements CornerSection {

    private final PlanIssuing issuing;

    PlansOnTheCorner(PlanIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public int order() {
        return 250;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        List<IssuedPlan> plans = issuing.published(office.id());
        return plans.isEmpty() ? Optional.empty() : Optional.of(CornerFragment.of("plan/corner-section", "plans", plans));
    }

    @GetMapping("/corner/{officeId}/plans/{year}/versions/{version}.pdf")
    @PublicAccess
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable String year, @PathVariable int version) {
        return PlanIssuePages.download(issuing, officeId, PlanApprovalPages.year(year), version, true);
    }

    @GetMapping("/corner/{officeId}/plans/{year}/versions/{version}.docx")
    @PublicAccess
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable String year, @PathVariable int version) {
        return PlanIssuePages.download(issuing, officeId, PlanApprovalPages.year(year), version, false);
    }
}
