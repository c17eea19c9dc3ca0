package bd.udbhabon.team.internal;

import bd.udbhabon.team.TeamNames;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.office.Office;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.team.MinutesTeamChanges;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.SubCommittees;
import bd.udbhabon.team.TeamFormation.DraftInput;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.Teams;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Carries out what issued minutes decided about the team. A plain {@link EventListener}: it runs in
 * the publisher's thread and transaction, so a refused sub-committee or draft rolls the issue back,
 * as when the meeting module called {@link SubCommittees} and {@code TeamFormation} itself.
 */
@Component
class MinutesTeamChangesListener {

    private final SubCommittees subCommittees;
    private final TeamDrafts drafts;
    private final TeamAuthority authority;
    private final Teams teams;
    private final PeopleDirectory people;

    MinutesTeamChangesListener(SubCommittees subCommittees, TeamDrafts drafts, TeamAuthority authority, Teams teams,
                               PeopleDirectory people) {
        this.subCommittees = subCommittees;
        this.drafts = drafts;
        this.authority = authority;
        this.teams = teams;
        this.people = people;
    }

    @EventListener
    void on(MinutesTeamChanges changes) {
        for (MinutesTeamChanges.SubCommitteeToForm c : changes.subCommittees()) {
            subCommittees.form(changes.officeId(), strip(c.nameBn()), strip(c.purposeBn()), changes.meetingDate(), c.sourceBn(),
                    c.members());
        }
        if (!changes.cooptPostIds().isEmpty()) {
            proposeCoopted(changes);
        }
    }

    /** Opens (or extends) the team's change draft with the co-opted members, for the forming office to issue. */
    private void proposeCoopted(MinutesTeamChanges changes) {
        long officeId = changes.officeId();
        DraftInput draft = drafts.startingDraft(officeId);
        List<PlannedMember> members = new ArrayList<>(draft.members());
        Set<Long> on = new HashSet<>();
        members.forEach(m -> on.add(m.postId()));
        List<String> titles = new ArrayList<>();
        for (Long post : changes.cooptPostIds()) {
            titles.add(people.post(post).map(Post::titleBn).orElse(""));
            if (on.add(post)) {
                members.add(new PlannedMember(post, TeamRole.COOPTED));
            }
        }
        Office office = authority.office(officeId);
        String preamble = TeamNames.ofGenitive(office) + " " + DualDate.gregorianDate(changes.meetingDate())
                + " খ্রি. তারিখের সভার সিদ্ধান্ত (কার্যবিবরণী স্মারক নং " + BanglaDigits.toBangla(changes.memoNumber().formatLatin())
                + ") অনুযায়ী " + String.join(", ", titles) + "-কে ইনোভেশন টিমের সদস্য হিসেবে অন্তর্ভুক্ত (কো-অপ্ট) করা হলো।";
        OrderKind kind = draft.kind() == OrderKind.FORMATION && teams.onDate(officeId, changes.issuedOn()).isPresent()
                ? OrderKind.CHANGE : draft.kind();
        drafts.saveDraft(officeId, new DraftInput(kind, changes.issuedOn(), preamble, draft.closingBn(), members));
    }

    private static String strip(String s) {
        return s == null ? null : s.strip();
    }
}
