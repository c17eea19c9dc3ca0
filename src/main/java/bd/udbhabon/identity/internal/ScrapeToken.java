package bd.udbhabon.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.function.Supplier;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

/**
 * Who may read {@code /actuator/prometheus}: a request whose {@code Authorization: Bearer …} is the configured
 * token (compared in constant time). No token configured: nobody. Accounts and their access tokens do not reach it,
 * whatever their role: the metrics name no office, but they are the operators', not the users'.
 */
final class ScrapeToken implements AuthorizationManager<RequestAuthorizationContext> {

    private final byte[] expected;

    ScrapeToken(String token) {
        this.expected = token == null || token.isBlank() ? null : digest(token.strip());
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication, RequestAuthorizationContext context) {
        String header = context.getRequest().getHeader("Authorization");
        boolean granted = expected != null && header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)
                && MessageDigest.isEqual(expected, digest(header.substring(7).strip()));
        return new AuthorizationDecision(granted);
    }

    /** A refused scrape: 401 naming the scheme (a Prometheus without its token sees what to configure). */
    static void challenge(HttpServletRequest request, HttpServletResponse response, AuthenticationException refused) throws IOException {
        response.setHeader("WWW-Authenticate", "Bearer realm=\"udbhabon-metrics\"");
        response.sendError(HttpServletResponse.SC_UNAUTHORIZED);
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
