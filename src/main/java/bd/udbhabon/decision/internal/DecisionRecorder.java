package bd.udbhabon.decision.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Recording decisions and rewriting them (text, due date, owners) as the deciding office; audited. */
@Component
class DecisionRecorder {

    private final JdbcClient jdbc;
    private final DecisionQueries queries;
    private final StatusChanges statusChanges;
    private final AccessPolicy access;
    private final AuditLog audit;

    DecisionRecorder(JdbcClient jdbc, DecisionQueries queries, StatusChanges statusChanges, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.statusChanges = statusChanges;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    long record(long officeId, NewDecision decision) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        FormErrors errors = new FormErrors();
        String text = Inputs.clean(decision.textBn());
        if (text == null || text.length() > 4000) {
            errors.add("text", "decision.error.text");
        }
        if (decision.takenOn() == null) {
            errors.add("takenOn", "decision.error.takenOn");
        } else if (decision.dueOn() != null && decision.dueOn().isBefore(decision.takenOn())) {
            errors.add("dueOn", "decision.error.dueBeforeTaken");
        }
        if (decision.owners().isEmpty()) {
            errors.add("owners", "decision.error.owners");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long id = jdbc.sql("""
                        insert into decision (office_id, source_meeting_id, source_item, source_label_bn, taken_on, subject_bn, text_bn, due_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(officeId, decision.sourceMeetingId(), decision.sourceItem(), Inputs.clean(decision.sourceLabelBn()),
                        decision.takenOn(), Inputs.clean(decision.subjectBn()), text, decision.dueOn())
                .query(Long.class).single();
        insertOwners(id, decision.owners());
        statusChanges.insert(id, DecisionStatus.NOT_STARTED, decision.takenOn(), null, officeId, null);
        audit.record(new AuditEvent(access.actor(), "decision.recorded", "decision", String.valueOf(id), officeId, null,
                queries.find(id, decision.takenOn()).orElseThrow()));
        return id;
    }

    public boolean mayReassign(long decisionId, long actingOfficeId) {
        return access.allows(Permission.WRITE_RECORDS, actingOfficeId)
                && queries.decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false);
    }

    @Transactional
    void reassign(long decisionId, long actingOfficeId, List<Owner> owners) {
        if (!mayReassign(decisionId, actingOfficeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        if (owners.isEmpty()) {
            throw UserFacingException.invalid(new FormErrors().add("owners", "decision.error.owners"));
        }
        Decision before = queries.find(decisionId, Dhaka.today()).orElseThrow();
        jdbc.sql("delete from decision_owner where decision_id = ?").param(decisionId).update();
        insertOwners(decisionId, owners);
        audit.record(new AuditEvent(access.actor(), "decision.reassigned", "decision", String.valueOf(decisionId),
                before.officeId(), Map.of("owners", before.owners()), Map.of("owners", owners)));
    }

    @Transactional
    void revise(long decisionId, long actingOfficeId, NewDecision decision) {
        if (!mayReassign(decisionId, actingOfficeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Decision before = queries.find(decisionId, Dhaka.today()).orElseThrow();
        String text = Inputs.clean(decision.textBn());
        FormErrors errors = new FormErrors();
        if (text == null || text.length() > 4000) {
            errors.add("text", "decision.error.text");
        }
        if (decision.dueOn() != null && decision.dueOn().isBefore(before.takenOn())) {
            errors.add("dueOn", "decision.error.dueBeforeTaken");
        }
        if (decision.owners().isEmpty()) {
            errors.add("owners", "decision.error.owners");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        jdbc.sql("update decision set source_item = ?, subject_bn = ?, text_bn = ?, due_on = ? where id = ?")
                .params(decision.sourceItem() == null ? before.sourceItem() : decision.sourceItem(),
                        Inputs.clean(decision.subjectBn()), text, decision.dueOn(), decisionId)
                .update();
        jdbc.sql("delete from decision_owner where decision_id = ?").param(decisionId).update();
        insertOwners(decisionId, decision.owners());
        audit.record(new AuditEvent(access.actor(), "decision.revised", "decision", String.valueOf(decisionId),
                before.officeId(), before, queries.find(decisionId, Dhaka.today()).orElseThrow()));
    }

    private void insertOwners(long decisionId, List<Owner> owners) {
        for (int i = 0; i < owners.size(); i++) {
            Owner o = owners.get(i);
            jdbc.sql("insert into decision_owner (decision_id, position, office_id, post_id, level, label_bn) values (?, ?, ?, ?, ?, ?)")
                    .params(decisionId, i + 1, o.officeId(), o.postId(), o.level() == null ? null : o.level().name(),
                            o.labelBn().strip()).update();
        }
    }
}
