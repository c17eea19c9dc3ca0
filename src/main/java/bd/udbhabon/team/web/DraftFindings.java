package bd.udbhabon.team.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Judgement;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamFormation.DraftInput;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.Teams;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The panel beside the draft: each rule of the notification in force on the draft's day, the members it counted, its fix. */
@Component
class DraftFindings {

    private final OfficeDirectory offices;
    private final Teams teams;
    private final TeamFormation formation;
    private final Policies policies;

    DraftFindings(OfficeDirectory offices, Teams teams, TeamFormation formation, Policies policies) {
        this.offices = offices;
        this.teams = teams;
        this.formation = formation;
        this.policies = policies;
    }

    /** The findings of the draft as it stands, or why there are none (no notification in force, a dissolution). */
    void addTo(long officeId, DraftInput input, Model model) {
        List<Finding> findings = List.of();
        String note = null;
        if (input.kind() == OrderKind.DISSOLUTION) {
            note = "team.findings.dissolution";
        } else {
            LocalDate date = input.effectiveFrom() == null ? Dhaka.today() : input.effectiveFrom();
            var notification = policies.inForce(date);
            if (notification.isEmpty()) {
                note = "team.noNotification";
            } else if (notification.get().rules(offices.require(officeId).level()).isEmpty()) {
                note = "team.findings.noRules";
                model.addAttribute("notification", notification.get());
            } else {
                Judgement judgement = formation.judge(officeId, input);
                findings = judgement.findings();
                model.addAttribute("notification", notification.get());
                model.addAttribute("judgement", judgement);
                // the members named beside each rule, with that day's holders, and the offices of other offices' posts
                Map<Long, TeamMember> byPost = new java.util.HashMap<>();
                Map<Long, Office> memberOffices = new java.util.HashMap<>();
                teams.membersOn(judgement.members(), date).forEach(m -> {
                    byPost.put(m.post().id(), m);
                    if (m.post().officeId() != officeId) {
                        offices.find(m.post().officeId()).ifPresent(o -> memberOffices.put(o.id(), o));
                    }
                });
                model.addAttribute("byPost", byPost);
                model.addAttribute("memberOffices", memberOffices);
            }
        }
        model.addAttribute("findings", findings);
        model.addAttribute("findingsNote", note);
        model.addAttribute("officeId", officeId);
    }
}
