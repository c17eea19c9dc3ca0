package bd.udbhabon.initiative.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The initiatives' part of a start page, for the office's writers: ideas and pilots whose stage has not moved
 * for six months (the notification wants ideas piloted and pilots assessed, not left), leading to them.
 */
@Component
class InitiativeTasks implements OfficeTasks {

    private final Initiatives initiatives;

    InitiativeTasks(Initiatives initiatives) {
        this.initiatives = initiatives;
    }

    @Override
    public int order() {
        return 360;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        long stale = initiatives.ofOffice(office.id()).stream().filter(i -> InitiativePages.stale(i, today)).count();
        return stale == 0 ? List.of() : List.of(OfficeTask.of(Permission.WRITE_RECORDS, "initiative.tasks.stale", stale, null,
                "/offices/" + office.id() + "/initiatives?show=stale", "task-initiatives-stale"));
    }
}
