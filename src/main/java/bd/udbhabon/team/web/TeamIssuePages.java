package bd.udbhabon.team.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.IssueConfirmation;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamFormation.IssueInput;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import jakarta.validation.Valid;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import static bd.udbhabon.team.web.IssueForm.nz;

/**
 * Issuing the office's draft as an office order: the form (memo file, date, signatory, copy list; a file may be opened
 * from the same page), then the confirmation naming the number the order will take, with its preview; only a POST
 * confirming that number issues it (issue 19, point 9). The path names the team's office; reading it lets a user in,
 * and {@link TeamFormation} decides who may issue (the forming office's administrator).
 */
@Controller
class TeamIssuePages {

    private final OfficeDirectory offices;
    private final Teams teams;
    private final TeamFormation formation;
    private final Policies policies;
    private final MemoNumbering numbering;
    private final DraftFindings findings;

    TeamIssuePages(OfficeDirectory offices, Teams teams, TeamFormation formation, Policies policies, MemoNumbering numbering,
                   DraftFindings findings) {
        this.offices = offices;
        this.teams = teams;
        this.formation = formation;
        this.policies = policies;
        this.numbering = numbering;
        this.findings = findings;
    }

    @GetMapping("/offices/{officeId}/team/issue")
    @OfficeAccess(Permission.READ_RECORDS)
    String issueForm(@PathVariable long officeId, Model model) {
        requireMayIssue(officeId);
        if (teams.draft(officeId).isEmpty()) {
            return "redirect:/offices/" + officeId + "/team/draft";
        }
        return issuePage(officeId, IssueForm.of(formation.startingIssue(officeId)), new FormErrors(), new FormErrors(), null, model);
    }

    /**
     * Two steps: the form checked (every check of the issue), answered with the confirmation naming the number the
     * order will take; then a POST naming that number issues it. A number taken meanwhile asks again with the next.
     */
    @PostMapping("/offices/{officeId}/team/issue")
    @OfficeAccess(Permission.READ_RECORDS)
    String issue(@PathVariable long officeId, @Valid @ModelAttribute IssueForm form, BindingResult binding, Model model) {
        requireMayIssue(officeId);
        if (teams.draft(officeId).isEmpty()) {
            throw UserFacingException.badRequest("team.draft.missing");
        }
        if (IssueConfirmation.back(form.back())) {
            return issuePage(officeId, form, new FormErrors(), new FormErrors(), null, model);
        }
        FormErrors errors = Forms.errors(binding);
        IssueInput input = errors.any() ? null : form.input(errors);
        return Forms.saveOrShow(errors, () -> {
            return IssueConfirmation.issueOnceConfirmed(form.confirmed(), () -> formation.checkIssue(officeId, input), memo -> {
                TeamOrder issued = formation.issue(officeId, input, memo);
                return "redirect:/offices/" + officeId + "/team?issued=" + issued.id();
            }, (memo, changed) -> confirmationPage(officeId, form, memo, changed, model));
        }, refused -> issuePage(officeId, form, refused, new FormErrors(), null, model));
    }

    /** The order exactly as it would be issued now (the file's next number), shown and not kept. */
    @PostMapping("/offices/{officeId}/team/issue/preview")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> preview(@PathVariable long officeId, @Valid @ModelAttribute IssueForm form, BindingResult binding) {
        requireMayIssue(officeId);
        FormErrors errors = Forms.errors(binding);
        IssueInput input = errors.any() ? null : form.input(errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return IssueConfirmation.preview(formation.issuePreview(officeId, input), "অফিস-আদেশ-পূর্বরূপ.pdf");
    }

    /** Opens a memo file of the forming office from the issue page, and selects it. */
    @PostMapping("/offices/{officeId}/team/issue/file")
    @OfficeAccess(Permission.READ_RECORDS)
    String openFile(@PathVariable long officeId, @ModelAttribute IssueForm form, @Valid @ModelAttribute NewMemoFile file,
                    BindingResult binding, Model model) {
        requireMayIssue(officeId);
        long forming = teams.draft(officeId).map(TeamOrder::formingOfficeId)
                .orElseThrow(() -> UserFacingException.badRequest("team.draft.missing"));
        FormErrors refused = Forms.errors(binding);
        MemoNumbering.Opened opened = refused.any() ? new MemoNumbering.Opened(null, refused)
                : numbering.openFrom(forming, Forms.typed(file, binding));
        IssueForm shown = form;
        if (opened.file() != null) {
            shown = form.withMemoFile(String.valueOf(opened.file().id()));
        } else {
            model.addAttribute("fileNumber", nz(file.fileNumber()));
            model.addAttribute("fileSubject", nz(file.subject()));
            model.addAttribute("nextSerial", nz(file.nextSerial()));
        }
        return issuePage(officeId, shown, new FormErrors(), opened.errors(), null, model);
    }

    private String confirmationPage(long officeId, IssueForm form, String memo, boolean numberChanged, Model model) {
        IssueConfirmation confirmation = IssueConfirmation.of(memo, "/offices/" + officeId + "/team/issue", form.typed(),
                IssueForm.FIELDS, numberChanged);
        return issuePage(officeId, form, new FormErrors(), new FormErrors(), confirmation, model);
    }

    private String issuePage(long officeId, IssueForm form, FormErrors errors, FormErrors fileErrors,
                             IssueConfirmation confirmation, Model model) {
        Office office = offices.require(officeId);
        TeamOrder draft = teams.draft(officeId).orElseThrow(() -> UserFacingException.badRequest("team.draft.missing"));
        Office forming = offices.require(draft.formingOfficeId());
        LocalDate date = draft.effectiveFrom();
        Notification notification = policies.find(draft.notificationId()).orElseThrow();
        // the same panel as the draft's: each rule, the members it counted, the way to mend it (issue 19, point 9)
        findings.addTo(officeId, draft, notification, model);
        model.addAttribute("fixPath", formation.mayDraft(officeId) ? "/offices/" + officeId + "/team/draft" : null);
        model.addAttribute("office", office);
        model.addAttribute("forming", forming);
        model.addAttribute("draft", draft);
        var members = teams.membersOn(draft.members(), date);
        model.addAttribute("members", members);
        Map<Long, Office> otherOffices = new java.util.HashMap<>(); // named beside posts of other offices, as the order prints them
        members.stream().map(m -> m.post().officeId()).filter(id -> id != officeId)
                .forEach(id -> offices.find(id).ifPresent(o -> otherOffices.put(id, o)));
        model.addAttribute("otherOffices", otherOffices);
        model.addAttribute("headTitle", policies.inForce(date).flatMap(n -> n.rules(office.level()))
                .map(LevelRules::headTitleBn).orElse(null));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("files", numbering.files(forming.id()));
        model.addAttribute("notification", notification);
        model.addAttribute("confirmation", confirmation);
        for (String field : List.of("fileNumber", "fileSubject", "nextSerial")) {
            if (!model.containsAttribute(field)) {
                model.addAttribute(field, "");
            }
        }
        return "team/issue";
    }

    private void requireMayIssue(long officeId) {
        if (!formation.mayIssue(officeId)) {
            throw new UserFacingException(403, "team.issue.forbidden");
        }
    }
}
