package bd.udbhabon.team.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormDates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import jakarta.validation.Valid;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamFormation.DraftInput;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static bd.udbhabon.team.web.IssueForm.nz;

/**
 * The draft of an office order on a team (members chosen from the office's posts, the rules'
 * findings beside them as they are chosen); the issue form is {@link TeamIssuePages}. The path names the team's office;
 * reading it lets a user in, and {@link TeamFormation} decides who may draft and issue (the
 * forming office: the deputy commissioner's for an upazila). A form with mistakes comes back as typed.
 */
@Controller
class TeamFormPages {

    private static final int EMPTY_ROWS = DraftForm.EMPTY_ROWS;

    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final Teams teams;
    private final TeamFormation formation;
    private final Policies policies;
    private final DraftFindings findings;

    TeamFormPages(OfficeDirectory offices, PeopleDirectory people, Teams teams, TeamFormation formation,
                  Policies policies, DraftFindings findings) {
        this.findings = findings;
        this.offices = offices;
        this.people = people;
        this.teams = teams;
        this.formation = formation;
        this.policies = policies;
    }

    // ---- the draft

    @GetMapping("/offices/{officeId}/team/draft")
    @OfficeAccess(Permission.READ_RECORDS)
    String draft(@PathVariable long officeId, @RequestParam(required = false) String saved, Model model) {
        requireMayDraft(officeId);
        DraftForm form = DraftForm.of(formation.startingDraft(officeId));
        model.addAttribute("saved", saved != null);
        return draftPage(officeId, form, form.rowsWithRoom(EMPTY_ROWS), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/team/draft")
    @OfficeAccess(Permission.READ_RECORDS)
    String saveDraft(@PathVariable long officeId, @Valid @ModelAttribute("draftFields") DraftFields fields, BindingResult binding,
                     Model model) {
        requireMayDraft(officeId);
        DraftForm form = DraftForm.of(fields, Forms.typed(fields, binding).get("effectiveFrom"));
        if ("more".equals(fields.action())) {
            return draftPage(officeId, form, form.rowsWithRoom(EMPTY_ROWS * 2), new FormErrors(), model);
        }
        if (fields.action() != null && fields.action().startsWith("skills-")) { // the inline fix; the draft as typed
            return skillsFix(officeId, fields, form, model);
        }
        if ("find".equals(fields.action())) { // another office's posts, offered in the rows; nothing saved
            model.addAttribute("otherOfficeQuery", nz(fields.otherOffice()));
            model.addAttribute("otherPostQuery", nz(fields.otherPost()));
            return draftPage(officeId, form, form.rowsWithRoom(EMPTY_ROWS), new FormErrors(), model);
        }
        FormErrors errors = Forms.errors(binding, Map.of("effectiveFrom", "team.effectiveFrom.invalid"));
        DraftInput input = form.input(fields.effectiveFrom(), errors);
        return Forms.saveOrShow(errors, () -> {
            formation.saveDraft(officeId, input);
            return "redirect:/offices/" + officeId + "/team/draft?saved";
        }, refused -> {
            model.addAttribute("saved", false);
            return draftPage(officeId, form, form.rowsWithRoom(EMPTY_ROWS), refused, model);
        });
    }

    /**
     * The inline fix of an unmet "officer able to develop skills" rule: a new officer so flagged joins one of the
     * team's posts, or the post is marked; the draft comes back as typed, judged again, with what was done or refused.
     */
    private String skillsFix(long officeId, DraftFields fields, DraftForm form, Model model) {
        LocalDate from = FormDates.read(nz(fields.skillsFrom()));
        long postId = IssueForm.parseLong(nz(fields.skillsPost()));
        String done = null;
        FormErrors refused = new FormErrors();
        try {
            if ("skills-post".equals(fields.action())) {
                formation.markSkillsDevelopmentPost(postId);
                done = "team.skills.marked";
            } else {
                formation.addSkillsDevelopmentOfficer(postId, fields.skillsName(), from);
                done = "team.skills.added";
            }
        } catch (UserFacingException e) {
            if (e.fieldErrors() == null) {
                throw e;
            }
            refused = e.fieldErrors();
        }
        model.addAttribute("skills", new SkillsForm(fields.skillsPost(), done == null ? fields.skillsName() : "",
                fields.skillsFrom(), refused, done));
        model.addAttribute("saved", false);
        return draftPage(officeId, form, form.rowsWithRoom(EMPTY_ROWS), new FormErrors(), model);
    }

    /** The findings beside the form, again after every change (htmx). */
    @PostMapping("/offices/{officeId}/team/draft/check")
    @OfficeAccess(Permission.READ_RECORDS)
    String check(@PathVariable long officeId, @ModelAttribute("draftFields") DraftFields fields, BindingResult binding, Model model) {
        requireMayDraft(officeId);
        // what cannot be read yet (a day half typed, an unprintable word) is left out of the findings, not refused
        DraftForm form = DraftForm.of(fields, "");
        findings.addTo(officeId, form.input(fields.effectiveFrom(), new FormErrors()), model);
        return "team/findings";
    }

    @PostMapping("/offices/{officeId}/team/draft/discard")
    @OfficeAccess(Permission.READ_RECORDS)
    String discard(@PathVariable long officeId) {
        requireMayDraft(officeId);
        formation.discardDraft(officeId);
        return "redirect:/offices/" + officeId + "/team";
    }

    private String draftPage(long officeId, DraftForm form, List<DraftForm.MemberRow> rows, FormErrors errors, Model model) {
        Office office = office(officeId);
        LocalDate date = Optional.ofNullable(FormDates.read(form.effectiveFrom())).orElse(Dhaka.today());
        List<Post> posts = people.posts(officeId).stream()
                .filter(p -> p.active() || rows.stream().anyMatch(r -> r.post().equals(String.valueOf(p.id()))))
                .toList();
        Map<Long, Officer> holders = people.holdersOn(posts.stream().map(Post::id).toList(), date);
        // Posts of other offices: those already chosen, and those found by the search (office name and title).
        Map<Long, Post> others = new java.util.LinkedHashMap<>();
        people.posts(rows.stream().map(r -> IssueForm.parseLong(r.post())).filter(id -> id > 0).toList()).values().stream()
                .filter(p -> p.officeId() != officeId).forEach(p -> others.put(p.id(), p));
        String officeQuery = (String) model.getAttribute("otherOfficeQuery");
        String postQuery = (String) model.getAttribute("otherPostQuery");
        Integer found = null;
        if (officeQuery != null && !officeQuery.isBlank()) {
            String text = officeQuery.strip();
            List<Long> ids = offices.search(new OfficeSearch(null, null,
                            text.length() > OfficeSearch.MAX_TEXT_LENGTH ? text.substring(0, OfficeSearch.MAX_TEXT_LENGTH) : text, 0, 20))
                    .items().stream().map(Office::id).filter(id -> id != officeId).toList();
            List<Post> hits = people.activePosts(ids, postQuery, 50);
            hits.forEach(p -> others.put(p.id(), p));
            found = hits.size();
        }
        Map<Long, Office> otherOffices = new java.util.HashMap<>();
        others.values().forEach(p -> offices.find(p.officeId()).ifPresent(o -> otherOffices.put(o.id(), o)));
        model.addAttribute("otherPosts", List.copyOf(others.values()));
        model.addAttribute("otherOffices", otherOffices);
        model.addAttribute("found", found);
        model.addAttribute("otherOfficeQuery", officeQuery == null ? "" : officeQuery);
        model.addAttribute("otherPostQuery", postQuery == null ? "" : postQuery);
        model.addAttribute("office", office);
        model.addAttribute("form", form);
        model.addAttribute("rows", rows);
        model.addAttribute("errors", errors);
        model.addAttribute("posts", posts);
        model.addAttribute("holders", holders);
        model.addAttribute("vacant", people.vacantOn(posts.stream().map(Post::id).filter(id -> !holders.containsKey(id)).toList(), date));
        model.addAttribute("hasDraft", teams.draft(officeId).isPresent());
        model.addAttribute("mayIssue", formation.mayIssue(officeId));
        model.addAttribute("formingOffice", office(formation.formingOffice(officeId, date)));
        model.addAttribute("headTitle", headTitle(office, date));
        model.addAttribute("kinds", List.of(OrderKind.values()));
        model.addAttribute("roles", List.of(TeamRole.values()));
        model.addAttribute("saved", Boolean.TRUE.equals(model.getAttribute("saved")));
        findings.addTo(officeId, form.input(FormDates.read(form.effectiveFrom()), new FormErrors()), model);
        return "team/draft";
    }

    @PostMapping("/offices/{officeId}/team/orders/{orderId}/informed")
    @OfficeAccess(Permission.READ_RECORDS)
    String informed(@PathVariable long officeId, @PathVariable long orderId,
                    @RequestParam(required = false) String informedOn) {
        requireMayDraft(officeId);
        teams.order(orderId).filter(o -> o.officeId() == officeId && o.issued())
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        formation.cabinetInformed(orderId, FormDates.read(informedOn));
        return "redirect:/offices/" + officeId + "/team";
    }

    // ---- helpers

    private void requireMayDraft(long officeId) {
        if (!formation.mayDraft(officeId)) {
            throw new UserFacingException(403, "team.draft.forbidden");
        }
    }

    private String headTitle(Office office, LocalDate date) {
        return policies.inForce(date).flatMap(n -> n.rules(office.level())).map(LevelRules::headTitleBn).orElse(null);
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }
}
