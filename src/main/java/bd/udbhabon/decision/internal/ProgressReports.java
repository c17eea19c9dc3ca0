package bd.udbhabon.decision.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister.Upload;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.storage.FileStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Progress reports by an office the decision concerns, with evidence files checked by their content; audited. */
@Component
class ProgressReports {

    static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

    private final JdbcClient jdbc;
    private final DecisionQueries queries;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final FileStore store;

    ProgressReports(JdbcClient jdbc, DecisionQueries queries, AccessPolicy access, AuditLog audit, FileStore store) {
        this.jdbc = jdbc;
        this.queries = queries;
        this.access = access;
        this.audit = audit;
        this.store = store;
    }

    public boolean mayReport(long decisionId, long actingOfficeId) {
        return access.allows(Permission.WRITE_RECORDS, actingOfficeId) && queries.concerns(decisionId, actingOfficeId);
    }

    @Transactional
    long reportProgress(long decisionId, long actingOfficeId, LocalDate reportedOn, String textBn, List<Upload> evidence) {
        if (!mayReport(decisionId, actingOfficeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Decision decision = queries.find(decisionId, Dhaka.today()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        FormErrors errors = new FormErrors();
        String text = Inputs.clean(textBn);
        if (text == null || text.length() > 4000) {
            errors.add("text", "decision.error.progressText");
        }
        if (reportedOn == null || reportedOn.isBefore(decision.takenOn()) || reportedOn.isAfter(Dhaka.today())) {
            errors.add("reportedOn", "decision.error.since");
        }
        List<Uploads.Accepted> files = new ArrayList<>();
        for (Upload file : evidence) {
            if (file.bytes().length == 0 || file.bytes().length > MAX_EVIDENCE_BYTES) {
                errors.add("evidence", "decision.error.evidenceSize");
            } else {
                // the type is what the content is; the browser's declared type is not looked at
                Uploads.Accepted accepted = Uploads.DOCUMENTS.check(file.fileName(), file.bytes(), DecisionQueries.EVIDENCE_NAME, "evidence", errors);
                if (accepted != null) {
                    files.add(accepted);
                }
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long id = jdbc.sql("insert into decision_progress (decision_id, office_id, reported_on, text_bn, recorded_by) values (?, ?, ?, ?, ?) returning id")
                .params(decisionId, actingOfficeId, reportedOn, text, access.accountId().orElse(null)).query(Long.class).single();
        List<String> names = new ArrayList<>();
        for (Uploads.Accepted file : files) {
            long fileId = store.store(file.bytes()).id(); // the bytes to storage (issue 17), in this transaction
            jdbc.sql("insert into decision_evidence (progress_id, file_name, content_type, size, file_id) values (?, ?, ?, ?, ?)")
                    .params(id, file.fileName(), file.contentType(), file.bytes().length, fileId).update();
            names.add(file.fileName());
        }
        audit.record(new AuditEvent(access.actor(), "decision.progress-reported", "decision", String.valueOf(decisionId),
                decision.officeId(), null, Map.of("reportedOn", reportedOn.toString(), "text", text, "files", names,
                        "byOffice", actingOfficeId)));
        return id;
    }
}
