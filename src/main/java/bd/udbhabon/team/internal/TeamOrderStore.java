package bd.udbhabon.team.internal;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.OrderKind;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamFormation.IssueInput;
import bd.udbhabon.team.TeamOrder;
import bd.udbhabon.team.TeamRole;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The SQL of office orders on teams and their members; see V7__teams.sql (and V22 for the issued paper). */
@Repository
class TeamOrderStore {

    private static final TypeReference<List<Finding>> FINDINGS = new TypeReference<>() {
    };

    private static final String ORDER_COLUMNS = """
            select id, office_id, forming_office_id, kind, status, effective_from, notification_id, preamble_bn,
                   closing_bn, justification, findings::text, compliant, memo_number, issued_on, cabinet_informed_on
            from team_order""";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    TeamOrderStore(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The orders the query selects (ORDER_COLUMNS + where …), with their members loaded in one more query. */
    List<TeamOrder> orders(String where, Object... params) {
        record Row(long id, long officeId, long formingOfficeId, OrderKind kind, boolean issued, LocalDate effectiveFrom,
                   long notificationId, String preamble, String closing, String justification, String findings,
                   Boolean compliant, String memo, LocalDate issuedOn, LocalDate informedOn) {
        }
        List<Row> rows = jdbc.sql(ORDER_COLUMNS + " " + where).params(params).query((rs, i) -> new Row(rs.getLong(1),
                rs.getLong(2), rs.getLong(3), OrderKind.valueOf(rs.getString(4)), "ISSUED".equals(rs.getString(5)),
                rs.getObject(6, LocalDate.class), rs.getLong(7), rs.getString(8), rs.getString(9), rs.getString(10),
                rs.getString(11), (Boolean) rs.getObject(12), rs.getString(13), rs.getObject(14, LocalDate.class),
                rs.getObject(15, LocalDate.class))).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<PlannedMember>> members = new HashMap<>();
        jdbc.sql("select order_id, post_id, role, role_label_bn from team_order_member where order_id = any(?) order by order_id, position")
                .param(rows.stream().mapToLong(Row::id).boxed().toArray(Long[]::new))
                .query(rs -> {
                    members.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new PlannedMember(rs.getLong(2), TeamRole.valueOf(rs.getString(3)), rs.getString(4)));
                });
        return rows.stream().map(r -> new TeamOrder(r.id(), r.officeId(), r.formingOfficeId(), r.kind(), r.issued(),
                r.effectiveFrom(), r.notificationId(), r.preamble(), r.closing(), r.justification(),
                r.findings() == null ? List.of() : json.readValue(r.findings(), FINDINGS), r.compliant(),
                r.memo() == null ? null : MemoNumber.parse(r.memo()).format(), r.issuedOn(), r.informedOn(),
                members.getOrDefault(r.id(), List.of()))).toList();
    }

    Optional<TeamOrder> oneOrder(String where, Object... params) {
        return orders(where, params).stream().findFirst();
    }

    Optional<TeamOrder> order(long orderId) {
        return oneOrder("where id = ?", orderId);
    }

    Optional<TeamOrder> draft(long officeId) {
        return oneOrder("where office_id = ? and status = 'DRAFT'", officeId);
    }

    /** The last issued order in effect on the day, a dissolution included. */
    Optional<TeamOrder> inEffect(long officeId, LocalDate date) {
        return oneOrder("""
                where office_id = ? and status = 'ISSUED' and effective_from <= ?
                order by effective_from desc, id desc limit 1""", officeId, date);
    }

    List<TeamOrder> history(long officeId) {
        return orders("where office_id = ? and status = 'ISSUED' order by effective_from desc, id desc", officeId);
    }

    /** The issued order's paper (V22), if it was issued through {@code OfficialPapers} or copied there. */
    Optional<Long> paperId(long orderId) {
        return jdbc.sql("select paper_id from team_order where id = ? and status = 'ISSUED' and paper_id is not null")
                .param(orderId).query(Long.class).optional();
    }

    /** A post named on another office's team. */
    record Naming(long officeId, long postId, TeamRole role) {
    }

    /** Each other office's order in effect that day (the last issued one), where it names one of the posts. */
    List<Naming> otherTeamsNaming(long officeId, LocalDate date, Long[] posts) {
        return jdbc.sql("""
                        select o.office_id, m.post_id, m.role
                        from (select distinct on (office_id) id, office_id, kind from team_order
                              where status = 'ISSUED' and effective_from <= :date and office_id <> :office
                              order by office_id, effective_from desc, id desc) o
                        join team_order_member m on m.order_id = o.id
                        where o.kind <> 'DISSOLUTION' and m.post_id = any(:posts)
                        order by o.office_id, m.position""")
                .param("date", date).param("office", officeId).param("posts", posts)
                .query((rs, i) -> new Naming(rs.getLong(1), rs.getLong(2), TeamRole.valueOf(rs.getString(3))))
                .list();
    }

    /**
     * What the office's last issued order was issued with, for the next issue form, and its paper (whose
     * memo file the form offers again; null for an order stored without one); empty when none.
     */
    Optional<LastIssue> lastIssue(long officeId, LocalDate issuedOn) {
        return jdbc.sql("""
                        select o.section_bn, o.signatory_name_bn, o.signatory_designation_bn, o.signatory_phone,
                               o.signatory_email, o.copies, o.paper_id
                        from team_order o
                        where o.office_id = ? and o.status = 'ISSUED' order by o.issued_on desc, o.id desc limit 1""")
                .param(officeId)
                .query((rs, i) -> new LastIssue(new IssueInput(0, issuedOn, rs.getString(1), null, rs.getString(2),
                        rs.getString(3), rs.getString(4), rs.getString(5), List.of((String[]) rs.getArray(6).getArray())),
                        (Long) rs.getObject(7)))
                .optional();
    }

    record LastIssue(IssueInput issue, Long paperId) {
    }

    /** Creates the office's draft, or replaces {@code existingId}'s fields and members; returns its id. */
    long saveDraft(Long existingId, long officeId, long formingOfficeId, OrderKind kind, LocalDate effectiveFrom,
                   long notificationId, String preamble, String closing, List<Finding> findings, boolean compliant,
                   List<PlannedMember> members) {
        long id = existingId != null
                ? jdbc.sql("""
                        update team_order set kind = ?, effective_from = ?, notification_id = ?, forming_office_id = ?,
                               preamble_bn = ?, closing_bn = ?, findings = cast(? as jsonb), compliant = ?, updated_at = now()
                        where id = ? returning id""")
                .params(kind.name(), effectiveFrom, notificationId, formingOfficeId, preamble, closing,
                        json.writeValueAsString(findings), compliant, existingId)
                .query(Long.class).single()
                : jdbc.sql("""
                        insert into team_order (office_id, forming_office_id, kind, status, effective_from, notification_id,
                                                preamble_bn, closing_bn, findings, compliant)
                        values (?, ?, ?, 'DRAFT', ?, ?, ?, ?, cast(? as jsonb), ?) returning id""")
                .params(officeId, formingOfficeId, kind.name(), effectiveFrom, notificationId, preamble, closing,
                        json.writeValueAsString(findings), compliant)
                .query(Long.class).single();
        jdbc.sql("delete from team_order_member where order_id = ?").param(id).update();
        for (int i = 0; i < members.size(); i++) {
            jdbc.sql("insert into team_order_member (order_id, position, post_id, role, role_label_bn) values (?, ?, ?, ?, ?)")
                    .params(id, i + 1, members.get(i).postId(), members.get(i).role().name(), members.get(i).labelBn()).update();
        }
        return id;
    }

    void deleteDraft(long orderId) {
        jdbc.sql("delete from team_order where id = ? and status = 'DRAFT'").param(orderId).update();
    }

    /** The draft becomes the issued order, pointing at its paper. */
    void markIssued(long orderId, MemoNumber memo, LocalDate issuedOn, Long issuedBy, String justification, String section,
                    List<Finding> findings, boolean compliant, String signatoryName, String signatoryDesignation,
                    String signatoryPhone, String signatoryEmail, String[] copies, long paperId) {
        jdbc.sql("""
                        update team_order set status = 'ISSUED', memo_number = ?, issued_on = ?, issued_by = ?, justification = ?, section_bn = ?,
                               findings = cast(? as jsonb), compliant = ?, signatory_name_bn = ?, signatory_designation_bn = ?,
                               signatory_phone = ?, signatory_email = ?, copies = ?, paper_id = ?, updated_at = now()
                        where id = ? and status = 'DRAFT'""")
                .params(memo.formatLatin(), issuedOn, issuedBy, justification, section, json.writeValueAsString(findings),
                        compliant, signatoryName, signatoryDesignation, signatoryPhone, signatoryEmail, copies, paperId, orderId)
                .update();
    }

    void cabinetInformed(long orderId, LocalDate on) {
        jdbc.sql("update team_order set cabinet_informed_on = ?, updated_at = now() where id = ?").params(on, orderId).update();
    }
}
