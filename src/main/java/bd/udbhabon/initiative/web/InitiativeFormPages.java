package bd.udbhabon.initiative.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The office's writers recording an initiative and changing what it says: kind, title (Bangla, English), the
 * service or internal process, problem, root cause, solution, the owner post and members from the office's
 * people registry. A refused form comes back as typed with each problem beside its field, nothing written.
 * A replication ("adopt this in my office") stays one: its kind is not offered.
 */
@Controller
class InitiativeFormPages {

    /** Days and choices that cannot be read: said in the form's own words. */
    private static final Map<String, String> UNREADABLE = Map.of("since", "initiative.error.date",
            "ownerPostId", "initiative.error.choice", "memberOfficerIds", "initiative.error.choice");

    private final InitiativeService initiatives;
    private final InitiativeView view;
    private final OfficeDirectory offices;

    InitiativeFormPages(InitiativeService initiatives, InitiativeView view, OfficeDirectory offices) {
        this.initiatives = initiatives;
        this.view = view;
        this.offices = offices;
    }

    @GetMapping("/offices/{officeId}/initiatives/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String newForm(@PathVariable long officeId, Model model) {
        InitiativeForm form = InitiativeForm.blank(Dhaka.today());
        return show(officeId, null, form, Map.of(), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/initiatives/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String create(@PathVariable long officeId, @Valid @ModelAttribute("initiativeForm") InitiativeForm form, BindingResult binding,
                  Model model) {
        return Forms.saveOrShow(Forms.errors(binding, UNREADABLE), () -> {
            Initiative created = initiatives.create(officeId, form.draft(null));
            return "redirect:/offices/" + officeId + "/initiatives/" + created.id();
        }, errors -> show(officeId, null, form, Forms.typed(form, binding), errors, model));
    }

    @GetMapping("/offices/{officeId}/initiatives/{initiativeId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String editForm(@PathVariable long officeId, @PathVariable long initiativeId, Model model) {
        Initiative initiative = view.own(officeId, initiativeId);
        return show(officeId, initiative, InitiativeForm.of(initiative), Map.of(), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/initiatives/{initiativeId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String update(@PathVariable long officeId, @PathVariable long initiativeId, @Valid @ModelAttribute("initiativeForm") InitiativeForm form,
                  BindingResult binding, Model model) {
        Initiative initiative = view.own(officeId, initiativeId);
        // a replication stays one whatever the form says: it keeps the original it follows
        InitiativeForm typed = initiative.replicatedFromId() == null ? form : new InitiativeForm(InitiativeKind.REPLICATION.name(),
                form.titleBn(), form.titleEn(), form.serviceBn(), form.internalProcess(), form.problemBn(), form.rootCauseBn(),
                form.solutionBn(), form.ownerPostId(), form.memberOfficerIds(), form.since());
        return Forms.saveOrShow(Forms.errors(binding, UNREADABLE), () -> {
            initiatives.update(initiativeId, typed.draft(initiative.replicatedFromId()));
            return "redirect:/offices/" + officeId + "/initiatives/" + initiativeId;
        }, errors -> show(officeId, initiative, typed, Forms.typed(typed, binding), errors, model));
    }

    /** The form; {@code initiative} null for a new one. {@code typed} is what binding could not read, as typed. */
    private String show(long officeId, Initiative initiative, InitiativeForm form, Map<String, String> typed, FormErrors errors,
                        Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("initiative", initiative);
        model.addAttribute("form", form);
        model.addAttribute("since", typed.getOrDefault("since", form.since() == null ? "" : form.since().toString()));
        model.addAttribute("kinds", initiative != null && initiative.replicatedFromId() != null ? List.of(InitiativeKind.REPLICATION)
                : Arrays.stream(InitiativeKind.values()).filter(k -> k != InitiativeKind.REPLICATION).toList());
        model.addAttribute("posts", view.posts(officeId));
        model.addAttribute("officers", view.officers(officeId));
        model.addAttribute("errors", errors);
        return "initiative/form";
    }
}
