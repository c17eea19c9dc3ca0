package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.Plans;
import bd.udbhabon.plan.internal.PlanApproval;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
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
 * Recording the monthly coordination meeting's approval of the plan's current version (issue 14, point 2): the
 * office's writers; the page also says where the version stands and links to its issue and papers. Bad input
 * comes back on the form as typed, in the user's language.
 */
@Controller
class PlanApprovalPages {

    private final Plans plans;
    private final PlanApproval approval;
    private final OfficeDirectory offices;

    PlanApprovalPages(Plans plans, PlanApproval approval, OfficeDirectory offices) {
        this.plans = plans;
        this.approval = approval;
        this.offices = offices;
    }

    @GetMapping("/offices/{officeId}/plans/{year}/approve")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String form(@PathVariable long officeId, @PathVariable String year,
                @RequestParam(name = "approved", required = false) String approved,
                @RequestParam(name = "issued", required = false) String issued, Model model) {
        FiscalYear fiscalYear = year(year);
        ActionPlan plan = plan(officeId, fiscalYear);
        ActionPlan.Version current = plan.current();
        Map<String, String> form = new LinkedHashMap<>();
        form.put("meeting", current.approvalMeetingBn() == null ? "মাসিক সমন্বয় সভা" : current.approvalMeetingBn());
        form.put("meetingOn", current.approvalMeetingOn() == null ? "" : current.approvalMeetingOn().toString());
        form.put("approvedOn", current.approvedOn() == null ? Dhaka.today().toString() : current.approvedOn().toString());
        model.addAttribute("notice", issued != null ? "plan.issue.done" : approved != null ? "plan.approve.done" : null);
        return page(officeId, fiscalYear, plan, form, new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/plans/{year}/approve")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String approve(@PathVariable long officeId, @PathVariable String year, @Valid @ModelAttribute ApprovalForm form,
                   BindingResult binding, Model model) {
        FiscalYear fiscalYear = year(year);
        ActionPlan plan = plan(officeId, fiscalYear);
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors errors = Forms.errors(binding, Map.of("meetingOn", "plan.approve.error.dayNeeded",
                "approvedOn", "plan.approve.error.dayNeeded"));
        return Forms.saveOrShow(errors, () -> {
            approval.approve(officeId, fiscalYear, new PlanApproval.Input(form.meeting(), form.meetingOn(), form.approvedOn()));
            return "redirect:/offices/" + officeId + "/plans/" + fiscalYear.shortLabelLatin() + "/approve?approved";
        }, refused -> page(officeId, fiscalYear, plan, typed, refused, model));
    }

    private String page(long officeId, FiscalYear year, ActionPlan plan, Map<String, String> form, FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("year", year);
        model.addAttribute("plan", plan);
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "plan/approve";
    }

    private ActionPlan plan(long officeId, FiscalYear year) {
        return plans.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
    }

    /** The year in the path ("2023-24"); anything else is a page that does not exist. */
    static FiscalYear year(String year) {
        try {
            return FiscalYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.notFound("error.notFound");
        }
    }
}
