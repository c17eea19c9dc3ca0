package bd.udbhabon.decision.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a status: a ruling on the whole decision (the deciding office) or one implementing
 * office's own entry; who may set what, checked field by field; audited.
 */
@Component
class StatusChanges {

    private final JdbcClient jdbc;
    private final DecisionQueries queries;
    private final AccessPolicy access;
    private final AuditLog audit;

    StatusChanges(JdbcClient jdbc, DecisionQueries queries, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
    }

    /** A status row: a ruling on the whole decision ({@code forOfficeId} null) or that office's own entry. */
    void insert(long decisionId, DecisionStatus status, LocalDate since, String reason, long officeId, Long forOfficeId) {
        jdbc.sql("""
                        insert into decision_status (decision_id, status, reason, since, office_id, recorded_by, for_office_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, status.name(), reason, since, officeId, access.accountId().orElse(null), forOfficeId).update();
    }

    public List<DecisionStatus> statusesAllowed(long decisionId, long actingOfficeId) {
        if (!access.allows(Permission.WRITE_RECORDS, actingOfficeId)) {
            return List.of();
        }
        if (queries.decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false)) {
            return List.of(DecisionStatus.values());
        }
        return queries.owns(decisionId, actingOfficeId) ? List.of(DecisionStatus.IN_PROGRESS, DecisionStatus.IMPLEMENTED) : List.of();
    }

    @Transactional
    void changeStatus(long decisionId, long actingOfficeId, DecisionStatus status, LocalDate since, String reason) {
        boolean deciding = queries.decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false);
        changeStatus(decisionId, actingOfficeId, deciding ? null : actingOfficeId, status, since, reason);
    }

    @Transactional
    void changeStatus(long decisionId, long actingOfficeId, Long forOfficeId, DecisionStatus status, LocalDate since,
                             String reason) {
        List<DecisionStatus> allowed = statusesAllowed(decisionId, actingOfficeId);
        boolean deciding = queries.decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false);
        // an implementing office speaks for itself only; the whole decision is the deciding office's
        if (allowed.isEmpty() || (!deciding && (forOfficeId == null || forOfficeId != actingOfficeId))) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Decision before = queries.find(decisionId, Dhaka.today()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        FormErrors errors = new FormErrors();
        String why = Inputs.clean(reason);
        if (forOfficeId != null && !queries.members(decisionId).contains(forOfficeId)) {
            errors.add("forOffice", "decision.error.forOffice");
        }
        if (status == null || !allowed.contains(status)) {
            errors.add("status", "decision.error.status");
        } else if (!deciding && closedAsWhole(decisionId)) {
            errors.add("status", "decision.error.closedAsWhole");
        }
        if (since == null || since.isBefore(before.takenOn()) || since.isAfter(Dhaka.today())) {
            errors.add("since", "decision.error.since");
        }
        if (status == DecisionStatus.DROPPED && why == null) {
            errors.add("reason", "decision.error.reason");
        }
        if (why != null && why.length() > 2000) {
            errors.add("reason", "decision.error.reasonLong");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        insert(decisionId, status, since, why, actingOfficeId, forOfficeId);
        Decision after = queries.find(decisionId, Dhaka.today()).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "decision.status-changed", "decision", String.valueOf(decisionId),
                before.officeId(), Map.of("status", before.status().name(), "since", before.statusSince().toString()),
                Map.of("status", after.status().name(), "since", after.statusSince().toString(), "set", status.name(),
                        "reason", why == null ? "" : why, "byOffice", actingOfficeId,
                        "forOffice", forOfficeId == null ? "all" : forOfficeId)));
    }

    /** The deciding office's latest ruling today closed the decision as a whole (implemented or dropped for all). */
    private boolean closedAsWhole(long decisionId) {
        return jdbc.sql("""
                        select status in ('IMPLEMENTED', 'DROPPED') from decision_status
                        where decision_id = ? and for_office_id is null and since <= ? order by since desc, id desc limit 1""")
                .params(decisionId, Dhaka.today()).query(Boolean.class).optional().orElse(false);
    }
}
