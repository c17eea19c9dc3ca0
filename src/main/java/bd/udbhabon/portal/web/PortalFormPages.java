package bd.udbhabon.portal.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.portal.ChecklistItem;
import bd.udbhabon.portal.internal.PortalService;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The office's writers filling in a quarter's checklist: one address per item as evidence. A link that is not a
 * whole http(s) address is refused in the user's language beside its row, the form comes back as typed and nothing
 * is written; a quarter not yet begun cannot be filled in.
 */
@Controller
class PortalFormPages {

    private final PortalService portal;
    private final OfficeDirectory offices;

    PortalFormPages(PortalService portal, OfficeDirectory offices) {
        this.portal = portal;
        this.offices = offices;
    }

    @GetMapping("/offices/{officeId}/portal/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String edit(@PathVariable long officeId, @ModelAttribute PortalPages.Period period, Model model) {
        Quarter q = Quarter.read(period.year(), period.quarter());
        if (!PortalService.begun(q.year(), q.quarter())) {
            throw UserFacingException.badRequest("portal.error.notBegun");
        }
        List<ChecklistItem> items = portal.items(q.year());
        return page(officeId, q, items, PortalForm.of(q, items, portal.links(officeId, q.year(), q.quarter())), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/portal/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String save(@PathVariable long officeId, @Valid @ModelAttribute("portalForm") PortalForm form, BindingResult binding, Model model) {
        Quarter q = Quarter.read(form.year(), form.quarter());
        List<ChecklistItem> items = portal.items(q.year());
        FormErrors errors = Forms.errors(binding);
        return Forms.saveOrShow(errors, () -> {
            portal.fill(officeId, q.year(), q.quarter(), form.answers());
            return "redirect:/offices/" + officeId + "/portal?" + q.query();
        }, refused -> page(officeId, q, items, form, refused, model));
    }

    private String page(long officeId, Quarter q, List<ChecklistItem> items, PortalForm form, FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("period", q);
        model.addAttribute("items", items);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "portal/form";
    }
}
