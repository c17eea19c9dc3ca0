package bd.udbhabon.audit.internal;

import bd.udbhabon.audit.AuditEntry;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.audit.AuditVerification;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    /** Serialises appends so that each entry links to the one really before it. */
    private static final long CHAIN_LOCK = 0x756462_6175646974L;
    static final String GENESIS = "0".repeat(64);
    private static final String HASH_ARGUMENTS =
            "occurred_at, account_id, account_name, acting_office_id, client_address, action, record_type, record_id, office_id, before, after";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    @Override
    @Transactional
    public void record(AuditEvent event) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", CHAIN_LOCK).query((ResultSet rs) -> { });
        jdbc.sql("""
                        with e as (
                            select clock_timestamp() as occurred_at, cast(:accountId as bigint) as account_id,
                                   cast(:accountName as text) as account_name, cast(:actingOfficeId as bigint) as acting_office_id,
                                   cast(:clientAddress as text) as client_address, cast(:action as text) as action,
                                   cast(:recordType as text) as record_type, cast(:recordId as text) as record_id,
                                   cast(:officeId as bigint) as office_id, cast(:before as jsonb) as before,
                                   cast(:after as jsonb) as after,
                                   coalesce((select hash from audit_entry order by id desc limit 1), :genesis) as prev_hash
                        )
                        insert into audit_entry (%1$s, prev_hash, hash)
                        select %1$s, prev_hash, audit_entry_hash(prev_hash, %1$s) from e
                        """.formatted(HASH_ARGUMENTS))
                .param("accountId", event.actor().accountId())
                .param("accountName", event.actor().accountName())
                .param("actingOfficeId", event.actor().actingOfficeId())
                .param("clientAddress", event.actor().clientAddress())
                .param("action", event.action())
                .param("recordType", event.recordType())
                .param("recordId", event.recordId())
                .param("officeId", event.officeId())
                .param("before", toJson(event.before()))
                .param("after", toJson(event.after()))
                .param("genesis", GENESIS)
                .update();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        var checked = new AtomicLong();
        var broken = new AtomicReference<AuditVerification>();
        var previousHash = new AtomicReference<>(GENESIS);
        jdbc.sql("select id, prev_hash, hash, audit_entry_hash(prev_hash, %s) as expected from audit_entry order by id"
                        .formatted(HASH_ARGUMENTS))
                .withFetchSize(1000)
                .query((ResultSet rs) -> {
                    if (broken.get() != null) {
                        return;
                    }
                    checked.incrementAndGet();
                    long id = rs.getLong("id");
                    if (!rs.getString("prev_hash").equals(previousHash.get())) {
                        broken.set(new AuditVerification(checked.get(), id,
                                "entry " + id + " does not link to the entry before it: an entry was removed or inserted"));
                    } else if (!rs.getString("hash").equals(rs.getString("expected"))) {
                        broken.set(new AuditVerification(checked.get(), id,
                                "entry " + id + " was changed after it was written"));
                    }
                    previousHash.set(rs.getString("hash"));
                });
        return broken.get() != null ? broken.get() : new AuditVerification(checked.get(), null, null);
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

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }

    private static AuditEntry map(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getTimestamp("occurred_at").toInstant(),
                rs.getObject("account_id", Long.class), rs.getString("account_name"),
                rs.getObject("acting_office_id", Long.class), rs.getString("client_address"),
                rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getObject("office_id", Long.class), rs.getString("before"), rs.getString("after"));
    }
}
