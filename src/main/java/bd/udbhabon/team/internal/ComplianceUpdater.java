package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.team.CompositionCheck;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Keeps {@code team_compliance} true for an office: its team in effect today judged under the
 * notification in force today. The views across thousands of offices read that table. Refreshed
 * when an order is issued, when what the rules read of a member post changes ({@link ComplianceTriggers}),
 * and daily, when orders, holdings and notifications dated today take effect.
 * Public for the team module's tests; the module boundary keeps it from other modules.
 */
@Component
public class ComplianceUpdater {

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final Policies policies;
    private final TeamRules rules;
    private final JsonMapper json;

    ComplianceUpdater(JdbcClient jdbc, OfficeDirectory offices, Policies policies, TeamRules rules, JsonMapper json) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.policies = policies;
        this.rules = rules;
        this.json = json;
    }

    private record InEffect(long orderId, OrderKind kind, long notificationId, LocalDate effectiveFrom) {
    }

    static LocalDate today() {
        return Dhaka.today();
    }

    /**
     * Every office that has ever had a team: daily, as notifications, orders and holdings dated
     * today take effect, and after a notification is saved. Returns how many.
     */
    @Transactional
    public int refreshAll() {
        LocalDate today = today();
        Optional<Notification> judge = policies.inForce(today);
        List<Long> ids = jdbc.sql("select distinct office_id from team_order where status = 'ISSUED' order by office_id")
                .query(Long.class).list();
        ids.forEach(id -> refresh(id, today, judge));
        return ids.size();
    }

    /** The offices with an issued order naming one of these posts: what the rules read of the posts changed. */
    @Transactional
    public void refreshPosts(Collection<Long> postIds) {
        if (postIds.isEmpty()) {
            return;
        }
        List<Long> ids = jdbc.sql("""
                        select distinct o.office_id from team_order o join team_order_member m on m.order_id = o.id
                        where o.status = 'ISSUED' and m.post_id = any(:posts) order by o.office_id""")
                .param("posts", postIds.toArray(Long[]::new)).query(Long.class).list(); // an import may name thousands
        if (!ids.isEmpty()) {
            LocalDate today = today();
            Optional<Notification> judge = policies.inForce(today);
            ids.forEach(id -> refresh(id, today, judge));
        }
    }

    /** Whether any row was judged before today or under another notification than today's, or an issued team has none. */
    public boolean stale() {
        LocalDate today = today();
        Long inForce = policies.inForce(today).map(Notification::id).orElse(null);
        return jdbc.sql("""
                        select exists (select 1 from team_compliance
                                       where evaluated_at < cast(:today as date)::timestamp at time zone 'Asia/Dhaka'
                                          or judged_under is distinct from cast(:judge as bigint))
                            or exists (select 1 from team_order o where o.status = 'ISSUED'
                                       and not exists (select 1 from team_compliance c where c.office_id = o.office_id))""")
                .param("today", today).param("judge", inForce).query(Boolean.class).single();
    }

    @Transactional
    public void refresh(long officeId) {
        LocalDate today = today();
        refresh(officeId, today, policies.inForce(today));
    }

    private void refresh(long officeId, LocalDate today, Optional<Notification> judge) {
        Office office = offices.find(officeId).orElseThrow();
        Optional<InEffect> order = jdbc.sql("""
                        select id, kind, notification_id, greatest(effective_from, issued_on) from team_order
                        where office_id = ? and status = 'ISSUED' and effective_from <= ?
                        order by effective_from desc, id desc limit 1""")
                .params(officeId, today)
                .query((rs, i) -> new InEffect(rs.getLong(1), OrderKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).optional();
        String verdict;
        List<Finding> findings = List.of();
        if (order.isEmpty() || order.get().kind() == OrderKind.DISSOLUTION) {
            verdict = "NO_TEAM";
        } else if (judge.isEmpty() || judge.get().rules(office.level()).isEmpty()) {
            verdict = "NO_RULES";
        } else {
            List<PlannedMember> members = jdbc.sql("select post_id, role from team_order_member where order_id = ? order by position")
                    .param(order.get().orderId()).query((rs, i) -> new PlannedMember(rs.getLong(1), TeamRole.valueOf(rs.getString(2))))
                    .list();
            findings = rules.findings(office, judge.get(), members, today);
            verdict = CompositionCheck.compliant(findings) ? "COMPLIANT" : "NOT_COMPLIANT";
        }
        jdbc.sql("""
                        insert into team_compliance (office_id, order_id, formed_under, judged_under, verdict, findings, last_change, evaluated_at)
                        values (?, ?, ?, ?, ?, cast(? as jsonb), ?, now())
                        on conflict (office_id) do update set order_id = excluded.order_id, formed_under = excluded.formed_under,
                            judged_under = excluded.judged_under, verdict = excluded.verdict, findings = excluded.findings,
                            last_change = excluded.last_change, evaluated_at = now()""")
                .params(officeId, order.filter(o -> o.kind() != OrderKind.DISSOLUTION).map(InEffect::orderId).orElse(null),
                        order.map(InEffect::notificationId).orElse(null), judge.map(Notification::id).orElse(null), verdict,
                        json.writeValueAsString(findings), order.map(InEffect::effectiveFrom).orElse(null))
                .update();
    }
}
