package bd.udbhabon.plan.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.plan.internal.ReportService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The reports' part of a start page: for the head, the report of the quarter that ended last while it can
 * be sent (an approved plan, not sent or returned), with its due day; for the superior's head, the reports
 * waiting for its review, with their count.
 */
@Component
class ReportTasks implements OfficeTasks {

    private final ReportService reports;

    ReportTasks(ReportService reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 400;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        List<OfficeTask> tasks = new ArrayList<>();
        if (office.level() != OfficeLevel.CABINET_DIVISION) {
            PlanReport.Period period = PlanReport.Period.lastEnded(today);
            ReportService.Quarter q = reports.quarter(office.id(), period.year(), period.quarter());
            if (q.maySend()) {
                tasks.add(new OfficeTask(q.status() == PlanReport.Status.RETURNED ? "plan.tasks.report.returned" : "plan.tasks.report.submit",
                        period.quarter(), q.submitBy(), null, null, ReportPages.path(office.id(), period.year(), period.quarter()),
                        "task-plan-report", Permission.SUBMIT_PLAN_REPORTS));
            }
        }
        reports.waitingFor(office.id()).ifPresent(waiting -> tasks.add(OfficeTask.of(Permission.SUBMIT_PLAN_REPORTS,
                "plan.tasks.report.review", waiting.count(), null,
                "/offices/" + office.id() + "/plan-reports/" + waiting.firstReportId(), "task-plan-report-review")));
        return tasks;
    }
}
