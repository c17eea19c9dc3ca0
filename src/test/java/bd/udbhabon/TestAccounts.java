package bd.udbhabon;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** Accounts and offices for tests, made directly in the database (the UI paths have their own tests). */
@Component
public class TestAccounts {

    public static final String PASSWORD = "correct-horse-battery";
    private final JdbcClient jdbc;
    private final PasswordEncoder passwords;
    private final OfficeDirectory offices;
    private final UserDetailsService users;
    private String encoded;

    TestAccounts(JdbcClient jdbc, PasswordEncoder passwords, OfficeDirectory offices, UserDetailsService users) {
        this.jdbc = jdbc;
        this.passwords = passwords;
        this.offices = offices;
        this.users = users;
    }

    /**
     * Runs {@code action} as the signed-in {@code username}, as a request of theirs would: for
     * calling a module's services where no page does yet (the services check the same rights).
     */
    public <T> T as(String username, java.util.function.Supplier<T> action) {
        UserDetails user = users.loadUserByUsername(username);
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        SecurityContextHolder.setContext(context);
        try {
            return action.get();
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    /** A ready account (no password change pending) holding {@code role} at {@code officeId}. */
    public long create(String username, Role role, long officeId) {
        if (encoded == null) {
            encoded = passwords.encode(PASSWORD);
        }
        long id = jdbc.sql("""
                        insert into account (username, full_name_bn, password_hash) values (:u, :n, :h)
                        on conflict (username) do update set password_hash = excluded.password_hash, failed_logins = 0,
                            locked_until = null, must_change_password = false
                        returning id
                        """)
                .param("u", username).param("n", "পরীক্ষক " + username).param("h", encoded)
                .query(Long.class).single();
        grant(id, role, officeId);
        return id;
    }

    public void grant(long accountId, Role role, long officeId) {
        jdbc.sql("insert into role_grant (account_id, office_id, role) values (:a, :o, :r) on conflict do nothing")
                .param("a", accountId).param("o", officeId).param("r", role.name()).update();
    }

    /** The office of a level whose place is {@code placeEn}, e.g. (DISTRICT, "Bogura"). */
    public long office(OfficeLevel level, String placeEn) {
        return offices.search(new OfficeSearch(level, null, placeEn, 0, 50)).items().stream()
                .filter(o -> placeEn.equals(o.placeEn())).findFirst().orElseThrow().id();
    }

    /** The upazila {@code placeEn} under the district office {@code districtId}. */
    public long upazila(long districtId, String placeEn) {
        return offices.search(new OfficeSearch(OfficeLevel.UPAZILA, districtId, null, 0, 100)).items().stream()
                .filter(o -> placeEn.equals(o.placeEn())).findFirst().orElseThrow().id();
    }

    public long cabinetDivision() {
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().getFirst().id();
    }
}
