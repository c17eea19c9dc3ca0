package bd.udbhabon.team.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An office's team as it stood on any day, its office orders, and their PDF and DOCX. */
@Controller
class TeamPages {

    private final OfficeDirectory offices;
    private final Teams teams;
    private final Policies policies;
    private final TeamFormation formation;

    TeamPages(OfficeDirectory offices, Teams teams, Policies policies, TeamFormation formation) {
        this.offices = offices;
        this.teams = teams;
        this.policies = policies;
        this.formation = formation;
    }

    @GetMapping("/offices/{officeId}/team")
    @OfficeAccess(Permission.READ_RECORDS)
    String team(@PathVariable long officeId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(required = false) Long issued, Model model) {
        Office office = office(officeId);
        LocalDate date = on == null ? Dhaka.today() : on;
        Map<Long, Notification> notifications = policies.all().stream()
                .collect(Collectors.toMap(Notification::id, Function.identity()));
        model.addAttribute("office", office);
        model.addAttribute("date", date);
        model.addAttribute("team", teams.onDate(officeId, date).orElse(null));
        model.addAttribute("history", teams.history(officeId));
        model.addAttribute("notifications", notifications);
        model.addAttribute("headTitle", policies.inForce(date)
                .flatMap(n -> n.rules(office.level())).map(r -> r.headTitleBn()).orElse(null));
        model.addAttribute("mayDraft", formation.mayDraft(officeId));
        model.addAttribute("hasDraft", teams.draft(officeId).isPresent());
        model.addAttribute("issuedMemo", issued == null ? null : teams.order(issued)
                .filter(o -> o.officeId() == officeId && o.issued()).map(TeamOrder::memoNumber).orElse(null));
        return "team/team";
    }

    @GetMapping("/offices/{officeId}/team/orders/{orderId}.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable long orderId) {
        TeamOrder order = issuedOrder(officeId, orderId);
        return download(teams.pdf(orderId).orElseThrow(), MediaType.APPLICATION_PDF, order, "pdf");
    }

    @GetMapping("/offices/{officeId}/team/orders/{orderId}.docx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable long orderId) {
        TeamOrder order = issuedOrder(officeId, orderId);
        return download(teams.docx(orderId).orElseThrow(),
                Downloads.DOCX, order, "docx");
    }

    private TeamOrder issuedOrder(long officeId, long orderId) {
        return teams.order(orderId).filter(o -> o.officeId() == officeId && o.issued())
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** "অফিস-আদেশ-০৫.৫৫.২৭০০.০২৫.১৩.০০২.১৮.৮৯.pdf": the memo number names the file, as offices file them. */
    private static ResponseEntity<byte[]> download(byte[] bytes, MediaType type, TeamOrder order, String extension) {
        return Downloads.attachment(bytes, type, "অফিস-আদেশ-" + order.memoNumber() + "." + extension);
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

}
