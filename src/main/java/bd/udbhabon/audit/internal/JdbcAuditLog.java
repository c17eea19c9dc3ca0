package bd.udbhabon.audit.internal;

import bd.udbhabon.audit.AuditCheckpoint;
import bd.udbhabon.audit.AuditEntry;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.audit.AuditVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditKey key;
    private final AuditChains chains;
    private final AuditCheckpoints checkpoints;
    private final Duration clockTolerance;
    private final ApplicationEventPublisher events;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, AuditKey key, AuditChains chains, AuditCheckpoints checkpoints,
                 AuditProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.key = key;
        this.chains = chains;
        this.checkpoints = checkpoints;
        this.clockTolerance = properties.clockTolerance();
        this.events = events;
    }

    /** Appended to its transaction's chain (AuditChains), whose lock is held to the end of the caller's transaction. */
    @Override
    @Transactional
    public void record(AuditEvent event) {
        chains.append(AuditChains.chainOf(event), event);
        events.publishEvent(event); // after the entry, in the writer's transaction: read sides keep in step (issue 16)
    }

    @Override
    public AuditCheckpoint checkpoint() {
        return checkpoints.write();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        // read before the chains: every checkpoint then describes entries this transaction will see
        return ChainWalk.verify(jdbc, checkpoints.read(), key.newMac(), json, clockTolerance);
    }

    @Override
    public List<AuditEntry> forOffice(long officeId, Long beforeId, int limit) {
        return jdbc.sql("""
                        select * from audit_entry where office_id = :officeId and (cast(:beforeId as bigint) is null or id < :beforeId)
                        order by id desc limit :limit
                        """)
                .param("officeId", officeId)
                .param("beforeId", beforeId)
                .param("limit", limit)
                .query(JdbcAuditLog::map)
                .list();
    }

    @Override
    public List<AuditEntry> forRecord(String recordType, String recordId) {
        return jdbc.sql("select * from audit_entry where record_type = :type and record_id = :id order by id")
                .param("type", recordType)
                .param("id", recordId)
                .query(JdbcAuditLog::map)
                .list();
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("account_id", Long.class), rs.getString("account_name"),
                rs.getObject("acting_office_id", Long.class), rs.getString("client_address"),
                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getObject("office_id", Long.class), rs.getString("before"), rs.getString("after"));
    }
}
