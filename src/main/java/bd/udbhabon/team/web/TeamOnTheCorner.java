package bd.udbhabon.team.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.office.Office;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The team on the office's public corner: posts, holders' names and roles as the order prints them
 * (never a draft), and the issued orders, each downloadable by anyone as the PDF that was issued.
 */
@Controller
class TeamOnTheCorner implements CornerSection {

    private final Teams teams;
    private final Policies policies;

    TeamOnTheCorner(Teams teams, Policies policies) {
        this.teams = teams;
        this.policies = policies;
    }

    @Override
    public int order() {
        return 100;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        return Optional.of(CornerFragment.of("team/corner-section",
                "team", teams.onDate(office.id(), today).orElse(null),
                "headTitle", policies.inForce(today).flatMap(n -> n.rules(office.level())).map(LevelRules::headTitleBn).orElse(null),
                "orders", teams.history(office.id())));
    }

    /** An issued office order of the office: published papers, downloadable by anyone. */
    @GetMapping("/corner/{id}/orders/{orderId}.pdf")
    @PublicAccess
    ResponseEntity<byte[]> order(@PathVariable("id") long officeId, @PathVariable long orderId) {
        TeamOrder order = teams.order(orderId).filter(o -> o.officeId() == officeId && o.issued())
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(teams.pdf(orderId).orElseThrow(), MediaType.APPLICATION_PDF,
                "অফিস-আদেশ-" + order.memoNumber() + ".pdf");
    }
}
