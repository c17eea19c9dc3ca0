package bd.udbhabon.plan.web;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Scorer;
import bd.udbhabon.plan.TemplateRow;
import bd.udbhabon.plan.internal.TemplateRules;
import bd.udbhabon.plan.internal.TemplateService;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The Cabinet Division's action-plan templates: only its administrators (who hold
 * {@code ADMINISTER_OFFICE} nationally, as for the notifications) list, write and publish them; the
 * offices read the one for their level on their own page ({@link OfficeTemplatePage}).
 */
@Controller
class TemplatePages {

    /** The years V25 takes (plan_template.fiscal_year). */
    private static final int MIN_YEAR = 2000;
    private static final int MAX_YEAR = 2200;

    private final TemplateService templates;
    private final Scorer scorer;

    TemplatePages(TemplateService templates, Scorer scorer) {
        this.templates = templates;
        this.scorer = scorer;
    }

    @GetMapping("/plan-templates")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String list(Model model) {
        model.addAttribute("versions", templates.all());
        model.addAttribute("rule", scorer.rule());
        return "plan/templates";
    }

    @GetMapping("/plan-templates/new")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String newTemplate(Model model) {
        TemplateForm form = TemplateForm.empty(FiscalYear.of(Dhaka.today()).shortLabelLatin());
        return form(null, form, new FormErrors(), model);
    }

    @PostMapping("/plan-templates/new")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String create(@ModelAttribute("templateForm") TemplateForm form, BindingResult binding, Model model) {
        FormErrors errors = Forms.errors(binding);
        FiscalYear year = year(form.fiscalYear(), errors);
        OfficeLevel level = level(form.level(), errors);
        var checked = TemplateRules.check(form.titleBn(), form.titleEn(), form.totalWeight(), form.typedRows());
        merge(errors, checked);
        return Forms.saveOrShow(errors,
                () -> "redirect:/plan-templates/" + templates.create(year, level,
                        checked.content().withOfficeRowsAllowed(form.allowsOfficeRows())).versionId(),
                problems -> form(null, form, problems, model));
    }

    @GetMapping("/plan-templates/{versionId}")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String template(@PathVariable long versionId, Model model) {
        PlanTemplate template = existing(versionId);
        model.addAttribute("template", template);
        model.addAttribute("versions", templates.all().stream().filter(v -> v.templateId() == template.templateId()).toList());
        model.addAttribute("columns", List.of(bd.udbhabon.plan.TargetColumn.values()));
        return "plan/template";
    }

    @GetMapping("/plan-templates/{versionId}/edit")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String edit(@PathVariable long versionId, Locale locale, Model model) {
        PlanTemplate template = latest(versionId);
        return form(template, TemplateForm.of(template, Ui.isBangla(locale)), new FormErrors(), model);
    }

    /** A draft is rewritten; a published version stays as it is and the change becomes the next version. */
    @PostMapping("/plan-templates/{versionId}/edit")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String update(@PathVariable long versionId, @ModelAttribute("templateForm") TemplateForm form, BindingResult binding,
                  Model model) {
        PlanTemplate template = latest(versionId);
        FormErrors errors = Forms.errors(binding);
        var checked = TemplateRules.check(form.titleBn(), form.titleEn(), form.totalWeight(), form.typedRows());
        merge(errors, checked);
        TemplateForm shown = new TemplateForm(template.fiscalYear().shortLabelLatin(), template.level().name(),
                form.titleBn(), form.titleEn(), form.totalWeight(), form.rows(), form.officeRows());
        return Forms.saveOrShow(errors,
                () -> "redirect:/plan-templates/" + templates.edit(versionId,
                        checked.content().withOfficeRowsAllowed(form.allowsOfficeRows())).versionId(),
                problems -> form(template, shown, problems, model));
    }

    @PostMapping("/plan-templates/{versionId}/publish")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String publish(@PathVariable long versionId) {
        existing(versionId);
        templates.publish(versionId);
        return "redirect:/plan-templates/" + versionId;
    }

    /** The rules' problems where the form shows them: the header's by name, a row's as {@code rows[i].column}. */
    static void merge(FormErrors errors, TemplateRules.Checked checked) {
        errors.addAll("", checked.header());
        for (int i = 0; i < checked.rows().size(); i++) {
            errors.addAll("rows[" + i + "].", checked.rows().get(i));
        }
    }

    private String form(PlanTemplate existing, TemplateForm form, FormErrors errors, Model model) {
        model.addAttribute("template", existing);
        model.addAttribute("form", form);
        model.addAttribute("rows", form.rowsWithRoom());
        model.addAttribute("errors", errors);
        model.addAttribute("columns", TemplateRow.COLUMNS);
        model.addAttribute("levels", levels());
        model.addAttribute("action", existing == null ? "/plan-templates/new" : "/plan-templates/" + existing.versionId() + "/edit");
        return "plan/template-form";
    }

    /** The version, if it is its template's latest: an older one was followed by another and is not edited. */
    private PlanTemplate latest(long versionId) {
        PlanTemplate template = existing(versionId);
        PlanTemplate latest = templates.latest(template.fiscalYear(), template.level()).orElseThrow();
        if (latest.versionId() != versionId) {
            throw UserFacingException.badRequest("plan.error.notLatest", latest.version());
        }
        return template;
    }

    private PlanTemplate existing(long versionId) {
        return templates.version(versionId).orElseThrow(() -> UserFacingException.notFound("plan.error.notFound"));
    }

    /** The levels a template is for: every office that makes a plan (not the Cabinet Division itself). */
    static List<OfficeLevel> levels() {
        return Arrays.stream(OfficeLevel.values()).filter(l -> l != OfficeLevel.CABINET_DIVISION).toList();
    }

    static FiscalYear year(String text, FormErrors errors) {
        try {
            FiscalYear year = FiscalYear.parse(text);
            if (year.startYear() < MIN_YEAR || year.startYear() > MAX_YEAR) {
                throw new IllegalArgumentException("out of range: " + text);
            }
            return year;
        } catch (IllegalArgumentException e) {
            errors.add("fiscal_year", "plan.error.fiscalYear", text);
            return null;
        }
    }

    static OfficeLevel level(String text, FormErrors errors) {
        try {
            OfficeLevel level = OfficeLevel.parse(text);
            if (level != null && level != OfficeLevel.CABINET_DIVISION) {
                return level;
            }
        } catch (IllegalArgumentException e) {
            // not a level: said below
        }
        errors.add("level", "plan.error.level");
        return null;
    }
}
