package bd.udbhabon.portal.web;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.portal.internal.ChecklistPolicy;
import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The checklist as policy data (issue 16, point 3): the Cabinet Division's administrators (as for the notifications
 * and the plan templates) add an item from a fiscal year or retire one from a year on; every item with the years it
 * is asked in. Every save audited; a refused form comes back as typed.
 */
@Controller
class ChecklistPages {

    private final ChecklistPolicy policy;

    ChecklistPages(ChecklistPolicy policy) {
        this.policy = policy;
    }

    /** The year a retirement starts from, as typed. */
    record RetireForm(String retireFrom) {
    }

    @GetMapping("/portal-checklist")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String list(Model model) {
        String year = FiscalYear.of(Dhaka.today()).shortLabelLatin();
        return page(new ChecklistForm("", "", year), new FormErrors(), null, new FormErrors(), model);
    }

    @PostMapping("/portal-checklist")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String add(@Valid @ModelAttribute("checklistForm") ChecklistForm form, BindingResult binding, Model model) {
        FormErrors errors = Forms.errors(binding);
        if (form.nameBn().isBlank()) {
            errors.add("nameBn", "portal.error.nameNeeded");
        }
        FiscalYear from = year(form.fromYear(), "fromYear", errors);
        return Forms.saveOrShow(errors, () -> {
            policy.add(form.nameBn(), form.nameEn(), from);
            return "redirect:/portal-checklist";
        }, refused -> page(form, refused, null, new FormErrors(), model));
    }

    @PostMapping("/portal-checklist/{itemId}/retire")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String retire(@PathVariable long itemId, @ModelAttribute RetireForm form, Model model) {
        FormErrors errors = new FormErrors();
        FiscalYear from = year(form.retireFrom(), "retireFrom", errors);
        return Forms.saveOrShow(errors, () -> {
            policy.retire(itemId, from);
            return "redirect:/portal-checklist";
        }, refused -> page(new ChecklistForm("", "", FiscalYear.of(Dhaka.today()).shortLabelLatin()), new FormErrors(), itemId, refused, model));
    }

    private String page(ChecklistForm form, FormErrors errors, Long retiring, FormErrors retireErrors, Model model) {
        model.addAttribute("items", policy.all());
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("retiring", retiring);
        model.addAttribute("retireErrors", retireErrors);
        model.addAttribute("thisYear", FiscalYear.of(Dhaka.today()));
        return "portal/checklist";
    }

    /** A fiscal year as typed ("2025-26", Bangla digits too) in the columns' range; a problem on {@code field} otherwise. */
    static FiscalYear year(String typed, String field, FormErrors errors) {
        try {
            FiscalYear year = FiscalYear.parse(typed == null ? "" : typed);
            if (year.startYear() >= Quarter.MIN_YEAR && year.startYear() <= Quarter.MAX_YEAR) {
                return year;
            }
        } catch (IllegalArgumentException e) {
            // said below
        }
        errors.add(field, "portal.error.year", typed == null ? "" : typed);
        return null;
    }
}
