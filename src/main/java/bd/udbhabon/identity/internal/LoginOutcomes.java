package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Actor;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What follows a sign-in attempt: wrong passwords are counted and lock the account after
 * {@code udbhabon.security.max-failed-logins}; every attempt is in the audit trail; the user goes
 * back to the page they asked for (or must first change their password).
 */
@Component
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    static final String TYPED_USERNAME = LoginOutcomes.class.getName() + ".username";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final SecurityProperties properties;

    LoginOutcomes(AccountRepository accounts, AuditLog audit, SecurityProperties properties) {
        this.accounts = accounts;
        this.audit = audit;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var user = (SignedInUser) authentication.getPrincipal();
        accounts.recordSuccessfulLogin(user.accountId());
        audit.record(new AuditEvent(new Actor(user.accountId(), user.getUsername(), null, request.getRemoteAddr()),
                "login.succeeded", "account", Long.toString(user.accountId()), null, null, null));
        String next = request.getParameter("next");
        response.sendRedirect(user.mustChangePassword() ? PasswordChangeInterceptor.CHANGE_PASSWORD
                : isLocalPath(next) ? next : "/");
    }

    @Override
    @Transactional
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        String typed = request.getParameter("username");
        String reason;
        if (exception instanceof LockedException) {
            reason = "locked";
            accounts.findForLogin(typed).ifPresent(user -> audit.record(new AuditEvent(
                    new Actor(user.accountId(), user.getUsername(), null, request.getRemoteAddr()),
                    "login.refused.locked", "account", Long.toString(user.accountId()), null, null, null)));
        } else {
            var failure = accounts.recordFailedLogin(typed, properties.maxFailedLogins(), properties.lockoutDuration());
            reason = failure.filter(AccountRepository.FailedLogin::locked).isPresent() ? "locked" : "bad";
            failure.ifPresent(f -> audit.record(new AuditEvent(
                    new Actor(f.accountId(), f.username(), null, request.getRemoteAddr()),
                    f.locked() ? "login.failed.locked" : "login.failed", "account", Long.toString(f.accountId()),
                    null, null, Map.of("failuresInARow", f.failures()))));
        }
        request.getSession().setAttribute(TYPED_USERNAME, typed == null ? "" : typed);
        String next = request.getParameter("next");
        response.sendRedirect("/login?error=" + reason + (isLocalPath(next) ? "&next=" + java.net.URLEncoder.encode(next, java.nio.charset.StandardCharsets.UTF_8) : ""));
    }

    /** Only a path on this site: never an open redirect to somewhere else, nor a header split by CR/LF. */
    static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.length() <= 500 && next.chars().noneMatch(Character::isISOControl);
    }
}
