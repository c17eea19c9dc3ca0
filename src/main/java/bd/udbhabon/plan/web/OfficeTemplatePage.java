package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.plan.PlanTemplates;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The template an office's plan is made on: the published version in force for the office's level
 * and the fiscal year (today's unless asked), read by anyone who reads the office's records (its own
 * users, its superiors').
 */
@Controller
class OfficeTemplatePage implements OfficePageLinks {

    private final PlanTemplates templates;
    private final OfficeDirectory offices;

    OfficeTemplatePage(PlanTemplates templates, OfficeDirectory offices) {
        this.templates = templates;
        this.offices = offices;
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return office.level() == OfficeLevel.CABINET_DIVISION ? List.of() : List.of(OfficePageLink.action(250,
                Permission.READ_RECORDS, "/offices/" + office.id() + "/plan-template", "plan.template.link", "plan-template-link"));
    }

    @GetMapping("/offices/{officeId}/plan-template")
    @OfficeAccess(Permission.READ_RECORDS)
    String template(@PathVariable long officeId, @RequestParam(name = "year", required = false) String year, Model model) {
        Office office = offices.require(officeId);
        FiscalYear fiscalYear;
        try {
            fiscalYear = year == null || year.isBlank() ? FiscalYear.of(Dhaka.today()) : FiscalYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("plan.error.fiscalYear", year);
        }
        model.addAttribute("office", office);
        model.addAttribute("year", fiscalYear);
        model.addAttribute("template", templates.inForce(fiscalYear, office.level()).orElse(null));
        model.addAttribute("years", templates.all().stream().filter(v -> v.level() == office.level()
                && v.status() == bd.udbhabon.plan.PlanTemplate.Status.PUBLISHED).map(PlanTemplates.VersionSummary::fiscalYear)
                .distinct().toList());
        model.addAttribute("columns", List.of(TargetColumn.values()));
        return "plan/office-template";
    }
}
