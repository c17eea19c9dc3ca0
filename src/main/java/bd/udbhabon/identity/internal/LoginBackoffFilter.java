package bd.udbhabon.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/** Turns away a sign-in whose (account, address) must still wait, with the answer of any failure. */
class LoginBackoffFilter extends OncePerRequestFilter {

    private final LoginOutcomes outcomes;

    LoginBackoffFilter(LoginOutcomes outcomes) {
        this.outcomes = outcomes;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (outcomes.mustWait(request)) {
            outcomes.onAuthenticationFailure(request, response, new LoginBackoff.Waiting());
            return;
        }
        chain.doFilter(request, response);
    }
}
