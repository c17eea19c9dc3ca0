package bd.udbhabon.corner.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.meeting.MinutesBook;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.decision.RateGroup;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An office's innovation corner for citizens and other offices: the team today (posts, holders'
 * names, roles as the order prints them), the issued orders to download, and the implementation of
 * its decisions per meeting (counts and rates, not the texts of decisions still under way), and the
 * issued minutes of its meetings, every version as issued.
 */
@Controller
class CornerPages {

    private final OfficeDirectory offices;
    private final Teams teams;
    private final Policies policies;
    private final Decisions decisions;
    private final MinutesBook minutes;

    CornerPages(OfficeDirectory offices, Teams teams, Policies policies, Decisions decisions, MinutesBook minutes) {
        this.minutes = minutes;
        this.offices = offices;
        this.teams = teams;
        this.policies = policies;
        this.decisions = decisions;
    }

    @GetMapping("/corner/{id}")
    @PublicAccess
    String corner(@PathVariable("id") long officeId, Model model) {
        Office office = office(officeId);
        LocalDate today = Dhaka.today();
        List<Decision> all = decisions.ofOffice(officeId, today);
        model.addAttribute("office", office);
        model.addAttribute("today", today);
        model.addAttribute("team", teams.onDate(officeId, today).orElse(null));
        model.addAttribute("headTitle", policies.inForce(today).flatMap(n -> n.rules(office.level()))
                .map(LevelRules::headTitleBn).orElse(null));
        model.addAttribute("orders", teams.history(officeId));
        model.addAttribute("minutes", minutes.published(officeId));
        model.addAttribute("rate", Rate.ofDecisions(all));
        model.addAttribute("meetings", RateGroup.byMeeting(all));
        return "corner/corner";
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

    /** Issued minutes of the office's meetings, each version as issued: published papers, downloadable by anyone. */
    @GetMapping("/corner/{id}/minutes/{minutesId}.pdf")
    @PublicAccess
    ResponseEntity<byte[]> minutes(@PathVariable("id") long officeId, @PathVariable long minutesId) {
        MinutesBook.Published published = minutes.published(officeId).stream().filter(m -> m.minutesId() == minutesId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Downloads.attachment(minutes.publishedPdf(officeId, minutesId).orElseThrow(), MediaType.APPLICATION_PDF,
                "কার্যবিবরণী-" + BanglaDigits.toBangla(published.memoNumber()) + ".pdf");
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }
}
