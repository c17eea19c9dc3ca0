package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Actor;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLTransientConnectionException;
import java.util.Map;
import java.util.Optional;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;
import org.springframework.security.authentication.InternalAuthenticationServiceException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What follows a sign-in attempt: wrong passwords are counted per account and client address
 * ({@link LoginBackoff}); every attempt on a real account is in the audit trail; every failure gets
 * the same answer; the user goes back to the page they asked for (or must first change their password).
 */
@Component
class LoginOutcomes implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    /** The name typed in a failed attempt, shown again in the form: a short cookie, not a session. */
    static final String TYPED_USERNAME = "UDBHABON_LOGIN_NAME";

    private final AccountRepository accounts;
    private final AuditLog audit;
    private final LoginBackoff backoff;
    private final boolean secureCookies;
    private final TransactionTemplate transaction;

    LoginOutcomes(AccountRepository accounts, AuditLog audit, LoginBackoff backoff,
                  SessionCookieProperties sessionCookie, PlatformTransactionManager transactions) {
        this.accounts = accounts;
        this.audit = audit;
        this.backoff = backoff;
        this.secureCookies = sessionCookie.secure();
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records the sign-in in a transaction that is committed before the redirect: redirecting writes the
     * new session (Spring Session, in a transaction of its own, so on a second connection), and until the
     * commit this one holds the audit chain's lock. Redirecting inside it made every sign-in hold two
     * connections, one of them with the lock: at the national quarter-end (docs/modules/plan.md, "National
     * deadline") the pool's ten connections were all taken by requests waiting for that lock while its
     * holder waited for a connection, until the pool's timeout answered 503.
     */
    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        var user = (SignedInUser) authentication.getPrincipal();
        transaction.executeWithoutResult(status -> {
            accounts.recordSuccessfulLogin(user.accountId());
            backoff.clear(LoginBackoff.key(Optional.of(user), null), request.getRemoteAddr());
            audit.record(new AuditEvent(new Actor(user.accountId(), user.getUsername(), null, request.getRemoteAddr()),
                    "login.succeeded", "account", Long.toString(user.accountId()), null, null, null));
        });
        String next = request.getParameter("next");
        response.sendRedirect(user.mustChangePassword() ? PasswordChangeInterceptor.CHANGE_PASSWORD
                : isLocalPath(next) ? next : "/");
    }

    /** Whether this attempt's (account, address) must still wait: then the password is not even checked. */
    @Transactional(readOnly = true)
    boolean mustWait(HttpServletRequest request) {
        String typed = request.getParameter("username");
        return backoff.mustWait(LoginBackoff.key(accounts.findForLogin(typed), typed), request.getRemoteAddr());
    }

    /**
     * As a success: the attempt is recorded and committed (releasing the audit chain's lock) before the answer
     * is sent. An account that could not be looked up for want of a connection (the database did not answer in
     * time) is no wrong password: it is neither counted nor audited as one, and the error pages answer it (503, "the database is
     * not answering") instead of "user name or password is not correct".
     */
    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        if (exception instanceof InternalAuthenticationServiceException lookUpFailed && noConnection(lookUpFailed)) {
            throw lookUpFailed;
        }
        String typed = request.getParameter("username");
        String address = request.getRemoteAddr();
        transaction.executeWithoutResult(status -> {
            Optional<SignedInUser> account = accounts.findForLogin(typed);
            String key = LoginBackoff.key(account, typed);
            if (exception instanceof LoginBackoff.Waiting) {
                account.ifPresent(user -> audit.record(new AuditEvent(
                        new Actor(user.accountId(), user.getUsername(), null, address),
                        "login.refused.waiting", "account", Long.toString(user.accountId()), null, null, null)));
            } else {
                var failure = backoff.recordFailure(key, address);
                account.ifPresent(user -> audit.record(new AuditEvent(
                        new Actor(user.accountId(), user.getUsername(), null, address),
                        "login.failed", "account", Long.toString(user.accountId()), null, null,
                        Map.of("failuresFromAddress", failure.failures(), "waitSeconds", failure.waitFor().toSeconds()))));
            }
        });
        String kept = typed == null ? "" : typed.length() > 254 ? typed.substring(0, 254) : typed;
        response.addHeader(HttpHeaders.SET_COOKIE, ResponseCookie.from(TYPED_USERNAME, URLEncoder.encode(kept, StandardCharsets.UTF_8).replace("+", "%20"))
                .path("/login").maxAge(60).httpOnly(true).secure(secureCookies).sameSite("Lax").build().toString());
        // one answer for every failure: unknown name, wrong password, disabled, or waiting
        String next = request.getParameter("next");
        response.sendRedirect("/login?error=bad" + (isLocalPath(next) ? "&next=" + URLEncoder.encode(next, StandardCharsets.UTF_8) : ""));
    }

    /** Whether the database gave no connection (in time): not the typed name's fault, whatever it was. */
    private static boolean noConnection(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof DataAccessResourceFailureException || t instanceof SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Only a path on this site: never an open redirect to somewhere else, nor a header split by CR/LF. */
    static boolean isLocalPath(String next) {
        return next != null && next.startsWith("/") && !next.startsWith("//") && !next.startsWith("/\\")
                && next.length() <= 500 && next.chars().noneMatch(Character::isISOControl);
    }
}
