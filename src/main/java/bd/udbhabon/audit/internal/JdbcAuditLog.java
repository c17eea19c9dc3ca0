package bd.udbhabon.audit.internal;

import bd.udbhabon.audit.AuditCheckpoint;
import bd.udbhabon.audit.AuditEntry;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.audit.AuditVerification;
import bd.udbhabon.audit.AuditVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import javax.crypto.Mac;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

@Service
class JdbcAuditLog implements AuditLog {

    static final String GENESIS = "0".repeat(64);
    static final String FIELDS =
            "occurred_at, account_id, account_name, acting_office_id, client_address, action, record_type, record_id, office_id, before, after";
    /** The event's fields, typed; time and link come from the chain lock, or from the values it gave. */
    private static final String EVENT = """
            select %s as occurred_at,
                   cast(:accountId as bigint) as account_id, cast(:accountName as text) as account_name,
                   cast(:actingOfficeId as bigint) as acting_office_id, cast(:clientAddress as text) as client_address,
                   cast(:action as text) as action, cast(:recordType as text) as record_type,
                   cast(:recordId as text) as record_id, cast(:officeId as bigint) as office_id,
                   cast(:before as jsonb) as before, cast(:after as jsonb) as after,
                   %s as prev_hash
            """;

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final AuditKey key;
    private final AuditCheckpoints checkpoints;
    private final Duration clockTolerance;
    private final ApplicationEventPublisher events;

    JdbcAuditLog(JdbcClient jdbc, JsonMapper json, AuditKey key, AuditCheckpoints checkpoints,
                 AuditProperties properties, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.json = json;
        this.key = key;
        this.checkpoints = checkpoints;
        this.clockTolerance = properties.clockTolerance();
        this.events = events;
    }

    /**
     * Takes the lock that serialises appends and checkpoints (so each entry links to the one really
     * before it), held to the end of the transaction; see audit_chain_lock in V15__audit_hmac.sql.
     */
    static void lockChain(JdbcClient jdbc) {
        jdbc.sql("select 1 from audit_chain_lock()").query((ResultSet rs) -> { });
    }

    /**
     * Under the chain lock, held to the end of the caller's transaction: the database's clock, the
     * head, and the content as the database renders it, in one round trip; the MAC computed here,
     * with a key the database never sees; the entry inserted with exactly that time and link.
     */
    @Override
    @Transactional
    public void record(AuditEvent event) {
        String before = toJson(event.before());
        String after = toJson(event.after());
        String[] prepared = bind(jdbc.sql("""
                        with h as (select * from audit_chain_lock()), e as (%s from h)
                        select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
                               prev_hash, audit_entry_content(prev_hash, %s) as content
                        from e
                        """.formatted(EVENT.formatted("h.at", "h.prev_hash"), FIELDS)), event, before, after)
                .query((rs, row) -> new String[] {rs.getString("occurred_at"), rs.getString("prev_hash"), rs.getString("content")})
                .single();
        bind(jdbc.sql("""
                        with e as (%1$s)
                        insert into audit_entry (%2$s, prev_hash, hash, mac)
                        select %2$s, prev_hash, audit_entry_hash(prev_hash, %2$s), :mac from e
                        """.formatted(EVENT.formatted("cast(:occurredAt as timestamptz)", "cast(:prevHash as text)"), FIELDS)),
                        event, before, after)
                .param("occurredAt", prepared[0])
                .param("prevHash", prepared[1])
                .param("mac", key.mac(prepared[2]))
                .update();
        events.publishEvent(event); // after the entry, in the writer's transaction: read sides keep in step (issue 16)
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec sql, AuditEvent event, String before, String after) {
        return sql.param("accountId", event.actor().accountId())
                .param("accountName", event.actor().accountName())
                .param("actingOfficeId", event.actor().actingOfficeId())
                .param("clientAddress", event.actor().clientAddress())
                .param("action", event.action())
                .param("recordType", event.recordType())
                .param("recordId", event.recordId())
                .param("officeId", event.officeId())
                .param("before", before)
                .param("after", after);
    }

    @Override
    public AuditCheckpoint checkpoint() {
        return checkpoints.write();
    }

    @Override
    @Transactional(readOnly = true)
    public AuditVerification verify() {
        // read before the chain: every checkpoint then describes entries this transaction will see
        List<AuditCheckpoint> anchors = checkpoints.read().stream()
                .filter(c -> c.entryId() > 0)
                .sorted(Comparator.comparingLong(AuditCheckpoint::entryId))
                .toList();
        var walk = new Walk(anchors, key.newMac(), clockTolerance);
        jdbc.sql("""
                        select id, occurred_at, prev_hash, hash, mac, audit_entry_hash(prev_hash, %1$s) as expected_hash,
                               case when mac is not null then audit_entry_content(prev_hash, %1$s) end as content
                        from audit_entry order by id
                        """.formatted(FIELDS))
                .withFetchSize(1000)
                .query(walk::next);
        return walk.result();
    }

    /** The chain, entry by entry, against its key, its time order and the checkpoints; stops at the first failure. */
    private static final class Walk {

        private final List<AuditCheckpoint> anchors;
        private final Mac mac;
        private final Duration tolerance;
        private final long lastAnchoredId;
        private int nextAnchor;
        private long count;
        private String previousValue = GENESIS;
        private Instant previousTime;
        private boolean keyed;
        private AuditVerification broken;

        Walk(List<AuditCheckpoint> anchors, Mac mac, Duration tolerance) {
            this.anchors = anchors;
            this.mac = mac;
            this.tolerance = tolerance;
            this.lastAnchoredId = anchors.isEmpty() ? 0 : anchors.getLast().entryId();
        }

        void next(ResultSet rs) throws SQLException {
            if (broken != null) {
                return;
            }
            count++;
            long id = rs.getLong("id");
            Instant time = rs.getTimestamp("occurred_at").toInstant();
            String entryMac = rs.getString("mac");
            boolean backdated = previousTime != null && time.isBefore(previousTime.minus(tolerance));
            if (nextAnchor < anchors.size() && anchors.get(nextAnchor).entryId() < id) {
                AuditCheckpoint anchor = anchors.get(nextAnchor);
                fail(anchor.entryId(), Problem.REMOVED_OR_INSERTED, "entry " + anchor.entryId() + ", which the checkpoint of "
                        + anchor.at() + " saw, is missing: entries were removed");
            } else if (!rs.getString("prev_hash").equals(previousValue)) {
                fail(id, Problem.REMOVED_OR_INSERTED,
                        "entry " + id + " does not link to the entry before it: an entry was removed or inserted");
            } else if (entryMac == null ? keyed : !validMac(entryMac, rs.getString("content"))) {
                // an entry some checkpoint saw was there, written by the application: it was changed since
                boolean seen = id <= lastAnchoredId;
                String what = entryMac == null ? "has no MAC though the entries before it have" : "does not match its MAC";
                fail(id, seen ? Problem.ALTERED : Problem.FORGED, "entry " + id + " " + what + (seen
                        ? ": it was changed after it was written"
                        : ": it was not written by the application (forged), or was changed before any checkpoint saw it")
                        + (backdated ? "; it is also dated before the entry preceding it (backdated)" : ""));
            } else if (!rs.getString("hash").equals(rs.getString("expected_hash"))) {
                fail(id, Problem.ALTERED, "entry " + id + " was changed after it was written");
            } else if (backdated) {
                fail(id, Problem.OUT_OF_ORDER, "entry " + id + " is dated " + time + ", before the entry preceding it ("
                        + previousTime + "): backdated, or written while the database's clock was wrong");
            }
            if (broken != null) {
                return;
            }
            keyed |= entryMac != null;
            previousValue = entryMac != null ? entryMac : rs.getString("hash");
            previousTime = time;
            while (nextAnchor < anchors.size() && anchors.get(nextAnchor).entryId() == id) {
                AuditCheckpoint anchor = anchors.get(nextAnchor++);
                if (!anchor.head().equals(previousValue)) {
                    fail(id, Problem.ALTERED, "entry " + id + " is not the one the checkpoint of " + anchor.at()
                            + " saw: the chain was rewritten up to it");
                } else if (anchor.count() != count) {
                    fail(id, Problem.REMOVED_OR_INSERTED, "the checkpoint of " + anchor.at() + " counted " + anchor.count()
                            + " entries up to entry " + id + ", there are now " + count + ": entries were removed or inserted");
                }
                if (broken != null) {
                    return;
                }
            }
        }

        AuditVerification result() {
            if (broken == null && nextAnchor < anchors.size()) {
                AuditCheckpoint last = anchors.getLast();
                return new AuditVerification(count, last.entryId(), Problem.TRUNCATED, "the trail has " + count
                        + " entries, but the checkpoint of " + last.at() + " saw " + last.count() + " up to entry "
                        + last.entryId() + ", which is missing: the newest entries were removed");
            }
            return broken != null ? broken : AuditVerification.intact(count);
        }

        private boolean validMac(String stored, String content) {
            return MessageDigest.isEqual(AuditKey.mac(mac, content).getBytes(StandardCharsets.US_ASCII),
                    stored.getBytes(StandardCharsets.US_ASCII));
        }

        private void fail(long id, Problem problem, String reason) {
            broken = new AuditVerification(count, id, problem, reason);
        }
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
