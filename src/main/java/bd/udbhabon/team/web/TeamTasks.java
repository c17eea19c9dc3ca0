package bd.udbhabon.team.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.OfficeCompliance;
import bd.udbhabon.team.TeamCompliance;
import bd.udbhabon.team.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The team's part of a start page: the rules of the notification in force that the team fails
 * (judged as the compliance view judges it, from {@code team_compliance}), each named, or no team at
 * an office that must keep one; both lead to the team page, where the change order is drafted.
 */
@Component
class TeamTasks implements OfficeTasks {

    private final TeamCompliance compliance;

    TeamTasks(TeamCompliance compliance) {
        this.compliance = compliance;
    }

    @Override
    public int order() {
        return 200;
    }

    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        if (!TeamCompliance.COUNTED.contains(office.level())) {
            return List.of();
        }
        String page = "/offices/" + office.id() + "/team";
        Verdict verdict = compliance.office(office.id()).map(OfficeCompliance::verdict).orElse(Verdict.NO_TEAM);
        if (verdict == Verdict.NO_TEAM) {
            return List.of(OfficeTask.of(Permission.WRITE_RECORDS, "team.tasks.noTeam", 1, null, page, "task-team-none"));
        }
        if (verdict != Verdict.NOT_COMPLIANT) {
            return List.of();
        }
        List<Finding> lacking = compliance.office(office.id()).orElseThrow().lacking();
        return List.of(new OfficeTask("team.tasks.failing", lacking.size(), null,
                lacking.stream().map(f -> f.text(true)).collect(Collectors.joining("; ")),
                lacking.stream().map(f -> f.text(false)).collect(Collectors.joining("; ")),
                page, "task-team-failing", Permission.WRITE_RECORDS));
    }
}
