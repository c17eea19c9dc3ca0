package bd.udbhabon.team.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CommitteeRole;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import bd.udbhabon.team.TeamVerdict;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import jakarta.validation.Valid;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.validation.BindingResult;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * An office's team as it stood on any day, its office orders, and their PDF and DOCX; its
 * sub-committees in being that day, formed and dissolved from the same page by the office's writers.
 */
@Controller
class TeamPages {

    private final OfficeDirectory offices;
    private final Teams teams;
    private final Policies policies;
    private final TeamFormation formation;
    private final SubCommittees subCommittees;
    private final PeopleDirectory people;
    private final AccessPolicy access;

    TeamPages(OfficeDirectory offices, Teams teams, Policies policies, TeamFormation formation,
              SubCommittees subCommittees, PeopleDirectory people, AccessPolicy access) {
        this.offices = offices;
        this.teams = teams;
        this.policies = policies;
        this.formation = formation;
        this.subCommittees = subCommittees;
        this.people = people;
        this.access = access;
    }

    @GetMapping("/offices/{officeId}/team")
    @OfficeAccess(Permission.READ_RECORDS)
    String team(@PathVariable long officeId,
                @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate on,
                @RequestParam(required = false) Long issued, Model model) {
        LocalDate date = on == null ? Dhaka.today() : on;
        return teamPage(officeId, date, issued, SubCommitteeForm.empty(Dhaka.today()), SubCommitteeForm.EMPTY_ROWS,
                new FormErrors(), model);
    }

    /** Forms a sub-committee from the team page's form; a form with mistakes comes back as typed. */
    @PostMapping("/offices/{officeId}/team/subcommittees")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String formSubCommittee(@PathVariable long officeId, @Valid @ModelAttribute("subCommitteeFields") SubCommitteeFields fields,
                            BindingResult binding, Model model) {
        SubCommitteeForm form = SubCommitteeForm.of(fields, Forms.typed(fields, binding).get("formedOn"));
        if ("more".equals(fields.action())) {
            return teamPage(officeId, Dhaka.today(), null, form, SubCommitteeForm.EMPTY_ROWS, new FormErrors(), model);
        }
        FormErrors errors = Forms.errors(binding, Map.of("formedOn", "team.subcommittee.formedOn.invalid"));
        form.printableLabels(errors);
        Map<Long, Post> posts = people.posts(officeId).stream().collect(Collectors.toMap(Post::id, Function.identity()));
        return Forms.saveOrShow(errors, () -> {
            subCommittees.form(officeId, fields.name(), fields.purpose(), fields.formedOn(), fields.source(), form.members(posts));
            return "redirect:/offices/" + officeId + "/team#subcommittees";
        }, refused -> teamPage(officeId, Dhaka.today(), null, form, 1, refused, model));
    }

    @PostMapping("/offices/{officeId}/team/subcommittees/{subCommitteeId}/dissolve")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String dissolveSubCommittee(@PathVariable long officeId, @PathVariable long subCommitteeId,
                                @RequestParam(required = false) String on) {
        LocalDate date = on == null || on.isBlank() ? Dhaka.today() : FormDates.read(on);
        if (date == null) {
            throw UserFacingException.badRequest("team.subcommittee.dissolvedOn.missing");
        }
        subCommittees.dissolve(officeId, subCommitteeId, date);
        return "redirect:/offices/" + officeId + "/team#subcommittees";
    }

    private String teamPage(long officeId, LocalDate date, Long issued, SubCommitteeForm form, int extraRows,
                            FormErrors errors, Model model) {
        Office office = office(officeId);
        Map<Long, Notification> notifications = policies.all().stream()
                .collect(Collectors.toMap(Notification::id, Function.identity()));
        model.addAttribute("office", office);
        model.addAttribute("date", date);
        var team = teams.onDate(officeId, date);
        model.addAttribute("team", team.orElse(null));
        model.addAttribute("reformUnder", team.flatMap(t -> policies.reformationUnder(t.order().notificationId(), date)).orElse(null));
        // The verdict under the notification in force that day, whatever the order was issued under; and, when that
        // was another, what that one said (issue 19, point 5). The compliance view judges today's the same way.
        team.flatMap(t -> TeamVerdict.on(policies, t.order().notificationId(), date,
                n -> formation.judge(officeId, n, t.order().members(), date))).ifPresent(v -> {
            model.addAttribute("verdict", v.inForce());
            model.addAttribute("formedVerdict", v.formedUnder());
            model.addAttribute("byPost", team.get().members().stream().collect(Collectors.toMap(m -> m.post().id(), m -> m, (a, b) -> a)));
        });
        // Offices named beside posts that are not this office's: members from other offices, and the teams this office sits on.
        var memberships = teams.membershipsOf(officeId, date);
        Map<Long, Office> others = new java.util.HashMap<>();
        team.ifPresent(t -> t.members().stream().map(m -> m.post().officeId()).filter(id -> id != officeId)
                .forEach(id -> offices.find(id).ifPresent(o -> others.put(id, o))));
        memberships.forEach(m -> offices.find(m.teamOfficeId()).ifPresent(o -> others.put(o.id(), o)));
        model.addAttribute("memberships", memberships);
        model.addAttribute("otherOffices", others);
        model.addAttribute("history", teams.history(officeId));
        model.addAttribute("notifications", notifications);
        model.addAttribute("headTitle", policies.inForce(date)
                .flatMap(n -> n.rules(office.level())).map(r -> r.headTitleBn()).orElse(null));
        model.addAttribute("mayDraft", formation.mayDraft(officeId));
        model.addAttribute("hasDraft", teams.draft(officeId).isPresent());
        model.addAttribute("issuedMemo", issued == null ? null : teams.order(issued)
                .filter(o -> o.officeId() == officeId && o.issued()).map(TeamOrder::memoNumber).orElse(null));
        boolean mayWrite = access.allows(Permission.WRITE_RECORDS, officeId);
        model.addAttribute("subCommittees", subCommittees.onDate(officeId, date));
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("subForm", form);
        List<SubCommitteeForm.MemberRow> rows = form.rowsWithRoom(extraRows);
        model.addAttribute("subRows", rows);
        model.addAttribute("subErrors", errors);
        model.addAttribute("posts", !mayWrite ? List.of() : people.posts(officeId).stream()
                .filter(p -> p.active() || rows.stream().anyMatch(r -> r.post().equals(String.valueOf(p.id()))))
                .toList());
        model.addAttribute("committeeRoles", List.of(CommitteeRole.values()));
        model.addAttribute("today", Dhaka.today());
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
