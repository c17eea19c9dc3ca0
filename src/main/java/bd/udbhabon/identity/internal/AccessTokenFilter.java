package bd.udbhabon.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Signs in an API call that presents {@code Authorization: Bearer udb_…}, for that request only
 * (no session). Tokens count only under {@code /api/}: a token cannot reach the pages, so it
 * cannot issue tokens or change the password. Elsewhere the header is ignored.
 *
 * <p>Under {@code /api/} a Bearer header speaks for the call: the session cookie is not used,
 * and an unknown, revoked or expired token is answered 401 rather than falling back to it.
 * Runs before the CSRF filter, which is skipped only for a call a token really signed in.
 */
class AccessTokenFilter extends OncePerRequestFilter {

    private static final String SIGNED_IN_BY_TOKEN = AccessTokenFilter.class.getName() + ".signedIn";

    private final AccessTokens tokens;
    private final AccountRepository accounts;

    AccessTokenFilter(AccessTokens tokens, AccountRepository accounts) {
        this.tokens = tokens;
        this.accounts = accounts;
    }

    static boolean presentsToken(HttpServletRequest request) {
        String header = request.getHeader("Authorization");
        return header != null && header.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    /** Whether a valid token signed in this request (and so no cookie, and no CSRF token, is involved). */
    static boolean signedInByToken(HttpServletRequest request) {
        return Boolean.TRUE.equals(request.getAttribute(SIGNED_IN_BY_TOKEN));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (!presentsToken(request) || !request.getRequestURI().startsWith("/api/")) {
            chain.doFilter(request, response);
            return;
        }
        String secret = request.getHeader("Authorization").substring(7).strip();
        var user = tokens.accountFor(secret)
                .flatMap(accounts::findUser)
                .filter(u -> u.isEnabled() && u.isAccountNonLocked());
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            response.sendError(HttpServletResponse.SC_UNAUTHORIZED); // the JSON error comes from /error
            return;
        }
        user.get().eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext(); // replaces whatever the session cookie brought
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user.get(), null, user.get().getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.setAttribute(SIGNED_IN_BY_TOKEN, true);
        chain.doFilter(request, response);
    }
}
