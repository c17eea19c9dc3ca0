package bd.udbhabon.decision.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.reminder.DeadlineSource;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The register's deadlines for reminders (issue 16, point 5): each decision with a due day that an office owns
 * (named, through one of its posts, or as every office of its level below the deciding office) and has not
 * implemented or dropped as that office's own entry says, due by {@code until}. Decisions due more than
 * {@link #LOOK_BACK_DAYS} days ago are left to the register's overdue list, so starting reminders does not
 * flood offices with years of old dates. The key carries the due day: a day moved is reminded of anew.
 */
@Component
class DecisionDeadlines implements DeadlineSource {

    static final int LOOK_BACK_DAYS = 30;

    private final JdbcClient jdbc;
    private final Decisions decisions;
    private final PeopleDirectory people;

    DecisionDeadlines(JdbcClient jdbc, Decisions decisions, PeopleDirectory people) {
        this.jdbc = jdbc;
        this.decisions = decisions;
        this.people = people;
    }

    @Override
    public List<Deadline> open(LocalDate until) {
        LocalDate today = Dhaka.today();
        LocalDate from = today.minusDays(LOOK_BACK_DAYS);
        // the offices that may own one: named, holding a named post, or of a named level below the named office
        TreeSet<Long> candidates = new TreeSet<>(jdbc.sql("""
                        select o.office_id from decision_owner o join decision d on d.id = o.decision_id
                         where d.due_on between :from and :until and o.level is null and o.office_id is not null
                        union
                        select s.office_id from decision_owner o join decision d on d.id = o.decision_id
                          join office_scope s on s.ancestor_id = o.office_id and s.level = o.level and s.depth > 0
                         where d.due_on between :from and :until and o.level is not null""")
                .param("from", from).param("until", until).query(Long.class).list());
        List<Long> posts = jdbc.sql("""
                        select distinct o.post_id from decision_owner o join decision d on d.id = o.decision_id
                         where d.due_on between :from and :until and o.post_id is not null""")
                .param("from", from).param("until", until).query(Long.class).list();
        if (!posts.isEmpty()) {
            people.posts(posts).values().stream().map(Post::officeId).forEach(candidates::add);
        }
        List<Deadline> deadlines = new ArrayList<>();
        for (long officeId : candidates) {
            for (Decision d : decisions.assignedTo(officeId, today)) {
                if (d.dueOn() != null && !d.status().closed() && !d.dueOn().isBefore(from) && !d.dueOn().isAfter(until)) {
                    deadlines.add(deadline(officeId, d));
                }
            }
        }
        return deadlines;
    }

    private static Deadline deadline(long officeId, Decision d) {
        String what = d.subjectBn() != null && !d.subjectBn().isBlank() ? d.subjectBn() : d.textBn();
        String shortWhat = what.length() > 160 ? what.substring(0, 159) + "…" : what;
        return new Deadline("decision-due:" + officeId + ":" + d.id() + ":" + d.dueOn(), officeId, Permission.WRITE_RECORDS,
                d.dueOn(), "সিদ্ধান্ত বাস্তবায়ন: " + shortWhat, "Decision to implement: " + shortWhat,
                "/offices/" + officeId + "/decisions/assigned?show=open");
    }

}
