package bd.udbhabon.audit.internal;

import bd.udbhabon.access.Actor;
import bd.udbhabon.audit.AuditCheckpoint;
import bd.udbhabon.audit.AuditEvent;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * The chains entries are appended to (issue 17, point 8): one per office, each with its own lock held to
 * the writer's commit, so offices do not wait for each other; chain 0, the national chain, holds the
 * entries from before (one chain for all), entries without an office, and the anchors: an entry that
 * records every other chain's head, MAC'd like any entry, written by the checkpoint.
 */
@Component
class AuditChains {

    static final long NATIONAL = 0;
    static final String GENESIS = "0".repeat(64);
    static final String ANCHOR_ACTION = "audit.anchored";
    static final String ANCHOR_RECORD = "audit_chain";
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
    private final TransactionTemplate transaction;

    AuditChains(JdbcClient jdbc, JsonMapper json, AuditKey key, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.json = json;
        this.key = key;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * The chain an entry asks for: its office's (else the office its actor acts for, else the national
     * chain). Its transaction's first entry decides: every later one joins that chain whatever its office
     * (see audit_chain_lock in V62__audit_chain_per_office.sql).
     */
    static long chainOf(AuditEvent event) {
        return event.officeId() != null ? event.officeId()
                : event.actor().actingOfficeId() != null ? event.actor().actingOfficeId() : NATIONAL;
    }

    /**
     * Under the chain's lock, held to the end of the caller's transaction: the database's clock, the chain's
     * head, and the content as the database renders it, in one round trip; the MAC computed here, with a key
     * the database never sees; the entry inserted with exactly that time and link (and the chain's newest
     * entry noted for the checkpoint). The chain is {@code chain}, or the one the transaction already writes to.
     * Returns the entry's id.
     */
    long append(long chain, AuditEvent event) {
        String before = toJson(event.before());
        String after = toJson(event.after());
        String[] prepared = bind(jdbc.sql("""
                        with h as (select * from audit_chain_lock(:chain)), e as (%s, h.locked_chain from h)
                        select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as occurred_at,
                               prev_hash, audit_entry_content(prev_hash, %s) as content, locked_chain
                        from e
                        """.formatted(EVENT.formatted("h.at", "h.prev_hash").stripTrailing(), FIELDS)), event, before, after)
                .param("chain", chain)
                .query((rs, row) -> new String[] {rs.getString("occurred_at"), rs.getString("prev_hash"), rs.getString("content"),
                        rs.getString("locked_chain")})
                .single();
        return bind(jdbc.sql("""
                        with e as (%1$s), entry as (
                            insert into audit_entry (%2$s, prev_hash, hash, mac, chain)
                            select %2$s, prev_hash, audit_entry_hash(prev_hash, %2$s), :mac, :chain from e
                            returning id, chain)
                        insert into audit_chain (chain, entry_id) select chain, id from entry
                        on conflict (chain) do update set entry_id = excluded.entry_id
                        returning entry_id
                        """.formatted(EVENT.formatted("cast(:occurredAt as timestamptz)", "cast(:prevHash as text)"), FIELDS)),
                        event, before, after)
                .param("occurredAt", prepared[0])
                .param("prevHash", prepared[1])
                .param("mac", key.mac(prepared[2]))
                .param("chain", Long.parseLong(prepared[3]))
                .query(Long.class)
                .single();
    }

    /**
     * Takes a chain's lock to the end of the transaction (see audit_chain_lock in V62__audit_chain_per_office.sql);
     * returns the chain locked, which is the transaction's first if it had one.
     */
    static long lockChain(JdbcClient jdbc, long chain) {
        return jdbc.sql("select locked_chain from audit_chain_lock(:chain)").param("chain", chain).query(Long.class).single();
    }

    /** One office chain's head as an anchor records it. */
    record Head(long chain, long entry, long count, String head) {
    }

    /**
     * Under the national chain's lock (anchors of several nodes one after the other): when any chain grew
     * since the last anchor, appends to the national chain an anchor entry with the head and count of each
     * office chain that grew; returns the newest anchor as a checkpoint (entry 0 while there is none). Heads
     * and counts are read from the entries themselves, with a fresh snapshot after the lock: a chain's
     * committed entries are always a prefix of it, since its writers commit one after the other.
     */
    AuditCheckpoint anchor() {
        return transaction.execute(status -> {
            if (lockChain(jdbc, NATIONAL) != NATIONAL) {
                throw new IllegalStateException("A checkpoint cannot join a transaction that wrote to an office's audit chain");
            }
            List<Head> grown = jdbc.sql("""
                            select c.chain, h.id, h.head,
                                   case when a.entry_id <= h.id
                                        then a.entries + (select count(*) from audit_entry x
                                                          where x.chain = c.chain and x.id > a.entry_id and x.id <= h.id)
                                        else (select count(*) from audit_entry x where x.chain = c.chain and x.id <= h.id)
                                   end as entries
                            from audit_chain c
                            left join audit_anchor a on a.chain = c.chain
                            cross join lateral (select e.id, coalesce(e.mac, e.hash) as head from audit_entry e
                                                where e.chain = c.chain order by e.id desc limit 1) h
                            where c.chain <> 0 and c.entry_id is distinct from a.entry_id and h.id is distinct from a.entry_id
                            order by c.chain
                            """)
                    .query((rs, row) -> new Head(rs.getLong("chain"), rs.getLong("id"), rs.getLong("entries"), rs.getString("head")))
                    .list();
            long nationalHead = jdbc.sql("select coalesce(max(id), 0) from audit_entry where chain = 0").query(Long.class).single();
            long anchored = jdbc.sql("select coalesce(max(entry_id), 0) from audit_anchor where chain = 0").query(Long.class).single();
            if (!grown.isEmpty() || nationalHead != anchored) {
                appendAnchor(grown);
            }
            return jdbc.sql("""
                            select clock_timestamp() as at, coalesce(n.entry_id, 0) as entry_id,
                                   coalesce((select sum(entries) from audit_anchor), 0) as count, coalesce(n.head, :genesis) as head
                            from (select 1) one left join audit_anchor n on n.chain = 0
                            """)
                    .param("genesis", GENESIS)
                    .query((rs, row) -> new AuditCheckpoint(rs.getTimestamp("at").toInstant(), rs.getLong("entry_id"),
                            rs.getLong("count"), rs.getString("head")))
                    .single();
        });
    }

    private void appendAnchor(List<Head> grown) {
        Map<String, Object> chains = new LinkedHashMap<>();
        chains.put("chains", grown.stream().map(h -> Map.of("chain", h.chain(), "entry", h.entry(), "count", h.count(),
                "head", h.head())).toList());
        long id = append(NATIONAL, new AuditEvent(Actor.SYSTEM, ANCHOR_ACTION, ANCHOR_RECORD, null, null, null, chains));
        for (Head h : grown) {
            jdbc.sql("""
                            insert into audit_anchor (chain, entry_id, entries, head) values (:chain, :entry, :count, :head)
                            on conflict (chain) do update set entry_id = excluded.entry_id, entries = excluded.entries, head = excluded.head
                            """)
                    .param("chain", h.chain()).param("entry", h.entry()).param("count", h.count()).param("head", h.head())
                    .update();
        }
        jdbc.sql("""
                        insert into audit_anchor (chain, entry_id, entries, head)
                        select 0, e.id, case when a.entry_id <= e.id
                                             then a.entries + (select count(*) from audit_entry x
                                                               where x.chain = 0 and x.id > a.entry_id and x.id <= e.id)
                                             else (select count(*) from audit_entry x where x.chain = 0 and x.id <= e.id) end,
                               e.mac
                        from audit_entry e left join audit_anchor a on a.chain = 0
                        where e.id = :id
                        on conflict (chain) do update set entry_id = excluded.entry_id, entries = excluded.entries, head = excluded.head
                        """)
                .param("id", id)
                .update();
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

    private String toJson(Object value) {
        return value == null ? null : json.writeValueAsString(value);
    }
}
