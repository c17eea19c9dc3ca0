package bd.udbhabon.audit;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.access.Actor;
import bd.udbhabon.audit.AuditVerification.Problem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Whoever holds the database (not the key, not the data directory) tampers with the trail the ways
 * issue 12 found undetected; verification must name each. Its own application context (a data
 * directory the test knows: {@code random.uuid} gives every reader another one), and every
 * tampering undone afterwards, since the tests share the chain.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class AuditTamperingTests {

    /** The national chain's lock (audit_chain_lock(0)), which checkpoints take: held while tampering, so none records a tampered chain. */
    private static final String NATIONAL_CHAIN_LOCK = "1969514868, 0";
    private static final String FIELDS =
            "occurred_at, account_id, account_name, acting_office_id, client_address, action, record_type, record_id, office_id, before, after";

    @Autowired
    AuditLog audit;
    @Autowired
    JdbcClient jdbc;
    TransactionTemplate transactions;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;
    TransactionTemplate ownTransactions;

    @Autowired
    void transactions(PlatformTransactionManager manager) {
        transactions = new TransactionTemplate(manager);
        ownTransactions = new TransactionTemplate(manager);
        ownTransactions.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    static final Path DATA_DIR = Path.of("target/test-data/audit-tampering-" + UUID.randomUUID());
    final Path dataDir = DATA_DIR;

    @DynamicPropertySource
    static void dataDirectory(DynamicPropertyRegistry properties) {
        properties.add("udbhabon.data-dir", DATA_DIR::toString);
    }

    @Test
    void anHonestChainWrittenByConcurrentWritersVerifiesAndIsAnchoredOutsideTheDatabase(CapturedOutput output)
            throws Exception {
        try (var pool = Executors.newFixedThreadPool(8)) {
            List<Future<?>> writers = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int thread = t;
                writers.add(pool.submit((Callable<Void>) () -> {
                    for (int i = 0; i < 20; i++) {
                        record("test.concurrent", thread + "-" + i);
                    }
                    return null;
                }));
            }
            for (var writer : writers) {
                writer.get();
            }
        }
        AuditCheckpoint checkpoint = audit.checkpoint();
        long entries = jdbc.sql("select count(*) from audit_entry").query(Long.class).single();
        assertThat(checkpoint.count()).isEqualTo(entries);
        assertThat(checkpoint.entryId()).isEqualTo(jdbc.sql("select max(id) from audit_entry").query(Long.class).single());

        AuditVerification result = audit.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
        assertThat(result.checked()).isEqualTo(entries);
        assertThat(jdbc.sql("select count(*) from audit_entry where mac is null").query(Long.class).single()).isZero();

        // the key lives in the data directory, readable by its owner only; the database never had it
        Path key = dataDir.resolve("audit.key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        String keyText = Files.readString(key).trim();
        assertThat(jdbc.sql("select count(*) from audit_entry where after::text like :k or before::text like :k")
                .param("k", "%" + keyText + "%").query(Long.class).single()).isZero();
        // the checkpoint is the file's last line, and the log has the same line for a shipper to keep
        List<String> lines = Files.readAllLines(dataDir.resolve("audit-checkpoints.log"));
        assertThat(lines.size()).isGreaterThanOrEqualTo(2); // one at start-up, this one
        String last = lines.getLast();
        assertThat(last).startsWith(checkpoint.at() + "\t" + checkpoint.entryId() + "\t" + entries + "\t" + checkpoint.head() + "\t");
        assertThat(output.getOut()).contains("Audit checkpoint: " + last);
    }

    @Test
    void eachOfficeWritesToAChainOfItsOwnWithoutWaitingForTheOthers() throws Exception {
        record("test.warm", "0");
        var holding = new CountDownLatch(1);
        var release = new CountDownLatch(1);
        try (var pool = Executors.newFixedThreadPool(3)) {
            // office 3's writer holds its chain's lock to its commit; the transaction's entry about office 5 joins its chain
            Future<?> office3 = pool.submit(() -> transactions.executeWithoutResult(status -> {
                record("test.held", "3");
                recordFor(5L, "test.held", "5");
                holding.countDown();
                await(release);
            }));
            assertThat(holding.await(30, TimeUnit.SECONDS)).isTrue();
            try {
                Future<?> sameOffice = pool.submit(() -> record("test.waits", "3"));
                // another office is not held up: with one chain for all it would wait here until office 3's commit
                pool.submit(() -> recordFor(4L, "test.free", "4")).get(10, TimeUnit.SECONDS);
                Thread.sleep(300);
                assertThat(sameOffice.isDone()).as("office 3's next writer waits for its chain").isFalse();
                release.countDown();
                sameOffice.get(30, TimeUnit.SECONDS);
            } finally {
                release.countDown();
            }
            office3.get(30, TimeUnit.SECONDS);
        }
        assertThat(jdbc.sql("select chain from audit_entry where action = 'test.held' order by id").query(Long.class).list())
                .containsExactly(3L, 3L);
        assertThat(jdbc.sql("select chain from audit_entry where action = 'test.free'").query(Long.class).single()).isEqualTo(4L);
        // each links to the entry before it in its own chain
        assertThat(jdbc.sql("""
                select count(*) from audit_entry e where chain in (3, 4) and prev_hash <> coalesce(
                    (select p.mac from audit_entry p where p.chain = e.chain and p.id < e.id order by p.id desc limit 1), repeat('0', 64))
                """).query(Long.class).single()).isZero();
        AuditCheckpoint checkpoint = audit.checkpoint();
        assertThat(checkpoint.count()).isEqualTo(jdbc.sql("select count(*) from audit_entry").query(Long.class).single());
        AuditVerification result = audit.verify();
        assertThat(result.intact()).as(result.reason()).isTrue();
    }

    @Test
    void aTransactionWritesToOneChainAndOneOfItsOwnInsideItToAnother() throws Exception {
        try (var pool = Executors.newSingleThreadExecutor()) {
            pool.submit(() -> transactions.executeWithoutResult(status -> {
                recordFor(11L, "test.outer", "11");
                ownTransactions.executeWithoutResult(inner -> recordFor(12L, "test.inner", "12"));
                recordFor(12L, "test.outer", "12"); // joins the transaction's chain, 11
            })).get(30, TimeUnit.SECONDS);
        }
        assertThat(jdbc.sql("select chain from audit_entry where action = 'test.outer' order by id").query(Long.class).list())
                .containsExactly(11L, 11L);
        assertThat(jdbc.sql("select chain from audit_entry where action = 'test.inner'").query(Long.class).single()).isEqualTo(12L);
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anOfficesWholeChainRemovedAfterItsAnchorIsNamedAndSoIsTheAnchorChangedToHideIt() throws Exception {
        recordFor(9L, "test.change", "1");
        recordFor(9L, "test.change", "2");
        long newest = jdbc.sql("select max(id) from audit_entry where chain = 9").query(Long.class).single();
        AuditCheckpoint checkpoint = audit.checkpoint();

        AuditVerification gone = tamper(true, c -> exec(c, "delete from audit_entry where chain = 9"));
        assertThat(gone.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(gone.firstBrokenId()).isEqualTo(newest);
        assertThat(gone.reason()).contains("chain of office 9", "newest entries were removed");

        // the anchor edited so as to have never seen office 9: its MAC fails, and the checkpoint outside saw it
        AuditVerification hidden = tamper(true, c -> {
            exec(c, "delete from audit_entry where chain = 9");
            exec(c, "update audit_entry set after = '{\"chains\": []}' where id = " + checkpoint.entryId());
        });
        assertThat(hidden.problem()).isEqualTo(Problem.ALTERED);
        assertThat(hidden.firstBrokenId()).isEqualTo(checkpoint.entryId());

        // an entry moved to another office's chain leaves a gap in one and a stranger in the other
        AuditVerification moved = tamper(true, c -> exec(c, "update audit_entry set chain = 3 where id = " + newest));
        assertThat(moved.problem()).isIn(Problem.REMOVED_OR_INSERTED, Problem.TRUNCATED);
        assertThat(moved.intact()).isFalse();

        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryEditedWithItsHashRecomputedByTheDatabaseIsNamedAsAltered() throws Exception {
        List<Long> ids = recordSome(5);
        audit.checkpoint();
        long victim = ids.get(2);

        // the tampering: new content, and the hash recomputed by the database's own function
        AuditVerification edited = tamper(true, c -> exec(c, """
                update audit_entry set after = '{"value": 99}',
                       hash = audit_entry_hash(prev_hash, occurred_at, account_id, account_name, acting_office_id,
                                               client_address, action, record_type, record_id, office_id, before, '{"value": 99}')
                where id = %d""".formatted(victim)));
        assertThat(edited.problem()).isEqualTo(Problem.ALTERED);
        assertThat(edited.firstBrokenId()).isEqualTo(victim);
        assertThat(edited.reason()).contains("entry " + victim, "changed after it was written");

        // going further: from that entry on, the whole chain rebuilt as unkeyed SHA-256 entries
        AuditVerification rebuilt = tamper(true, c -> rewriteUnkeyedFrom(c, victim, victim));
        assertThat(rebuilt.problem()).isEqualTo(Problem.ALTERED);
        assertThat(rebuilt.firstBrokenId()).isEqualTo(victim);
        assertThat(rebuilt.reason()).contains("has no MAC");

        // and the whole trail rebuilt so, every chain: no MAC left to fail, but the checkpoints' heads do not match
        List<Long> firsts = jdbc.sql("select min(id) from audit_entry group by chain").query(Long.class).list();
        AuditVerification everything = tamper(true, c -> {
            for (long first : firsts) {
                rewriteUnkeyedFrom(c, first, victim);
            }
        });
        assertThat(everything.problem()).isEqualTo(Problem.ALTERED);
        assertThat(everything.reason()).contains("is not the one the checkpoint");

        assertThat(audit.verify().intact()).isTrue(); // put back as it was
    }

    @Test
    void theNewestEntriesDeletedAreFoundAgainstTheLastCheckpoint() throws Exception {
        List<Long> ids = recordSome(3);
        AuditCheckpoint checkpoint = audit.checkpoint();
        // the checkpoint's entry is the national chain's anchor, which saw the office's chain up to its newest entry
        assertThat(checkpoint.entryId()).isGreaterThan(ids.getLast());
        long before = audit.verify().checked();

        // the office's chain cut back, the anchor left in place
        AuditVerification result = tamper(true, c -> exec(c, "delete from audit_entry where chain = 3 and id > " + ids.getFirst()));
        assertThat(result.problem()).isEqualTo(Problem.TRUNCATED);
        assertThat(result.firstBrokenId()).isEqualTo(ids.getLast());
        assertThat(result.checked()).isEqualTo(before - 2);
        assertThat(result.reason()).contains("newest entries were removed", "entry " + ids.getLast());

        // one removed from the middle and the chain relinked around it: the link or the MAC shows it
        AuditVerification middle = tamper(true, c -> {
            exec(c, "delete from audit_entry where id = " + ids.get(1));
            exec(c, "update audit_entry set prev_hash = (select coalesce(mac, hash) from audit_entry where id = "
                    + ids.getFirst() + ") where id = " + ids.getLast());
        });
        assertThat(middle.intact()).isFalse();
        assertThat(middle.firstBrokenId()).isEqualTo(ids.getLast());

        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void aBackdatedEntryForgedByTheApplicationsOwnRoleIsNamed() throws Exception {
        recordSome(2);
        audit.checkpoint();
        // the application's role may insert: it appends an entry dated a month back, linked to the head,
        // hashed by the database's function, with no MAC (it has no key) or a made-up one
        for (String mac : new String[] {"null", "'" + "ab".repeat(32) + "'"}) {
            long[] forged = new long[1];
            AuditVerification result = tamper(true, c -> forged[0] = jdbc.sql("""
                    insert into audit_entry (%1$s, prev_hash, hash, mac)
                    select %1$s, prev_hash, audit_entry_hash(prev_hash, %1$s), %2$s from (
                        select now() - interval '30 days' as occurred_at, 1::bigint as account_id, 'admin' as account_name,
                               1::bigint as acting_office_id, '10.9.9.9' as client_address, 'role.granted' as action,
                               'account' as record_type, '1' as record_id, 1::bigint as office_id, null::jsonb as before,
                               '{"role": "SYSTEM_ADMIN"}'::jsonb as after,
                               (select coalesce(mac, hash) from audit_entry order by id desc limit 1) as prev_hash) e
                    returning id
                    """.formatted(FIELDS, mac)).query(Long.class).single());
            assertThat(result.problem()).as(mac).isEqualTo(Problem.FORGED);
            assertThat(result.firstBrokenId()).isEqualTo(forged[0]);
            assertThat(result.reason()).contains("not written by the application", "backdated");
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    @Test
    void anEntryDatedBeforeItsPredecessorIsNamedEvenWithAValidMac() throws Exception {
        recordSome(2);
        // only a key holder can do this (or the database's clock stepping back): the MAC is valid
        long[] appended = new long[1];
        AuditVerification backdated = tamper(true, c -> appended[0] = appendWithValidMac(c, "1 hour"));
        assertThat(backdated.problem()).isEqualTo(Problem.OUT_OF_ORDER);
        assertThat(backdated.firstBrokenId()).isEqualTo(appended[0]);
        assertThat(backdated.reason()).contains("before the entry preceding it");

        // within the tolerance (one minute) a step back of the clock is not a finding
        AuditVerification slightly = tamper(true, c -> appendWithValidMac(c, "10 seconds"));
        assertThat(slightly.intact()).as(slightly.reason()).isTrue();
    }

    @Test
    void aTrailFromBeforeTheKeyKeepsItsHashCheckAndTheFirstKeyedEntryAnchorsIt() throws Exception {
        List<Long> ids = recordSome(3);
        Path checkpoints = dataDir.resolve("audit-checkpoints.log");
        Path saved = dataDir.resolve("audit-checkpoints.saved");
        Files.move(checkpoints, saved, StandardCopyOption.REPLACE_EXISTING);
        try {
            // a database as V15 finds it: one chain (V62 keeps it as the national chain), every entry unkeyed, no
            // checkpoint yet; the application appends to it (entries without an office continue the national chain)
            long first = jdbc.sql("select min(id) from audit_entry").query(Long.class).single();
            long[] firstKeyedId = new long[1];
            AuditVerification upgraded = tamper(false, c -> {
                exec(c, "update audit_entry set chain = 0");
                rewriteUnkeyedFrom(c, first, -1);
                long lastUnkeyed = jdbc.sql("select max(id) from audit_entry").query(Long.class).single();
                String lastHash = jdbc.sql("select hash from audit_entry where id = :id").param("id", lastUnkeyed)
                        .query(String.class).single();
                recordWithoutOffice("test.keyed", "1");
                recordWithoutOffice("test.keyed", "2");
                var firstKeyed = jdbc.sql("select prev_hash, mac, id from audit_entry where id > :id order by id limit 1")
                        .param("id", lastUnkeyed).query((rs, n) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
                firstKeyedId[0] = Long.parseLong(firstKeyed[2]);
                assertThat(firstKeyed[0]).isEqualTo(lastHash);
                assertThat(firstKeyed[1]).isNotNull();
                AuditVerification intact = audit.verify();
                assertThat(intact.intact()).as(intact.reason()).isTrue();

                // an unkeyed entry edited with the unkeyed chain recomputed after it: the first keyed entry no longer links
                long victim = ids.get(1);
                exec(c, "update audit_entry set account_name = 'someone else' where id = " + victim);
                rewriteUnkeyedFrom(c, victim, -1, lastUnkeyed);
            });
            assertThat(upgraded.problem()).isEqualTo(Problem.REMOVED_OR_INSERTED);
            assertThat(upgraded.firstBrokenId()).isEqualTo(firstKeyedId[0]);
        } finally {
            Files.move(saved, checkpoints, StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(audit.verify().intact()).isTrue();
    }

    private interface Tampering {
        void on(Connection owner) throws Exception;
    }

    /**
     * As whoever holds the database: the append-only trigger switched off, the tampering done, the
     * chain verified, then everything put back. {@code lockChain} holds the chain lock meanwhile (the
     * application's own appends would then wait, so a tampering that appends through it cannot).
     */
    private AuditVerification tamper(boolean lockChain, Tampering tampering) throws Exception {
        try (Connection c = owner.getConnection()) {
            c.setAutoCommit(true);
            if (lockChain) {
                exec(c, "select pg_advisory_lock(" + NATIONAL_CHAIN_LOCK + ")");
            }
            exec(c, "create table audit_entry_saved as select * from audit_entry");
            exec(c, "alter table audit_entry disable trigger audit_entry_append_only");
            try {
                tampering.on(c);
                return audit.verify();
            } finally {
                exec(c, "delete from audit_entry");
                exec(c, "insert into audit_entry overriding system value select * from audit_entry_saved");
                exec(c, "drop table audit_entry_saved");
                exec(c, "alter table audit_entry enable trigger audit_entry_append_only");
                if (lockChain) {
                    exec(c, "select pg_advisory_unlock(" + NATIONAL_CHAIN_LOCK + ")");
                }
            }
        }
    }

    private static void rewriteUnkeyedFrom(Connection c, long from, long edit) throws SQLException {
        rewriteUnkeyedFrom(c, from, edit, Long.MAX_VALUE);
    }

    /**
     * Rebuilds the chain of entry {@code from}, from it to {@code to}, as unkeyed entries with the database's hash,
     * editing entry {@code edit}.
     */
    private static void rewriteUnkeyedFrom(Connection c, long from, long edit, long to) throws SQLException {
        exec(c, """
                do $$
                declare
                    r record;
                    c bigint := (select chain from audit_entry where id = %1$d);
                    prev text := coalesce((select coalesce(mac, hash) from audit_entry where chain = c and id < %1$d
                                           order by id desc limit 1), repeat('0', 64));
                begin
                    update audit_entry set after = '{"value": 99}' where id = %2$d;
                    for r in select id from audit_entry where chain = c and id >= %1$d and id <= %3$d order by id loop
                        update audit_entry set prev_hash = prev, mac = null,
                               hash = audit_entry_hash(prev, %4$s)
                        where id = r.id returning hash into prev;
                    end loop;
                end
                $$""".formatted(from, edit, to, FIELDS));
    }

    /** Appends, as a key holder would, an entry dated {@code back} before the newest one, with a valid MAC. */
    private long appendWithValidMac(Connection c, String back) throws Exception {
        String select = """
                select occurred_at - interval '%s' as occurred_at, null::bigint as account_id, 'system' as account_name,
                       null::bigint as acting_office_id, null as client_address, 'test.backdated' as action,
                       'test' as record_type, 'x' as record_id, null::bigint as office_id, null::jsonb as before,
                       '{"n": 1}'::jsonb as after, coalesce(mac, hash) as prev_hash, chain
                from audit_entry order by id desc limit 1""".formatted(back);
        String content;
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "select audit_entry_content(prev_hash, %s) from (%s) e".formatted(FIELDS, select))) {
            rs.next();
            content = rs.getString(1);
        }
        byte[] key = Base64.getDecoder().decode(Files.readString(dataDir.resolve("audit.key")).trim());
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        String valid = HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "insert into audit_entry (%1$s, prev_hash, hash, mac, chain) select %1$s, prev_hash, audit_entry_hash(prev_hash, %1$s), '%2$s', chain from (%3$s) e returning id"
                        .formatted(FIELDS, valid, select))) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private List<Long> recordSome(int n) {
        for (int i = 0; i < n; i++) {
            record("test.change", Integer.toString(i));
        }
        return jdbc.sql("select id from (select id from audit_entry order by id desc limit :n) t order by id")
                .param("n", n).query(Long.class).list();
    }

    private void record(String action, String recordId) {
        audit.record(new AuditEvent(new Actor(7L, "tester", 3L, "10.0.0.1"), action, "test", recordId, 3L,
                Map.of("value", recordId), Map.of("value", recordId + "'", "বাংলা", "হ্যাঁ")));
    }

    private void recordFor(long office, String action, String recordId) {
        audit.record(new AuditEvent(new Actor(7L, "tester", office, "10.0.0.1"), action, "test", recordId, office,
                null, Map.of("value", recordId)));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void recordWithoutOffice(String action, String recordId) {
        audit.record(new AuditEvent(Actor.SYSTEM, action, "test", recordId, null, null, Map.of("value", recordId)));
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
