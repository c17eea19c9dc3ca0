package bd.udbhabon.team.internal;

import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.team.Membership;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamMember;
import bd.udbhabon.team.TeamOnDate;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.Teams;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reading teams: the order in effect with that day's post holders, the history, the issued papers. */
@Service
class TeamReader implements Teams {

    private final TeamOrderStore store;
    private final PeopleDirectory people;
    private final OfficialPapers papers;

    TeamReader(TeamOrderStore store, PeopleDirectory people, OfficialPapers papers) {
        this.store = store;
        this.people = people;
        this.papers = papers;
    }

    @Override
    public Optional<TeamOnDate> onDate(long officeId, LocalDate date) {
        return store.inEffect(officeId, date).filter(o -> o.kind() != OrderKind.DISSOLUTION)
                .map(o -> new TeamOnDate(officeId, date, o, membersOn(o.members(), date)));
    }

    @Override
    public List<TeamMember> membersOn(List<PlannedMember> planned, LocalDate date) {
        List<Long> ids = planned.stream().map(PlannedMember::postId).toList();
        Map<Long, Officer> holders = people.holdersOn(ids, date);
        Map<Long, Post> posts = people.posts(ids);
        Set<Long> vacant = people.vacantOn(ids.stream().filter(id -> !holders.containsKey(id)).toList(), date);
        return planned.stream().map(p -> new TeamMember(posts.get(p.postId()), p.role(),
                holders.get(p.postId()), p.labelBn(), vacant.contains(p.postId()))).toList();
    }

    @Override
    public List<Membership> membershipsOf(long officeId, LocalDate date) {
        Map<Long, Post> own = new HashMap<>();
        people.posts(officeId).forEach(p -> own.put(p.id(), p));
        if (own.isEmpty()) {
            return List.of();
        }
        return store.otherTeamsNaming(officeId, date, own.keySet().toArray(Long[]::new)).stream()
                .map(n -> new Membership(n.officeId(), own.get(n.postId()), n.role())).toList();
    }

    @Override
    public List<TeamOrder> history(long officeId) {
        return store.history(officeId);
    }

    @Override
    public Optional<TeamOrder> draft(long officeId) {
        return store.draft(officeId);
    }

    @Override
    public Optional<TeamOrder> order(long orderId) {
        return store.order(orderId);
    }

    @Override
    public Optional<byte[]> pdf(long orderId) {
        return store.paperId(orderId).flatMap(papers::pdf);
    }

    @Override
    public Optional<byte[]> docx(long orderId) {
        return store.paperId(orderId).flatMap(papers::docx);
    }
}
