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
 * (no session). An unknown, revoked or expired token leaves the call anonymous.
 */
class AccessTokenFilter extends OncePerRequestFilter {

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

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (presentsToken(request)) {
            String secret = request.getHeader("Authorization").substring(7).strip();
            tokens.accountFor(secret)
                    .flatMap(accounts::find)
                    .flatMap(account -> accounts.findForLogin(account.username()))
                    .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                    .ifPresent(user -> {
                        user.eraseCredentials();
                        var context = SecurityContextHolder.createEmptyContext();
                        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
                        SecurityContextHolder.setContext(context);
                    });
        }
        chain.doFilter(request, response);
    }
}
