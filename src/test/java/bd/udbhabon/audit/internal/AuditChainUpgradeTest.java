package bd.udbhabon.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.access.Actor;
import bd.udbhabon.audit.AuditCheckpoint;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditVerification;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 17, point 8: a trail written as one chain for all (the code before V62) is migrated as it is and
 * stays valid as the national chain; new entries go per office, and verification walks every chain.
 * Its own embedded PostgreSQL, migrated to V61, written as before, then migrated on.
 */
class AuditChainUpgradeTest {

    private static final Duration TOLERANCE = Duration.ofMinutes(1);

    @Test
    void theSingleChainOfBeforeStaysValidAsTheNationalChainAndNewEntriesGoPerOffice() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setServerConfig("fsync", "off").setServerConfig("synchronous_commit", "off").start()) {
            var dataSource = new SingleConnectionDataSource(postgres.getPostgresDatabase().getConnection(), true);
            try {
                var key = new AuditKey(Base64.getEncoder().encodeToString(randomKey()), Path.of("unused"));
                var json = JsonMapper.builder().build();
                JdbcClient jdbc = JdbcClient.create(dataSource);
                migrate(dataSource, "61");

                // as JdbcAuditLog wrote before V62: the global lock, the newest entry of all as the link
                List<Long> old = new ArrayList<>();
                for (Long office : new Long[] {3L, 4L, null, 3L}) {
                    old.add(appendAsBefore(jdbc, key, office));
                }
                var before = new AuditCheckpoint(Instant.now(), old.getLast(), old.size(),
                        jdbc.sql("select mac from audit_entry where id = :id").param("id", old.getLast()).query(String.class).single());

                migrate(dataSource, null);
                assertThat(jdbc.sql("select count(*) from audit_entry where chain = 0").query(Long.class).single()).isEqualTo(4);
                AuditVerification migrated = ChainWalk.verify(jdbc, List.of(before), key.newMac(), json, TOLERANCE);
                assertThat(migrated.intact()).as(migrated.reason()).isTrue();
                assertThat(migrated.checked()).isEqualTo(4);

                // new entries: office 3's own chain from the start, an entry without an office continues the national chain
                var chains = new AuditChains(jdbc, json, key, new DataSourceTransactionManager(dataSource));
                var transaction = new TransactionTemplate(new DataSourceTransactionManager(dataSource));
                long office3 = transaction.execute(s -> chains.append(AuditChains.chainOf(event(3L)), event(3L)));
                long national = transaction.execute(s -> chains.append(AuditChains.chainOf(event(null)), event(null)));
                assertThat(prevHash(jdbc, office3)).isEqualTo(AuditChains.GENESIS);
                assertThat(prevHash(jdbc, national)).isEqualTo(before.head());

                AuditCheckpoint anchored = chains.anchor();
                assertThat(anchored.entryId()).isGreaterThan(national);
                assertThat(anchored.count()).isEqualTo(jdbc.sql("select count(*) from audit_entry").query(Long.class).single());
                AuditVerification walked = ChainWalk.verify(jdbc, List.of(before, anchored), key.newMac(), json, TOLERANCE);
                assertThat(walked.intact()).as(walked.reason()).isTrue();
                assertThat(walked.checked()).isEqualTo(7);

                // the legacy part edited: the checkpoint of before still names it
                jdbc.sql("alter table audit_entry disable trigger audit_entry_append_only").update();
                jdbc.sql("update audit_entry set account_name = 'someone else' where id = :id").param("id", old.get(1)).update();
                AuditVerification edited = ChainWalk.verify(jdbc, List.of(before, anchored), key.newMac(), json, TOLERANCE);
                assertThat(edited.problem()).isEqualTo(AuditVerification.Problem.ALTERED);
                assertThat(edited.firstBrokenId()).isEqualTo(old.get(1));
            } finally {
                dataSource.destroy();
            }
        }
    }

    private static void migrate(SingleConnectionDataSource dataSource, String target) {
        var flyway = Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .placeholders(Map.of("appRole", "udbhabon_app"));
        (target == null ? flyway : flyway.target(target)).load().migrate();
    }

    /** JdbcAuditLog.record before V62, in one statement per step: audit_chain_lock() then the insert with the MAC. */
    private static long appendAsBefore(JdbcClient jdbc, AuditKey key, Long office) {
        String select = """
                select h.at as occurred_at, 7::bigint as account_id, 'tester' as account_name, cast(:office as bigint) as acting_office_id,
                       '10.0.0.1' as client_address, 'test.before' as action, 'test' as record_type, '1' as record_id,
                       cast(:office as bigint) as office_id, null::jsonb as before, '{"n": 1}'::jsonb as after, h.prev_hash
                from audit_chain_lock() h""";
        String[] prepared = jdbc.sql("""
                        select to_char(occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'), prev_hash,
                               audit_entry_content(prev_hash, %s) from (%s) e""".formatted(AuditChains.FIELDS, select))
                .param("office", office)
                .query((rs, row) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}).single();
        return jdbc.sql("""
                        insert into audit_entry (%1$s, prev_hash, hash, mac)
                        select %1$s, prev_hash, audit_entry_hash(prev_hash, %1$s), :mac from (
                            select cast(:at as timestamptz) as occurred_at, 7::bigint as account_id, 'tester' as account_name,
                                   cast(:office as bigint) as acting_office_id, '10.0.0.1' as client_address, 'test.before' as action,
                                   'test' as record_type, '1' as record_id, cast(:office as bigint) as office_id, null::jsonb as before,
                                   '{"n": 1}'::jsonb as after, cast(:prev as text) as prev_hash) e
                        returning id""".formatted(AuditChains.FIELDS))
                .param("at", prepared[0]).param("office", office).param("prev", prepared[1]).param("mac", key.mac(prepared[2]))
                .query(Long.class).single();
    }

    private static AuditEvent event(Long office) {
        return new AuditEvent(office == null ? Actor.SYSTEM : new Actor(7L, "tester", office, "10.0.0.1"), "test.after", "test",
                "2", office, null, Map.of("n", 2));
    }

    private static byte[] randomKey() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return bytes;
    }

    private static String prevHash(JdbcClient jdbc, long id) {
        return jdbc.sql("select prev_hash from audit_entry where id = :id").param("id", id).query(String.class).single();
    }
}
