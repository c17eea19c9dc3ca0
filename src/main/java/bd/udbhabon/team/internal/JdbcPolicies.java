package bd.udbhabon.team.internal;

import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.Wing;
import bd.udbhabon.team.Cadence;
import bd.udbhabon.team.FormingAuthority;
import bd.udbhabon.team.LevelRules;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.Requirement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Array;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the notifications with their level rules, requirements and duties (four queries), and
 * writes them for {@link NotificationService}.
 *
 * <p>Every team check reads the policies, so they are kept as an immutable snapshot. The snapshot
 * carries the generation it was read in; a committed write moves the generation on, so a snapshot
 * read before (or while) another transaction committed is never served again, and a rolled-back
 * write changes nothing. Inside a writing transaction the policies are read from the database, so
 * that what the transaction has written (not yet committed) is what it judges teams by; that view
 * is never published.
 *
 * <p>The generation moves only on this node's writes: another node's write (several nodes share the database,
 * issue 17 point 3) is seen once the snapshot is {@link #OTHER_NODES_SEEN_WITHIN} old, when it is read again.
 */
@Repository
class JdbcPolicies implements Policies {

    private final JdbcClient jdbc;
    private final TransactionTemplate consistentRead;
    /** How long a snapshot is served without reading again: a notification written on another node shows within it. */
    static final Duration OTHER_NODES_SEEN_WITHIN = Duration.ofSeconds(5);

    private final AtomicLong generation = new AtomicLong();
    private final long maxAgeNanos;
    private volatile Snapshot snapshot;

    private record Snapshot(long generation, long readAtNanos, List<Notification> notifications) {
    }

    /** Bound to a transaction that writes notifications: its own view, dropped at each write. */
    private static final class Writing {
        List<Notification> view;
    }

    @Autowired
    JdbcPolicies(JdbcClient jdbc, PlatformTransactionManager transactions) {
        this(jdbc, transactions, OTHER_NODES_SEEN_WITHIN);
    }

    JdbcPolicies(JdbcClient jdbc, PlatformTransactionManager transactions, Duration maxAge) {
        this.jdbc = jdbc;
        this.maxAgeNanos = maxAge.toNanos();
        // the four queries see one snapshot of the database when run on their own
        this.consistentRead = new TransactionTemplate(transactions);
        consistentRead.setIsolationLevel(TransactionDefinition.ISOLATION_REPEATABLE_READ);
        consistentRead.setReadOnly(true);
    }

    @Override
    public List<Notification> all() {
        Writing writing = (Writing) TransactionSynchronizationManager.getResource(this);
        if (writing != null) {
            if (writing.view == null) {
                writing.view = load();
            }
            return writing.view;
        }
        long current = generation.get();
        Snapshot s = snapshot;
        long now = System.nanoTime();
        if (s != null && s.generation() == current && now - s.readAtNanos() < maxAgeNanos) {
            return s.notifications();
        }
        boolean fresh = !TransactionSynchronizationManager.isActualTransactionActive();
        Integer isolation = TransactionSynchronizationManager.getCurrentTransactionIsolationLevel();
        List<Notification> loaded = load();
        // a caller's repeatable-read transaction may see a state older than the generation read above
        if (fresh || isolation == null || isolation == TransactionDefinition.ISOLATION_READ_COMMITTED) {
            snapshot = new Snapshot(current, now, loaded);
        }
        return loaded;
    }

    @Override
    public Optional<Notification> find(long id) {
        return all().stream().filter(n -> n.id() == id).findFirst();
    }

    private record Head(long id, String titleBn, String titleEn, String memo, LocalDate issued, LocalDate effective,
                        Cadence cadence) {
    }

    private List<Notification> load() {
        return consistentRead.execute(status -> read());
    }

    private List<Notification> read() {
        List<Head> heads = jdbc.sql("""
                        select id, title_bn, title_en, memo_number, issued_on, effective_from, cadence
                        from notification order by effective_from desc, id desc""")
                .query((rs, i) -> new Head(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getObject(5, LocalDate.class), rs.getObject(6, LocalDate.class), Cadence.valueOf(rs.getString(7))))
                .list();
        Map<Long, List<String>> duties = new HashMap<>();
        jdbc.sql("select notification_id, text_bn from notification_duty order by notification_id, serial")
                .query(rs -> {
                    duties.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
                });
        Map<String, List<Requirement>> requirements = new HashMap<>();
        jdbc.sql("""
                        select notification_id, level, description_bn, description_en, min_count, max_count, grades,
                               wings, skills_development, teaching_levels, subjects, of_another_office
                        from notification_requirement order by notification_id, level, position""")
                .query(rs -> {
                    requirements.computeIfAbsent(rs.getLong(1) + "/" + rs.getString(2), k -> new ArrayList<>()).add(
                            new Requirement(rs.getString(3), rs.getString(4), rs.getInt(5), (Integer) rs.getObject(6),
                                    enums(rs.getArray(7), Grade::valueOf), enums(rs.getArray(8), Wing::valueOf), (Boolean) rs.getObject(9),
                                    enums(rs.getArray(10), TeachingLevel::valueOf), enums(rs.getArray(11), Subject::valueOf),
                                    (Boolean) rs.getObject(12)));
                });
        Map<Long, Map<OfficeLevel, LevelRules>> levels = new HashMap<>();
        jdbc.sql("""
                        select notification_id, level, head_title_bn, head_title_en, head_rule_bn, head_rule_en, head_grades,
                               min_members, max_members, forming_authority, forming_rule_bn, forming_rule_en
                        from notification_level""")
                .query(rs -> {
                    OfficeLevel level = OfficeLevel.valueOf(rs.getString(2));
                    levels.computeIfAbsent(rs.getLong(1), k -> new EnumMap<>(OfficeLevel.class)).put(level, new LevelRules(
                            level, rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            enums(rs.getArray(7), Grade::valueOf), rs.getInt(8), (Integer) rs.getObject(9),
                            FormingAuthority.valueOf(rs.getString(10)), rs.getString(11), rs.getString(12),
                            requirements.getOrDefault(rs.getLong(1) + "/" + rs.getString(2), List.of())));
                });
        return heads.stream().map(h -> new Notification(h.id(), h.titleBn(), h.titleEn(), h.memo(), h.issued(), h.effective(),
                h.cadence(), duties.getOrDefault(h.id(), List.of()), levels.getOrDefault(h.id(), Map.of()))).toList();
    }

    private static <E extends Enum<E>> Set<E> enums(Array array, Function<String, E> parse) throws SQLException {
        if (array == null) {
            return null;
        }
        return Arrays.stream((String[]) array.getArray()).map(parse).collect(Collectors.toUnmodifiableSet());
    }

    // ---- writing, inside the caller's transaction (public: this bean is proxied for its @Repository)

    /** A notification's header and duties as they are stored. */
    record Header(String titleBn, String titleEn, String memoNumber, LocalDate issuedOn, LocalDate effectiveFrom,
                  Cadence cadence, List<String> duties) {
    }

    /**
     * Begins writing in the current transaction: waits for any other transaction writing
     * notifications to finish (they are rare; one at a time keeps the memo number check and the
     * compliance refresh free of races), and from now on reads what this transaction has written.
     */
    public void beginWriting() {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            throw new IllegalStateException("notifications are written inside a transaction");
        }
        if (TransactionSynchronizationManager.hasResource(this)) {
            return;
        }
        jdbc.sql("select pg_advisory_xact_lock(hashtext('notification'))").query(rs -> {
        });
        TransactionSynchronizationManager.bindResource(this, new Writing());
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                generation.incrementAndGet();
            }

            @Override
            public void afterCompletion(int status) {
                TransactionSynchronizationManager.unbindResourceIfPossible(JdbcPolicies.this);
            }
        });
    }

    private void wrote() {
        Writing writing = (Writing) TransactionSynchronizationManager.getResource(this);
        if (writing == null) {
            throw new IllegalStateException("beginWriting() first");
        }
        writing.view = null;
    }

    /** The id of the notification with this memo number, if any. */
    public Optional<Long> withMemoNumber(String memoNumber) {
        return jdbc.sql("select id from notification where memo_number = ?").param(memoNumber).query(Long.class).optional();
    }

    public long insert(Header h) {
        long id = jdbc.sql("""
                        insert into notification (title_bn, title_en, memo_number, issued_on, effective_from, cadence)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(h.titleBn(), h.titleEn(), h.memoNumber(), h.issuedOn(), h.effectiveFrom(), h.cadence().name())
                .query(Long.class).single();
        insertDuties(id, h.duties());
        wrote();
        return id;
    }

    public void update(long id, Header h) {
        jdbc.sql("""
                        update notification set title_bn = ?, title_en = ?, memo_number = ?, issued_on = ?, effective_from = ?,
                               cadence = ?, updated_at = now()
                        where id = ?""")
                .params(h.titleBn(), h.titleEn(), h.memoNumber(), h.issuedOn(), h.effectiveFrom(), h.cadence().name(), id)
                .update();
        jdbc.sql("delete from notification_duty where notification_id = ?").param(id).update();
        insertDuties(id, h.duties());
        wrote();
    }

    private void insertDuties(long id, List<String> duties) {
        for (int i = 0; i < duties.size(); i++) {
            jdbc.sql("insert into notification_duty (notification_id, serial, text_bn) values (?, ?, ?)")
                    .params(id, i + 1, duties.get(i)).update();
        }
    }

    /** Every level's rules of {@code from}, as they are, for {@code to} (which has none yet). */
    public void copyLevels(long from, long to) {
        jdbc.sql("""
                        insert into notification_level (notification_id, level, head_title_bn, head_title_en, head_rule_bn,
                               head_rule_en, head_grades, min_members, max_members, forming_authority, forming_rule_bn, forming_rule_en)
                        select ?, level, head_title_bn, head_title_en, head_rule_bn, head_rule_en, head_grades, min_members,
                               max_members, forming_authority, forming_rule_bn, forming_rule_en
                        from notification_level where notification_id = ?""")
                .params(to, from).update();
        jdbc.sql("""
                        insert into notification_requirement (notification_id, level, position, description_bn, description_en,
                               min_count, max_count, grades, wings, skills_development, teaching_levels, subjects,
                               of_another_office)
                        select ?, level, position, description_bn, description_en, min_count, max_count, grades,
                               wings, skills_development, teaching_levels, subjects, of_another_office
                        from notification_requirement where notification_id = ?""")
                .params(to, from).update();
        wrote();
    }

    /** Replaces the level's rules and requirements. */
    public void saveLevel(long id, LevelRules r) {
        jdbc.sql("delete from notification_level where notification_id = ? and level = ?").params(id, r.level().name()).update();
        jdbc.sql("""
                        insert into notification_level (notification_id, level, head_title_bn, head_title_en, head_rule_bn,
                               head_rule_en, head_grades, min_members, max_members, forming_authority, forming_rule_bn, forming_rule_en)
                        values (?, ?, ?, ?, ?, ?, cast(? as text[]), ?, cast(? as int), ?, ?, ?)""")
                .params(id, r.level().name(), r.headTitleBn(), r.headTitleEn(), r.headRuleBn(), r.headRuleEn(),
                        names(r.headGrades()), r.minMembers(), r.maxMembers(), r.formingAuthority().name(),
                        r.formingRuleBn(), r.formingRuleEn())
                .update();
        for (int i = 0; i < r.requirements().size(); i++) {
            Requirement q = r.requirements().get(i);
            jdbc.sql("""
                            insert into notification_requirement (notification_id, level, position, description_bn, description_en,
                                   min_count, max_count, grades, wings, skills_development, teaching_levels,
                                   subjects, of_another_office)
                            values (?, ?, ?, ?, ?, ?, cast(? as int), cast(? as text[]), cast(? as text[]), cast(? as boolean),
                                    cast(? as text[]), cast(? as text[]), cast(? as boolean))""")
                    .params(id, r.level().name(), i + 1, q.descriptionBn(), q.descriptionEn(), q.minCount(), q.maxCount(),
                            names(q.grades()), names(q.wings()), q.skillsDevelopment(), names(q.teachingLevels()),
                            names(q.subjects()), q.ofAnotherOffice())
                    .update();
        }
        wrote();
    }

    /** Removes the level's rules; false if there were none. */
    public boolean deleteLevel(long id, OfficeLevel level) {
        int deleted = jdbc.sql("delete from notification_level where notification_id = ? and level = ?")
                .params(id, level.name()).update();
        wrote();
        return deleted > 0;
    }

    /** Constant names in declaration order, or null for no condition. */
    private static String[] names(Collection<? extends Enum<?>> values) {
        return values == null ? null : values.stream().sorted().map(Enum::name).toArray(String[]::new);
    }
}
