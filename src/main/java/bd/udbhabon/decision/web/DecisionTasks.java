package bd.udbhabon.decision.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.springframework.stereotype.Component;

/**
 * The register's part of a start page: the decisions given to the office to implement that are
 * overdue, those open without a due day (due since taken), and apart from them those not yet due (with the nearest due day), each leading
 * to the list of decisions to implement where progress is reported.
 */
@Component
class DecisionTasks implements OfficeTasks {

    private final Decisions decisions;

    DecisionTasks(Decisions decisions) {
        this.decisions = decisions;
    }

    @Override
    public int order() {
        return 300;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        List<Decision> assigned = decisions.assignedTo(office.id(), today);
        String page = "/offices/" + office.id() + "/decisions/assigned";
        List<OfficeTask> tasks = new ArrayList<>();
        long overdue = assigned.stream().filter(Decision::overdue).count();
        if (overdue > 0) {
            tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "decision.tasks.overdue", overdue, null,
                    page + "?show=overdue", "task-decisions-overdue"));
        }
        // no due day: due from the day taken (as the rate counts it), open, but not "overdue" by a date
        long dueUndated = assigned.stream().filter(d -> !d.status().closed() && d.dueOn() == null).count();
        if (dueUndated > 0) {
            tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "decision.tasks.undated", dueUndated, null,
                    page + "?show=open", "task-decisions-undated"));
        }
        List<Decision> notYetDue = assigned.stream().filter(Decision::notYetDue).toList();
        if (!notYetDue.isEmpty()) {
            LocalDate nearest = notYetDue.stream().map(Decision::dueOn).filter(Objects::nonNull).min(LocalDate::compareTo).orElse(null);
            tasks.add(OfficeTask.of(Permission.WRITE_RECORDS, "decision.tasks.notYetDue", notYetDue.size(), nearest,
                    page + "?show=open", "task-decisions-not-yet-due"));
        }
        return tasks;
    }
}
