package bd.udbhabon.team.internal;

import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Judgement;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.TeamStanding;
import bd.udbhabon.team.TeamStandings;
import bd.udbhabon.team.Teams;
import bd.udbhabon.team.Verdict;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The team of a day judged as its page judges it: under the notification in force that day, whatever it was issued under. */
@Component
class TeamStandingQuery implements TeamStandings {

    private final Teams teams;
    private final Policies policies;
    private final TeamFormation formation;

    TeamStandingQuery(Teams teams, Policies policies, TeamFormation formation) {
        this.teams = teams;
        this.policies = policies;
        this.formation = formation;
    }

    @Override
    public TeamStanding on(long officeId, LocalDate date) {
        Optional<TeamOnDate> team = teams.onDate(officeId, date);
        Notification inForce = policies.inForce(date).orElse(null);
        if (team.isEmpty()) {
            return new TeamStanding(officeId, date, null, inForce, Verdict.NO_TEAM, List.of(), null);
        }
        var order = team.get().order();
        Judgement judged = inForce == null ? null : formation.judge(officeId, inForce, order.members(), date);
        Verdict verdict = judged == null || !judged.stated() ? Verdict.NO_RULES
                : judged.compliant() ? Verdict.COMPLIANT : Verdict.NOT_COMPLIANT;
        List<Finding> lacking = judged == null ? List.of() : judged.findings().stream().filter(f -> !f.met()).toList();
        return new TeamStanding(officeId, date, order, inForce, verdict, lacking,
                policies.reformationUnder(order.notificationId(), date).orElse(null));
    }
}
