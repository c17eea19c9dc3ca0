package bd.udbhabon.portal.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.portal.Completeness;
import bd.udbhabon.portal.internal.PortalService;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/** The start page's line for the office's writers: this quarter's checklist items still without a link, due by its end. */
@Component
class PortalTasks implements OfficeTasks {

    private final PortalService portal;

    PortalTasks(PortalService portal) {
        this.portal = portal;
    }

    @Override
    public int order() {
        return 700;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        FiscalYear year = FiscalYear.of(today);
        int quarter = year.quarterOf(today);
        Completeness c = portal.completeness(office.id(), year, quarter);
        if (c == null || c.ownDone() >= c.items()) {
            return List.of();
        }
        return List.of(OfficeTask.of(Permission.WRITE_RECORDS, "portal.tasks.fill", c.items() - c.ownDone(), year.quarterEnd(quarter),
                "/offices/" + office.id() + "/portal/edit?" + new Quarter(year, quarter).query(), "task-portal"));
    }
}
