package bd.udbhabon.team.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Judgement;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamFormation.DraftInput;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The panel beside the draft and on the issue page: each rule of the notification in force on the draft's day, the members it counted, its fix. */
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
        LocalDate date = input.effectiveFrom() == null ? Dhaka.today() : input.effectiveFrom();
        if (input.kind() == OrderKind.DISSOLUTION) {
            addNote(officeId, "team.findings.dissolution", null, model);
            return;
        }
        var notification = policies.inForce(date);
        if (notification.isEmpty()) {
            addNote(officeId, "team.noNotification", null, model);
        } else if (notification.get().rules(offices.require(officeId).level()).isEmpty()) {
            addNote(officeId, "team.findings.noRules", notification.get(), model);
        } else {
            addJudgement(officeId, formation.judge(officeId, input), date, model);
        }
    }

    /**
     * The issue page's panel, the same as the draft's: the saved draft judged under the notification it was saved
     * under, as issuing judges it; a dissolution has none (issue 19, point 9).
     */
    void addTo(long officeId, TeamOrder draft, Notification notification, Model model) {
        if (draft.kind() == OrderKind.DISSOLUTION) {
            addNote(officeId, "team.findings.dissolution", null, model);
        } else if (notification.rules(offices.require(officeId).level()).isEmpty()) {
            addNote(officeId, "team.findings.noRules", notification, model);
        } else {
            addJudgement(officeId, formation.judge(officeId, notification, draft.members(), draft.effectiveFrom()),
                    draft.effectiveFrom(), model);
        }
    }

    private static void addNote(long officeId, String note, Notification notification, Model model) {
        if (notification != null) {
            model.addAttribute("notification", notification);
        }
        model.addAttribute("findings", List.<Finding>of());
        model.addAttribute("findingsNote", note);
        model.addAttribute("officeId", officeId);
    }

    private void addJudgement(long officeId, Judgement judgement, LocalDate date, Model model) {
        model.addAttribute("notification", judgement.notification());
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
        model.addAttribute("findings", judgement.findings());
        model.addAttribute("findingsNote", null);
        model.addAttribute("officeId", officeId);
    }
}
