package bd.udbhabon.plan.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.PlanTemplates;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.plan.internal.PlanDrafting;
import bd.udbhabon.plan.internal.PlanService;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.BindParam;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An office's action plans: the list by year (with "make the plan" for a year whose template is
 * published, for the office's writers), and THE plan page: its rows as the annex table, its status and
 * its versions with the reason for each revision, read by whoever reads the office's records. The
 * other parts of issue 14 (approval and paper, progress, reports) each add one line to the page's
 * list of links ({@code plan-links} in plan/plan.jte).
 */
@Controller
class PlanPages implements OfficePageLinks {

    private final PlanService plans;
    private final PlanDrafting drafting;
    private final PlanTemplates templates;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final AccessPolicy access;

    PlanPages(PlanService plans, PlanDrafting drafting, PlanTemplates templates, OfficeDirectory offices, PeopleDirectory people,
              AccessPolicy access) {
        this.plans = plans;
        this.drafting = drafting;
        this.templates = templates;
        this.offices = offices;
        this.people = people;
        this.access = access;
    }

    /** Making a plan: the year it is for. */
    record MakeForm(@BindParam("year") String year) {
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return office.level() == OfficeLevel.CABINET_DIVISION ? List.of() : List.of(OfficePageLink.action(240,
                Permission.READ_RECORDS, "/offices/" + office.id() + "/plans", "plan.plans.link", "plans-link"));
    }

    @GetMapping("/offices/{officeId}/plans")
    @OfficeAccess(Permission.READ_RECORDS)
    String list(@PathVariable long officeId, Model model) {
        Office office = offices.require(officeId);
        var years = drafting.years(officeId);
        FiscalYear thisYear = FiscalYear.of(Dhaka.today());
        // the years from this one on whose template is published and that have no plan yet
        List<FiscalYear> toMake = templates.all().stream()
                .filter(v -> v.level() == office.level() && v.status() == PlanTemplate.Status.PUBLISHED
                        && v.fiscalYear().compareTo(thisYear) >= 0)
                .map(PlanTemplates.VersionSummary::fiscalYear).distinct().sorted()
                .filter(y -> years.stream().noneMatch(p -> p.year().equals(y))).toList();
        model.addAttribute("office", office);
        model.addAttribute("years", years);
        model.addAttribute("thisYear", thisYear);
        model.addAttribute("toMake", toMake);
        model.addAttribute("templateThisYear", templates.inForce(thisYear, office.level()).isPresent());
        model.addAttribute("canWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "plan/plans";
    }

    @PostMapping("/offices/{officeId}/plans")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String make(@PathVariable long officeId, @ModelAttribute MakeForm form) {
        FiscalYear year = year(form.year());
        plans.create(officeId, year);
        return "redirect:/offices/" + officeId + "/plans/" + year.shortLabelLatin() + "/edit";
    }

    @GetMapping("/offices/{officeId}/plans/{year}")
    @OfficeAccess(Permission.READ_RECORDS)
    String plan(@PathVariable long officeId, @PathVariable("year") String yearText, Model model) {
        Office office = offices.require(officeId);
        FiscalYear year = year(yearText);
        ActionPlan plan = plans.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("plan.error.noPlan", year.shortLabel()));
        var postIds = plan.current().details().values().stream().map(ActionPlan.RowDetail::responsiblePostId)
                .filter(Objects::nonNull).toList();
        boolean canWrite = access.allows(Permission.WRITE_RECORDS, officeId);
        model.addAttribute("office", office);
        model.addAttribute("plan", plan);
        model.addAttribute("template", drafting.template(plan));
        model.addAttribute("posts", people.posts(postIds));
        model.addAttribute("reasons", drafting.reasons(plan.id()));
        model.addAttribute("columns", List.of(TargetColumn.values()));
        model.addAttribute("canEdit", canWrite && drafting.editRefusal(plan).isEmpty());
        model.addAttribute("canRevise", canWrite && drafting.reviseRefusal(plan, Dhaka.today()).isEmpty());
        model.addAttribute("lastRevisionDay", drafting.lastRevisionDay(year));
        return "plan/plan";
    }

    /** The year in an address or a form, "2023-24" in either digits; refused in the user's language if it is none. */
    static FiscalYear year(String text) {
        try {
            FiscalYear year = FiscalYear.parse(text);
            if (year.startYear() >= 2000 && year.startYear() <= 2200) {
                return year;
            }
        } catch (IllegalArgumentException | NullPointerException e) {
            // said below
        }
        throw UserFacingException.badRequest("plan.error.fiscalYear", text);
    }
}
