package bd.udbhabon.audit;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.access.Actor;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Temporary: not committed. Compares the keyed write path with the old single-statement SQL one. */
@IntegrationTest
class AuditCostProbeTests {
    @Autowired AuditLog audit;
    @Autowired JdbcClient jdbc;
    @Autowired PlatformTransactionManager tm;

    static final String OLD = """
            with e as (
                select clock_timestamp() as occurred_at, cast(:accountId as bigint) as account_id,
                       cast(:accountName as text) as account_name, cast(:actingOfficeId as bigint) as acting_office_id,
                       cast(:clientAddress as text) as client_address, cast(:action as text) as action,
                       cast(:recordType as text) as record_type, cast(:recordId as text) as record_id,
                       cast(:officeId as bigint) as office_id, cast(:before as jsonb) as before,
                       cast(:after as jsonb) as after,
                       coalesce((select hash from audit_entry order by id desc limit 1), :genesis) as prev_hash
            )
            insert into audit_entry (occurred_at, account_id, account_name, acting_office_id, client_address, action, record_type, record_id, office_id, before, after, prev_hash, hash)
            select occurred_at, account_id, account_name, acting_office_id, client_address, action, record_type, record_id, office_id, before, after, prev_hash, audit_entry_hash(prev_hash, occurred_at, account_id, account_name, acting_office_id, client_address, action, record_type, record_id, office_id, before, after) from e
            """;

    void oldRecord(int i) {
        jdbc.sql("select pg_advisory_xact_lock(:lock)").param("lock", 0x756462_6175646974L).query((java.sql.ResultSet rs) -> { });
        jdbc.sql(OLD).param("accountId", 7L).param("accountName", "tester").param("actingOfficeId", 3L)
                .param("clientAddress", "10.0.0.1").param("action", "probe.old").param("recordType", "test")
                .param("recordId", Integer.toString(i)).param("officeId", 3L)
                .param("before", "{\"value\": \"" + i + "\"}").param("after", "{\"value\": \"" + i + "x\", \"বাংলা\": \"হ্যাঁ\"}")
                .param("genesis", "0".repeat(64)).update();
    }

    void newRecord(int i) {
        audit.record(new AuditEvent(new Actor(7L, "tester", 3L, "10.0.0.1"), "probe.new", "test", Integer.toString(i), 3L,
                Map.of("value", "" + i), Map.of("value", i + "x", "বাংলা", "হ্যাঁ")));
    }

    double batch(boolean old, int n, boolean oneTx) {
        var tx = new TransactionTemplate(tm);
        long t0 = System.nanoTime();
        if (oneTx) {
            tx.executeWithoutResult(s -> { for (int i = 0; i < n; i++) { if (old) oldRecord(i); else newRecord(i); } });
        } else {
            for (int i = 0; i < n; i++) { int k = i; tx.executeWithoutResult(s -> { if (old) oldRecord(k); else newRecord(k); }); }
        }
        return (System.nanoTime() - t0) / 1e6 / n;
    }

    @Test
    void probe() {
        for (int round = 0; round < 3; round++) { batch(true, 200, true); batch(false, 200, true); } // warm up
        var oldOne = new java.util.ArrayList<Double>(); var newOne = new java.util.ArrayList<Double>();
        var oldOwn = new java.util.ArrayList<Double>(); var newOwn = new java.util.ArrayList<Double>();
        for (int round = 0; round < 15; round++) {
            oldOne.add(batch(true, 100, true)); newOne.add(batch(false, 100, true));
            oldOwn.add(batch(true, 50, false)); newOwn.add(batch(false, 50, false));
        }
        System.out.printf("PROBE median one-tx: old %.3f ms  new %.3f ms%n", median(oldOne), median(newOne));
        System.out.printf("PROBE median own-tx: old %.3f ms  new %.3f ms%n", median(oldOwn), median(newOwn));
        System.out.printf("PROBE min one-tx: old %.3f ms  new %.3f ms%n", java.util.Collections.min(oldOne), java.util.Collections.min(newOne));
        System.out.printf("PROBE min own-tx: old %.3f ms  new %.3f ms%n", java.util.Collections.min(oldOwn), java.util.Collections.min(newOwn));
        // verify cost on keyed entries only (old-style entries break the chain: measured time is still the full walk)
        long n = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        long t0 = System.nanoTime();
        var v = audit.verify();
        System.out.printf("PROBE verify walk over %d entries: %.1f ms (stopped reporting at %s)%n", n, (System.nanoTime() - t0) / 1e6, v.problem());
    }

    static double median(java.util.List<Double> xs) { var s = new java.util.ArrayList<>(xs); java.util.Collections.sort(s); return s.get(s.size() / 2); }
}
