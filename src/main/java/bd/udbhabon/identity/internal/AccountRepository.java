package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Role;
import bd.udbhabon.identity.Account;
import bd.udbhabon.identity.RoleGrant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Accounts and their role grants, in SQL. */
@Repository
class AccountRepository {

    private final JdbcClient jdbc;

    AccountRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account a user signs in as: by user name or by e-mail, case-insensitively. */
    Optional<SignedInUser> findForLogin(String usernameOrEmail) {
        String key = usernameOrEmail == null ? "" : usernameOrEmail.strip().toLowerCase(java.util.Locale.ROOT);
        return jdbc.sql("""
                        select id, username, full_name_bn, password_hash, enabled, locked_until, must_change_password
                        from account where username = :key or email = :key
                        """)
                .param("key", key)
                .query((rs, row) -> new SignedInUser(rs.getLong("id"), rs.getString("username"),
                        rs.getString("full_name_bn"), rs.getString("password_hash"), rs.getBoolean("enabled"),
                        instant(rs.getTimestamp("locked_until")), rs.getBoolean("must_change_password")))
                .optional();
    }

    /** The account with its grants: two queries one after the other, never one inside the other's row mapper. */
    Optional<Account> find(long id) {
        return jdbc.sql("select * from account where id = :id").param("id", id)
                .query((rs, row) -> map(rs, List.of()))
                .optional()
                .map(account -> withGrants(account, grants(account.id())));
    }

    /** The account a token acts for, as a principal (no grants: those are read per request). */
    Optional<SignedInUser> findUser(long id) {
        return jdbc.sql("select username from account where id = :id").param("id", id).query(String.class)
                .optional().flatMap(this::findForLogin);
    }

    Optional<Account> findByUsername(String username) {
        return jdbc.sql("select id from account where username = :u").param("u", username).query(Long.class)
                .optional().flatMap(this::find);
    }

    List<RoleGrant> grants(long accountId) {
        return jdbc.sql("select account_id, office_id, role from role_grant where account_id = :id order by office_id, role")
                .param("id", accountId)
                .query((rs, row) -> new RoleGrant(rs.getLong("account_id"), rs.getLong("office_id"), Role.valueOf(rs.getString("role"))))
                .list();
    }

    /** Accounts holding any role for the office, by name; all their grants in one second query. */
    List<Account> withRolesAt(long officeId) {
        List<Account> found = jdbc.sql("""
                        select * from account where id in (select account_id from role_grant where office_id = :office)
                        order by full_name_bn collate "bn-x-icu", id
                        """)
                .param("office", officeId)
                .query((rs, row) -> map(rs, List.of()))
                .list();
        if (found.isEmpty()) {
            return found;
        }
        Map<Long, List<RoleGrant>> grants = new HashMap<>();
        jdbc.sql("""
                        select account_id, office_id, role from role_grant where account_id in (:ids)
                        order by account_id, office_id, role
                        """)
                .param("ids", found.stream().map(Account::id).toList())
                .query((rs, row) -> new RoleGrant(rs.getLong("account_id"), rs.getLong("office_id"), Role.valueOf(rs.getString("role"))))
                .list()
                .forEach(g -> grants.computeIfAbsent(g.accountId(), k -> new ArrayList<>()).add(g));
        return found.stream().map(a -> withGrants(a, grants.getOrDefault(a.id(), List.of()))).toList();
    }

    /**
     * Until this transaction ends, the one node making the first administrator: nodes started at once on a new
     * database would otherwise each find no account and make one (and all but one fail to start).
     */
    void lockFirstStart() {
        jdbc.sql("select pg_advisory_xact_lock(hashtext('udbhabon:first-administrator'))").query().singleRow();
    }

    boolean anyAccount() {
        return jdbc.sql("select exists (select 1 from account)").query(Boolean.class).single();
    }

    boolean usernameOrEmailTaken(String username, String email) {
        return jdbc.sql("select exists (select 1 from account where username = :u or (cast(:e as text) is not null and email = :e))")
                .param("u", username).param("e", email).query(Boolean.class).single();
    }

    long create(String username, String email, String fullNameBn, String fullNameEn, String passwordHash,
                boolean mustChangePassword, long homeOfficeId) {
        return jdbc.sql("""
                        insert into account (username, email, full_name_bn, full_name_en, password_hash, must_change_password,
                                             password_changed_at, home_office_id)
                        values (:username, :email, :bn, :en, :hash, :must, now(), :home) returning id
                        """)
                .param("username", username).param("email", email).param("bn", fullNameBn).param("en", fullNameEn)
                .param("hash", passwordHash).param("must", mustChangePassword).param("home", homeOfficeId)
                .query(Long.class).single();
    }

    void setPassword(long accountId, String passwordHash, boolean mustChange) {
        jdbc.sql("""
                        update account set password_hash = :hash, must_change_password = :must, password_changed_at = now(),
                               failed_logins = 0, locked_until = null where id = :id
                        """)
                .param("hash", passwordHash).param("must", mustChange).param("id", accountId).update();
    }

    /** The office the account belongs to: as recorded, else (accounts made before it was) its first role's. */
    Optional<Long> homeOffice(long accountId) {
        return jdbc.sql("""
                        select coalesce(a.home_office_id, (select g.office_id from role_grant g where g.account_id = a.id
                                                           order by g.granted_at, g.office_id limit 1))
                        from account a where a.id = :id
                        """)
                .param("id", accountId).query(Long.class).optional();
    }

    /**
     * Signs the user out everywhere but {@code keepSessionId} (may be null), in the caller's
     * transaction: Spring Session's own {@code deleteById} would open a second transaction on a
     * second connection while this one is held, and the sessions end only if the change commits.
     *
     * @return how many sessions ended
     */
    int endSessions(String username, String keepSessionId) {
        return jdbc.sql("""
                        delete from spring_session where principal_name = :u
                        and (cast(:keep as text) is null or session_id <> :keep)
                        """)
                .param("u", username).param("keep", keepSessionId).update();
    }

    void recordSuccessfulLogin(long accountId) {
        jdbc.sql("update account set failed_logins = 0, locked_until = null where id = :id").param("id", accountId).update();
    }

    boolean grant(long accountId, long officeId, Role role, Long grantedBy) {
        return jdbc.sql("""
                        insert into role_grant (account_id, office_id, role, granted_by) values (:a, :o, :r, :by)
                        on conflict do nothing
                        """)
                .param("a", accountId).param("o", officeId).param("r", role.name()).param("by", grantedBy)
                .update() == 1;
    }

    boolean revoke(long accountId, long officeId, Role role) {
        return jdbc.sql("delete from role_grant where account_id = :a and office_id = :o and role = :r")
                .param("a", accountId).param("o", officeId).param("r", role.name()).update() == 1;
    }

    private static Account map(ResultSet rs, List<RoleGrant> grants) throws SQLException {
        return new Account(rs.getLong("id"), rs.getString("username"), rs.getString("email"),
                rs.getString("full_name_bn"), rs.getString("full_name_en"), rs.getBoolean("enabled"),
                rs.getBoolean("must_change_password"), instant(rs.getTimestamp("locked_until")),
                rs.getInt("failed_logins"), grants);
    }

    private static Account withGrants(Account a, List<RoleGrant> grants) {
        return new Account(a.id(), a.username(), a.email(), a.fullNameBn(), a.fullNameEn(), a.enabled(),
                a.mustChangePassword(), a.lockedUntil(), a.failedLogins(), List.copyOf(grants));
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
