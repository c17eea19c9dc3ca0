package bd.udbhabon.showcase.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.internal.ShowcaseRules;
import bd.udbhabon.showcase.internal.ShowcaseService;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An office's showcases (issue 15, point 5): the list, the form of one (title, day, venue), and its page (the
 * ranking, criteria, entries, judges; the set-up forms for its writers while it is a draft). Linked from the
 * office's page for whoever reads its records.
 */
@Controller
class ShowcasePages implements OfficePageLinks {

    private static final Map<String, String> UNREADABLE = Map.of("heldOn", "showcase.error.heldOn");

    private final ShowcaseService showcases;
    private final ShowcaseBoard board;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    ShowcasePages(ShowcaseService showcases, ShowcaseBoard board, OfficeDirectory offices, AccessPolicy access) {
        this.showcases = showcases;
        this.board = board;
        this.offices = offices;
        this.access = access;
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(380, Permission.READ_RECORDS, "/offices/" + office.id() + "/showcases",
                "showcase.link", "showcases-link"));
    }

    @GetMapping("/offices/{officeId}/showcases")
    @OfficeAccess(Permission.READ_RECORDS)
    String list(@PathVariable long officeId, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("showcases", showcases.ofOffice(officeId));
        model.addAttribute("canWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "showcase/list";
    }

    @GetMapping("/offices/{officeId}/showcases/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String newForm(@PathVariable long officeId, Model model) {
        return form(officeId, null, Map.of("titleBn", "", "titleEn", "", "heldOn", "", "venueBn", ""), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/showcases/new")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String create(@PathVariable long officeId, @Valid @ModelAttribute ShowcaseForm form, BindingResult binding, Model model) {
        return Forms.saveOrShow(Forms.errors(binding, UNREADABLE), () -> {
            Showcase created = showcases.create(officeId, draft(form));
            return "redirect:/offices/" + officeId + "/showcases/" + created.id();
        }, errors -> form(officeId, null, Forms.typed(form, binding), errors, model));
    }

    @GetMapping("/offices/{officeId}/showcases/{showcaseId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String editForm(@PathVariable long officeId, @PathVariable long showcaseId, Model model) {
        Showcase s = showcases.require(officeId, showcaseId);
        return form(officeId, s, Map.of("titleBn", s.titleBn(), "titleEn", s.titleEn() == null ? "" : s.titleEn(),
                "heldOn", s.heldOn().toString(), "venueBn", s.venueBn() == null ? "" : s.venueBn()), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String update(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute ShowcaseForm form,
                  BindingResult binding, Model model) {
        Showcase s = showcases.require(officeId, showcaseId);
        return Forms.saveOrShow(Forms.errors(binding, UNREADABLE), () -> {
            showcases.update(officeId, showcaseId, draft(form));
            return "redirect:/offices/" + officeId + "/showcases/" + showcaseId;
        }, errors -> form(officeId, s, Forms.typed(form, binding), errors, model));
    }

    @GetMapping("/offices/{officeId}/showcases/{showcaseId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @PathVariable long showcaseId, @RequestParam(required = false) String q, Model model) {
        return board.page(officeId, showcaseId, q, new FormErrors(), null, null, model);
    }

    private String form(long officeId, Showcase showcase, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("showcase", showcase);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "showcase/form";
    }

    private static ShowcaseRules.Draft draft(ShowcaseForm form) {
        return new ShowcaseRules.Draft(form.titleBn(), form.titleEn(), form.heldOn(), form.venueBn());
    }
}
