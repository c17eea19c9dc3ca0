package bd.udbhabon.team.internal;

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
import java.util.List;
import java.util.Optional;

/**
 * Keeps {@code team_compliance} true for an office: its team in effect today judged under the
 * notification in force today. The views across thousands of offices read that table.
 */
@Component
class ComplianceUpdater {

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

    /** Every office that has ever had a team: after a notification is saved or comes into force. */
    @Transactional
    public void refreshAll() {
        jdbc.sql("select distinct office_id from team_order where status = 'ISSUED' order by office_id")
                .query(Long.class).list().forEach(this::refresh);
    }

    @Transactional
    public void refresh(long officeId) {
        LocalDate today = LocalDate.now();
        Office office = offices.find(officeId).orElseThrow();
        Optional<InEffect> order = jdbc.sql("""
                        select id, kind, notification_id, greatest(effective_from, issued_on) from team_order
                        where office_id = ? and status = 'ISSUED' and effective_from <= ?
                        order by effective_from desc, id desc limit 1""")
                .params(officeId, today)
                .query((rs, i) -> new InEffect(rs.getLong(1), OrderKind.valueOf(rs.getString(2)), rs.getLong(3),
                        rs.getObject(4, LocalDate.class))).optional();
        Optional<Notification> judge = policies.inForce(today);
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
