package bd.udbhabon.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most {@code udbhabon.security.login-attempts-per-minute} sign-in attempts per client address
 * and minute, on each node. Slows down password guessing across many accounts, which the
 * per-(account, address) backoff alone does not, and bounds what an anonymous client can make the
 * server write (audit entries, backoff rows, single sign-on sessions). The address is the client's
 * own behind a trusted proxy (server.tomcat.remoteip.internal-proxies).
 */
class LoginRateLimiter extends OncePerRequestFilter {

    private final int perMinute;
    private final ConcurrentHashMap<String, Window> windows = new ConcurrentHashMap<>();

    LoginRateLimiter(int perMinute) {
        this.perMinute = perMinute;
    }

    private record Window(long minute, AtomicInteger count) {
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
        long minute = System.currentTimeMillis() / 60_000;
        if (windows.size() > 100_000) {
            windows.values().removeIf(w -> w.minute() < minute);
        }
        Window window = windows.compute(request.getRemoteAddr(),
                (address, w) -> w == null || w.minute() != minute ? new Window(minute, new AtomicInteger()) : w);
        if (window.count().incrementAndGet() > perMinute) {
            response.setHeader("Retry-After", "60");
            response.sendRedirect("/login?error=rate"); // the password is not even looked at
            return;
        }
        chain.doFilter(request, response);
    }
}
