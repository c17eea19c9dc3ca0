package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.plan.internal.PlanDrafting;
import bd.udbhabon.plan.internal.PlanRules;
import bd.udbhabon.plan.internal.PlanService;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.FormText;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The office's writers drafting its plan: the targets form (per indicator the five targets, the quarters'
 * where the unit needs them, the responsible post; the office's own rows where the template allows),
 * checked by {@link PlanRules}: every problem beside its cell, everything typed kept, nothing written;
 * and the revision of an issued plan, with its reason, up to the cut-off.
 */
@Controller
public class PlanDraftPages {

    private final PlanService plans;
    private final PlanDrafting drafting;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;

    PlanDraftPages(PlanService plans, PlanDrafting drafting, OfficeDirectory offices, PeopleDirectory people) {
        this.plans = plans;
        this.drafting = drafting;
        this.offices = offices;
        this.people = people;
    }

    /** The revision form: why the plan is revised. */
    public record ReviseForm(@FormText(max = 2000) String reason) {
    }

    /**
     * A row of the targets form as the page shows it: its index in the form, what was typed, the template's
     * indicator (null for the office's own row), the section it opens (null when it opens none) and whether
     * its quarters are asked.
     */
    public record FormRow(int index, PlanRules.Row typed, PlanTemplate.Indicator indicator, PlanTemplate.Section opens,
                   boolean quarters) {
    }

    @GetMapping("/offices/{officeId}/plans/{year}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String edit(@PathVariable long officeId, @PathVariable("year") String yearText, Locale locale, Model model) {
        FiscalYear year = PlanPages.year(yearText);
        ActionPlan plan = editable(officeId, year);
        return form(officeId, plan, PlanForm.of(plan.current(), Ui.isBangla(locale)), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/plans/{year}/edit")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String save(@PathVariable long officeId, @PathVariable("year") String yearText, @ModelAttribute("planForm") PlanForm form,
                BindingResult binding, Model model) {
        FiscalYear year = PlanPages.year(yearText);
        ActionPlan plan = editable(officeId, year);
        FormErrors errors = Forms.errors(binding);
        return Forms.saveOrShow(errors, () -> {
            var checked = drafting.save(officeId, year, form.typedRows());
            if (!checked.ok()) {
                throw UserFacingException.invalid(problems(checked));
            }
            return "redirect:/offices/" + officeId + "/plans/" + year.shortLabelLatin() + "?saved";
        }, problems -> form(officeId, plan, form, problems, model));
    }

    @GetMapping("/offices/{officeId}/plans/{year}/revise")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String reviseForm(@PathVariable long officeId, @PathVariable("year") String yearText, Model model) {
        FiscalYear year = PlanPages.year(yearText);
        return revisePage(officeId, existing(officeId, year), new ReviseForm(""), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/plans/{year}/revise")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String revise(@PathVariable long officeId, @PathVariable("year") String yearText, @Valid @ModelAttribute("reviseForm") ReviseForm form,
                  BindingResult binding, Model model) {
        FiscalYear year = PlanPages.year(yearText);
        ActionPlan plan = existing(officeId, year);
        var refusal = drafting.reviseRefusal(plan, Dhaka.today());
        if (refusal.isPresent()) {
            // said on the page, not as an error page: the reason typed stays
            return revisePage(officeId, plan, form, new FormErrors(), model);
        }
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            drafting.revise(officeId, year, form.reason());
            return "redirect:/offices/" + officeId + "/plans/" + year.shortLabelLatin() + "/edit";
        }, problems -> revisePage(officeId, plan, form, problems, model));
    }

    private String revisePage(long officeId, ActionPlan plan, ReviseForm form, FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("refusal", drafting.reviseRefusal(plan, Dhaka.today()).orElse(null));
        model.addAttribute("lastRevisionDay", drafting.lastRevisionDay(plan.fiscalYear()));
        return "plan/revise";
    }

    private String form(long officeId, ActionPlan plan, PlanForm form, FormErrors errors, Model model) {
        Office office = offices.require(officeId);
        PlanTemplate template = drafting.template(plan);
        boolean ownAllowed = template.content().officeRowsAllowed();
        Map<IndicatorCode, PlanTemplate.Indicator> indicators = new HashMap<>();
        template.indicators().forEach(i -> indicators.put(i.code(), i));
        List<FormRow> rows = new ArrayList<>();
        int section = -1;
        List<PlanRules.Row> shown = form.rowsWithRoom(ownAllowed);
        for (int i = 0; i < shown.size(); i++) {
            PlanRules.Row typed = shown.get(i);
            IndicatorCode code = IndicatorCode.parse(typed.code());
            PlanTemplate.Indicator indicator = typed.ownRow() || code == null ? null : indicators.get(code);
            PlanTemplate.Section opens = null;
            if (indicator != null && code.section() != section) {
                section = code.section();
                opens = template.sections().stream().filter(s -> s.number() == code.section()).findFirst().orElse(null);
            }
            boolean quarters = indicator == null || PlanRules.needsQuarters(indicator.unit(), indicator.calculation());
            rows.add(new FormRow(i, typed, indicator, opens, quarters));
        }
        List<Post> posts = people.posts(officeId).stream().filter(Post::active).toList();
        model.addAttribute("office", office);
        model.addAttribute("plan", plan);
        model.addAttribute("template", template);
        model.addAttribute("rows", rows);
        model.addAttribute("ownAllowed", ownAllowed);
        model.addAttribute("posts", posts);
        model.addAttribute("errors", errors);
        model.addAttribute("columns", List.of(TargetColumn.values()));
        return "plan/plan-form";
    }

    /** The rules' problems where the form shows them: its own by name, a row's as {@code rows[i].field}. */
    private static FormErrors problems(PlanRules.Checked checked) {
        FormErrors errors = new FormErrors().addAll("", checked.header());
        for (int i = 0; i < checked.rows().size(); i++) {
            errors.addAll("rows[" + i + "].", checked.rows().get(i));
        }
        return errors;
    }

    /** The plan, if its open version may be edited (PlanWorkflow EDIT); an issued one is refused in the user's language. */
    private ActionPlan editable(long officeId, FiscalYear year) {
        ActionPlan plan = existing(officeId, year);
        drafting.editRefusal(plan).ifPresent(key -> {
            throw UserFacingException.badRequest(key);
        });
        return plan;
    }

    private ActionPlan existing(long officeId, FiscalYear year) {
        return plans.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("plan.error.noPlan", year.shortLabel()));
    }
}
