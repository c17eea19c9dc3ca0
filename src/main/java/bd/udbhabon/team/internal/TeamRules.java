package bd.udbhabon.team.internal;

import bd.udbhabon.office.Office;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.team.Candidate;
import bd.udbhabon.team.CompositionCheck;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Judgement;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.PlannedMember;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A notification's rules applied to an office's team: who forms it, and what is met and lacking. */
@Component
class TeamRules {

    private final PeopleDirectory people;

    TeamRules(PeopleDirectory people) {
        this.people = people;
    }

    /** The office that issues the team's orders under the notification. */
    long formingOffice(Office office, Notification notification) {
        return notification.rules(office.level()).map(rules -> switch (rules.formingAuthority()) {
            case SELF -> office.id();
            case ADMINISTRATIVE_PARENT -> office.adminParentId() != null ? office.adminParentId() : office.id();
            case LINE_PARENT -> office.lineParentId() != null ? office.lineParentId() : office.id();
        }).orElse(office.id());
    }

    /** The findings, judged with the posts' holders on {@code date}; empty when the notification has no rules for the level. */
    List<Finding> findings(Office office, Notification notification, List<PlannedMember> members, LocalDate date) {
        return judge(office, notification, members, date).findings();
    }

    /** Each rule with its finding and the members that counted, judged with the posts' holders on {@code date}. */
    Judgement judge(Office office, Notification notification, List<PlannedMember> members, LocalDate date) {
        Optional<LevelRules> rules = notification.rules(office.level());
        if (rules.isEmpty()) {
            return new Judgement(notification, false, members, List.of());
        }
        List<Long> ids = members.stream().map(PlannedMember::postId).toList();
        Map<Long, Officer> holders = people.holdersOn(ids, date);
        Map<Long, Post> posts = people.posts(ids);
        List<Candidate> candidates = new ArrayList<>();
        for (PlannedMember m : members) {
            Post post = posts.get(m.postId());
            Officer holder = holders.get(m.postId());
            Candidate c = Candidate.of(m.role(), post, holder != null && holder.skillsDevelopment());
            if (post.officeId() != office.id()) { // a post of another registered office is of another office
                c = new Candidate(c.role(), c.grade(), c.wing(), c.skillsDevelopment(), c.teachingLevel(), c.subject(), true);
            }
            candidates.add(c);
        }
        return new Judgement(notification, true, members, CompositionCheck.judge(rules.get(), candidates));
    }
}
