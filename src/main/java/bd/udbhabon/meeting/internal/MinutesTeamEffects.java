package bd.udbhabon.meeting.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.team.MinutesTeamChanges;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What issued minutes change on the team: the sub-committees decided are formed, the co-opted posts
 * put on the team's change draft. The only place {@code meeting} writes through {@code team}, until
 * {@code team} handles {@link MinutesTeamChanges} itself (then {@link #publish} publishes the event).
 */
@Component
class MinutesTeamEffects {

    private final SubCommittees subCommittees;
    private final TeamFormation formation;
    private final Teams teams;
    private final PeopleDirectory people;
    private final OfficeDirectory offices;

    MinutesTeamEffects(SubCommittees subCommittees, TeamFormation formation, Teams teams, PeopleDirectory people,
                       OfficeDirectory offices) {
        this.subCommittees = subCommittees;
        this.formation = formation;
        this.teams = teams;
        this.people = people;
        this.offices = offices;
    }

    /** In the issuing transaction: a refusal rolls the issue back. */
    void publish(MinutesTeamChanges changes) {
        for (MinutesTeamChanges.SubCommitteeToForm c : changes.subCommittees()) {
            subCommittees.form(changes.officeId(), c.nameBn(), c.purposeBn(), changes.meetingDate(), c.sourceBn(), c.members());
        }
        if (!changes.cooptPostIds().isEmpty()) {
            proposeCoopted(changes);
        }
    }

    /** Opens (or extends) the team's change draft with the co-opted members, for the forming office to issue. */
    private void proposeCoopted(MinutesTeamChanges changes) {
        long officeId = changes.officeId();
        TeamFormation.DraftInput draft = formation.startingDraft(officeId);
        List<PlannedMember> members = new ArrayList<>(draft.members());
        Set<Long> on = members.stream().map(PlannedMember::postId).collect(Collectors.toSet());
        for (Long post : changes.cooptPostIds()) {
            if (on.add(post)) {
                members.add(new PlannedMember(post, TeamRole.COOPTED));
            }
        }
        List<String> titles = changes.cooptPostIds().stream().map(p -> people.post(p).map(Post::titleBn).orElse("")).toList();
        Office office = offices.require(officeId);
        String preamble = MeetingWording.teamsOf(office) + " " + DualDate.gregorianDate(changes.meetingDate())
                + " খ্রি. তারিখের সভার সিদ্ধান্ত (কার্যবিবরণী স্মারক নং " + BanglaDigits.toBangla(changes.memoNumber().formatLatin())
                + ") অনুযায়ী " + String.join(", ", titles) + "-কে ইনোভেশন টিমের সদস্য হিসেবে অন্তর্ভুক্ত (কো-অপ্ট) করা হলো।";
        OrderKind kind = draft.kind() == OrderKind.FORMATION && teams.onDate(officeId, changes.issuedOn()).isPresent()
                ? OrderKind.CHANGE : draft.kind();
        formation.saveDraft(officeId, new TeamFormation.DraftInput(kind, changes.issuedOn(), preamble, draft.closingBn(), members));
    }
}
