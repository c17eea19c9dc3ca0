package bd.udbhabon.identity.internal;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.AuthenticationException;
import org.springframework.stereotype.Component;

/**
 * Wrong passwords counted per (account, client address): after {@code max-failed-logins} in a row
 * that address waits {@code login-backoff} before its next try on that account, the wait doubling
 * with each further failure up to {@code lockout-duration}. No account is ever locked by others'
 * failures, and unknown names are counted the same way, so the answer tells nothing.
 */
@Component
class LoginBackoff {

    /** An attempt made before its address's wait was over: refused without looking at the password. */
    static final class Waiting extends AuthenticationException {
        Waiting() {
            super("wait before the next attempt");
        }
    }

    record Failure(int failures, Duration waitFor) {
    }

    private final JdbcClient jdbc;
    private final IdentityProperties properties;

    LoginBackoff(JdbcClient jdbc, IdentityProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** A real account by its id (user name and e-mail count as one); otherwise the name as typed. */
    static String key(Optional<SignedInUser> account, String typed) {
        return account.map(user -> "#" + user.accountId()).orElseGet(() -> {
            String name = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
            return name.length() > 254 ? name.substring(0, 254) : name;
        });
    }

    boolean mustWait(String key, String address) {
        return jdbc.sql("""
                        select exists (select 1 from login_backoff
                                       where login_key = :key and client_address = :address and blocked_until > now())
                        """)
                .param("key", key).param("address", address).query(Boolean.class).single();
    }

    Failure recordFailure(String key, String address) {
        // rows of addresses quiet for a day are forgotten: the table stays as small as the attacks are recent
        jdbc.sql("delete from login_backoff where last_failure < now() - interval '1 day'").update();
        int failures = jdbc.sql("""
                        insert into login_backoff (login_key, client_address, failures) values (:key, :address, 1)
                        on conflict (login_key, client_address)
                        do update set failures = login_backoff.failures + 1, last_failure = now()
                        returning failures
                        """)
                .param("key", key).param("address", address).query(Integer.class).single();
        Duration wait = waitAfter(failures);
        if (!wait.isZero()) {
            jdbc.sql("""
                            update login_backoff set blocked_until = now() + make_interval(secs => :seconds)
                            where login_key = :key and client_address = :address
                            """)
                    .param("seconds", wait.toMillis() / 1000.0).param("key", key).param("address", address).update();
        }
        return new Failure(failures, wait);
    }

    void clear(String key, String address) {
        jdbc.sql("delete from login_backoff where login_key = :key and client_address = :address")
                .param("key", key).param("address", address).update();
    }

    Duration waitAfter(int failures) {
        int beyond = failures - properties.maxFailedLogins();
        if (beyond < 0) {
            return Duration.ZERO;
        }
        Duration longest = properties.lockoutDuration();
        Duration wait = properties.loginBackoff().multipliedBy(1L << Math.min(beyond, 30));
        return wait.compareTo(longest) > 0 || wait.isNegative() ? longest : wait;
    }
}
