package bd.udbhabon.initiative.web;

import bd.udbhabon.access.SignedIn;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.internal.Adoption;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * "Adopt this in my office" (issue 15, point 4): from a search result or the initiative's page, anyone signed in
 * who writes records of an office other than the original's chooses which, sees the original and what the
 * replication will say (prefilled, editable), and records it; then lands on the new initiative's page. The office
 * is checked on the server ({@link Adoption}), whatever the form offered.
 */
@Controller
class AdoptPages implements InitiativePageLinks {

    private final Initiatives initiatives;
    private final Adoption adoption;
    private final OfficeDirectory offices;

    AdoptPages(Initiatives initiatives, Adoption adoption, OfficeDirectory offices) {
        this.initiatives = initiatives;
        this.adoption = adoption;
        this.offices = offices;
    }

    /** Shown only to a user who writes records of another office than the initiative's. */
    @Override
    public List<Link> links(Initiative initiative) {
        return adoption.officesFor(initiative).isEmpty() ? List.of()
                : List.of(new Link(400, "/initiatives/" + initiative.id() + "/adopt", "initiative.adopt.link", "adopt-link", null,
                initiative.officeId()));
    }

    @GetMapping("/initiatives/{initiativeId}/adopt")
    @SignedIn
    String form(@PathVariable long initiativeId, Model model) {
        Initiative original = original(initiativeId);
        List<Long> choices = choices(original);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("office", choices.size() == 1 ? choices.getFirst().toString() : "");
        form.put("titleBn", original.titleBn());
        form.put("titleEn", original.titleEn() == null ? "" : original.titleEn());
        form.put("serviceBn", original.serviceBn());
        form.put("problemBn", original.problemBn());
        form.put("rootCauseBn", original.rootCauseBn() == null ? "" : original.rootCauseBn());
        form.put("solutionBn", original.solutionBn());
        form.put("since", Dhaka.today().toString());
        return page(original, choices, form, new FormErrors(), model);
    }

    @PostMapping("/initiatives/{initiativeId}/adopt")
    @SignedIn
    String adopt(@PathVariable long initiativeId, @Valid @ModelAttribute AdoptForm form, BindingResult binding,
                 RedirectAttributes redirect, Model model) {
        Initiative original = original(initiativeId);
        List<Long> choices = choices(original);
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors errors = Forms.errors(binding, Map.of("since", "initiative.adopt.error.day", "office", "initiative.adopt.error.office"));
        if (form.office() == null && !errors.has("office")) {
            errors.add("office", "initiative.adopt.error.office");
        }
        return Forms.saveOrShow(errors, () -> {
            Initiative adopted = adoption.adopt(initiativeId, form.office(), new NewInitiative(InitiativeKind.REPLICATION,
                    form.titleBn(), form.titleEn(), form.serviceBn(), original.internalProcess(), form.problemBn(), form.rootCauseBn(),
                    form.solutionBn(), null, List.of(), null, form.since(), initiativeId));
            redirect.addFlashAttribute(Ui.FLASH, "initiative.adopt.done");
            return "redirect:/offices/" + adopted.officeId() + "/initiatives/" + adopted.id();
        }, refused -> page(original, choices, typed, refused, model));
    }

    private Initiative original(long initiativeId) {
        return initiatives.find(initiativeId).orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
    }

    /** The offices the user may adopt it into; none is a refusal said plainly (403). */
    private List<Long> choices(Initiative original) {
        List<Long> choices = adoption.officesFor(original);
        if (choices.isEmpty()) {
            throw new UserFacingException(403, "initiative.adopt.error.none");
        }
        return choices;
    }

    private String page(Initiative original, List<Long> choices, Map<String, String> form, FormErrors errors, Model model) {
        List<Long> named = new ArrayList<>(choices);
        named.add(original.officeId());
        List<Initiative> replications = initiatives.replications(original.id());
        replications.forEach(r -> named.add(r.officeId()));
        Map<Long, Office> names = offices.findAll(named);
        model.addAttribute("original", original);
        model.addAttribute("originalOffice", names.get(original.officeId()));
        model.addAttribute("choices", choices.stream().map(names::get).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("adoptedBy", replications.stream().map(r -> names.get(r.officeId())).filter(java.util.Objects::nonNull)
                .distinct().toList());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "initiative/adopt";
    }
}
