package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Actor;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * OpenID Connect sign-in (switched on by configuring a client registration): the identity
 * provider vouches for the person, Udbhabon decides what they may do. A person is matched to an
 * existing account by the subject it was linked to, or else by a verified e-mail address (and
 * then linked); nobody gets an account, or a role, from the provider alone.
 */
@Component
class SingleSignOn implements AuthenticationSuccessHandler, AuthenticationFailureHandler {

    private final AccountRepository accounts;
    private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
    private final AuditLog audit;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    SingleSignOn(AccountRepository accounts, org.springframework.jdbc.core.simple.JdbcClient jdbc, AuditLog audit) {
        this.accounts = accounts;
        this.jdbc = jdbc;
        this.audit = audit;
    }

    @Override
    public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
                                        Authentication authentication) throws IOException {
        Optional<SignedInUser> user = authentication.getPrincipal() instanceof OidcUser oidc
                ? accountFor(oidc) : Optional.empty();
        if (user.isEmpty() || !user.get().isEnabled() || !user.get().isAccountNonLocked()) {
            SecurityContextHolder.clearContext();
            request.getSession().invalidate();
            response.sendRedirect("/login?error=sso");
            return;
        }
        SignedInUser signedIn = user.get();
        signedIn.eraseCredentials();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(signedIn, null, signedIn.getAuthorities()));
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        audit.record(new AuditEvent(new Actor(signedIn.accountId(), signedIn.getUsername(), null, request.getRemoteAddr()),
                "login.succeeded.sso", "account", Long.toString(signedIn.accountId()), null, null, null));
        response.sendRedirect("/");
    }

    @Override
    public void onAuthenticationFailure(HttpServletRequest request, HttpServletResponse response,
                                        AuthenticationException exception) throws IOException {
        response.sendRedirect("/login?error=sso");
    }

    Optional<SignedInUser> accountFor(OidcUser oidc) {
        String subject = oidc.getIssuer() + "#" + oidc.getSubject();
        Optional<String> linked = jdbc.sql("select username from account where oidc_subject = :s")
                .param("s", subject).query(String.class).optional();
        if (linked.isPresent()) {
            return accounts.findForLogin(linked.get());
        }
        if (oidc.getEmail() == null || !Boolean.TRUE.equals(oidc.getEmailVerified())) {
            return Optional.empty();
        }
        String email = oidc.getEmail().toLowerCase(java.util.Locale.ROOT);
        int linkedNow = jdbc.sql("update account set oidc_subject = :s where email = :e and oidc_subject is null")
                .param("s", subject).param("e", email).update();
        return linkedNow == 1 ? accounts.findForLogin(email) : Optional.empty();
    }
}
