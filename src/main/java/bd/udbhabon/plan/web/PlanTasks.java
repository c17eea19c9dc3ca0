package bd.udbhabon.plan.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanTemplates;
import bd.udbhabon.plan.Plans;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The action plan's part of a start page, for the office's writers: this year's plan to make (its
 * template is published and the office has none yet), or its draft to finish.
 */
@Component
class PlanTasks implements OfficeTasks {

    private final Plans plans;
    private final PlanTemplates templates;

    PlanTasks(Plans plans, PlanTemplates templates) {
        this.plans = plans;
        this.templates = templates;
    }

    @Override
    public int order() {
        return 350;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        if (office.level() == OfficeLevel.CABINET_DIVISION) {
            return List.of();
        }
        FiscalYear year = FiscalYear.of(today);
        var plan = plans.find(office.id(), year);
        if (plan.isEmpty()) {
            return templates.inForce(year, office.level()).isEmpty() ? List.of()
                    : List.of(OfficeTask.of(Permission.WRITE_RECORDS, "plan.tasks.make", 1, null,
                            "/offices/" + office.id() + "/plans", "task-plan-make"));
        }
        if (plan.get().current().status() == ActionPlan.Status.DRAFT) {
            return List.of(OfficeTask.of(Permission.WRITE_RECORDS, "plan.tasks.finish", 1, null,
                    "/offices/" + office.id() + "/plans/" + year.shortLabelLatin() + "/edit", "task-plan-finish"));
        }
        return List.of();
    }
}
