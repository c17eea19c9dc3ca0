package bd.udbhabon.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code udbhabon.security.login-attempts-per-minute} sign-in attempts per client address
 * in any 60 seconds, on each node. Slows down password guessing across many accounts, which the
 * per-(account, address) backoff alone does not, and bounds what an anonymous client can make the
 * server write (audit entries, backoff rows, single sign-on sessions). The address is the client's
 * own behind a trusted proxy (server.tomcat.remoteip.internal-proxies).
 *
 * <p>The window slides: a fixed calendar minute would let a burst straddling its boundary through
 * twice over.
 */
class LoginRateLimiter extends OncePerRequestFilter {

    private static final long WINDOW_MILLIS = 60_000;

    private final int perMinute;
    private final ConcurrentHashMap<String, Attempts> attempts = new ConcurrentHashMap<>();

    LoginRateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    /** The times of the last {@code perMinute} attempts let through, oldest overwritten first. */
    private static final class Attempts {
        private final long[] times;
        private int next;
        private volatile long latest;

        Attempts(int size) {
            times = new long[size];
        }

        synchronized boolean admit(long now) {
            if (times[next] != 0 && now - times[next] < WINDOW_MILLIS) {
                return false;
            }
            times[next] = now;
            next = (next + 1) % times.length;
            latest = now;
            return true;
        }
    }

    /** Sign-in attempts, and starts of single sign-on (each stores a pending request in a new session). */
    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath())
                || request.getServletPath().startsWith("/oauth2/authorization/"));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        long now = System.currentTimeMillis();
        if (attempts.size() > 100_000) {
            attempts.values().removeIf(a -> now - a.latest >= WINDOW_MILLIS);
        }
        if (!attempts.computeIfAbsent(request.getRemoteAddr(), address -> new Attempts(perMinute)).admit(now)) {
            response.setHeader("Retry-After", "60");
            response.sendRedirect("/login?error=rate"); // the password is not even looked at
            return;
        }
        chain.doFilter(request, response);
    }
}
