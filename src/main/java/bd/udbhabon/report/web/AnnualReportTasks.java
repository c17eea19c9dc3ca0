package bd.udbhabon.report.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.report.internal.AnnualReport;
import bd.udbhabon.report.internal.AnnualReportService;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * The annual report on the start page and the office page. The start page, for the writers of an office that owes the
 * report of the year just over (it had a team then), until that report is issued: the countdown to 31 July ("৩১ জুলাই পর্যন্ত ১২ দিন বাকি"), or, once past,
 * the report overdue (marked late). The office page links to the reports for whoever reads the office's records.
 */
@Component
class AnnualReportTasks implements OfficeTasks, OfficePageLinks {

    private final AnnualReportService reports;

    AnnualReportTasks(AnnualReportService reports) {
        this.reports = reports;
    }

    @Override
    public int order() {
        return 360;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        if (office.level() == OfficeLevel.CABINET_DIVISION) {
            return List.of();
        }
        FiscalYear year = AnnualReportService.due(today);
        Optional<AnnualReport> report = reports.find(office.id(), year);
        if (report.isPresent() ? report.get().status() == AnnualReport.Status.ISSUED : !reports.owes(office.id(), year)) {
            return List.of();
        }
        LocalDate dueOn = AnnualReport.dueOn(year);
        String href = report.isPresent() ? "/offices/" + office.id() + "/reports/" + year.shortLabelLatin() : "/offices/" + office.id() + "/reports";
        long days = java.time.temporal.ChronoUnit.DAYS.between(today, dueOn);
        if (days < 0) {
            return List.of(OfficeTask.of(Permission.WRITE_RECORDS, "report.tasks.overdue", -days, dueOn, href, "task-report-overdue"));
        }
        return List.of(OfficeTask.of(Permission.WRITE_RECORDS, "report.tasks.due", days, dueOn, href, "task-report-due"));
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        if (office.level() == OfficeLevel.CABINET_DIVISION) {
            return List.of();
        }
        return List.of(OfficePageLink.action(245, Permission.READ_RECORDS, "/offices/" + office.id() + "/reports", "report.link",
                "office-reports-link"));
    }
}
