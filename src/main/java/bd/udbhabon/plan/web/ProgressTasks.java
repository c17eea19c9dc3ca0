package bd.udbhabon.plan.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.internal.ProgressService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The action plan's progress on a start page: for an office with a plan, each quarter begun in the fiscal
 * year whose report is not yet with the superior ("progress for quarter 2, report due on 15 January"),
 * and last year's fourth quarter until its report's day in July.
 */
@Component
class ProgressTasks implements OfficeTasks {

    private final ProgressService progress;

    ProgressTasks(ProgressService progress) {
        this.progress = progress;
    }

    @Override
    public int order() {
        return 410; // after the report to submit (ReportTasks, 400)
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        List<OfficeTask> tasks = new ArrayList<>();
        FiscalYear year = FiscalYear.of(today);
        FiscalYear last = year.previous();
        progress.find(office.id(), last).ifPresent(plan -> {
            LocalDate due = progress.dueOn(last, 4);
            if (!today.isAfter(due) && !progress.locked(plan.id(), 4)) {
                tasks.add(task(office, plan, 4, due));
            }
        });
        progress.find(office.id(), year).ifPresent(plan -> {
            for (int q = 1; q <= 4 && !year.quarterStart(q).isAfter(today); q++) {
                if (!progress.locked(plan.id(), q)) {
                    tasks.add(task(office, plan, q, progress.dueOn(year, q)));
                }
            }
        });
        return tasks;
    }

    private static OfficeTask task(Office office, ActionPlan plan, int quarter, LocalDate due) {
        return OfficeTask.of(Permission.WRITE_RECORDS, "plan.tasks.progress", quarter, due,
                "/offices/" + office.id() + "/plans/" + plan.fiscalYear().shortLabelLatin() + "/progress/" + quarter,
                "task-plan-progress-" + plan.fiscalYear().shortLabelLatin() + "-" + quarter);
    }
}
