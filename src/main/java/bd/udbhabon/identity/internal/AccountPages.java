package bd.udbhabon.identity.internal;

import bd.udbhabon.access.SignedIn;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The signed-in user's own account: roles, password, personal access tokens. */
@Controller
@SignedIn
class AccountPages {

    private final AccountAdministration administration;
    private final AccountRepository accounts;
    private final AccessTokens tokens;
    private final OfficeDirectory offices;
    private final AuditLog audit;
    private final ScopedAccessPolicy policy;
    private final PasswordEncoder passwords;

    AccountPages(AccountAdministration administration, AccountRepository accounts, AccessTokens tokens,
                 OfficeDirectory offices, AuditLog audit, ScopedAccessPolicy policy, PasswordEncoder passwords) {
        this.administration = administration;
        this.accounts = accounts;
        this.tokens = tokens;
        this.offices = offices;
        this.audit = audit;
        this.policy = policy;
        this.passwords = passwords;
    }

    @GetMapping("/account")
    String account(Model model) {
        return page(model, "", new FormErrors());
    }

    /**
     * A token is issued only here, to a signed-in session (tokens count only under /api/) that
     * typed the password again: a stolen session or token alone cannot mint long-lived tokens.
     */
    @PostMapping("/account/tokens")
    String issueToken(@RequestParam(defaultValue = "") String name, @RequestParam(defaultValue = "90") int days,
                      @RequestParam(defaultValue = "") String current, Model model) {
        if (days < 1 || days > 366) {
            throw UserFacingException.badRequest("account.token.error");
        }
        String label = name.strip();
        var errors = new FormErrors();
        if (label.isEmpty() || label.length() > 100) {
            errors.add("name", "account.token.error");
        }
        SignedInUser user = ScopedAccessPolicy.currentUser().orElseThrow();
        String hash = accounts.findForLogin(user.getUsername()).map(SignedInUser::getPassword).orElse(null);
        if (current.isEmpty() || hash == null || !passwords.matches(current, hash)) {
            errors.add("current", "account.token.error.password");
        }
        if (errors.any()) {
            return page(model, name, errors);
        }
        var issued = tokens.issue(me(), label, Instant.now().plus(days, ChronoUnit.DAYS));
        audit.record(new AuditEvent(policy.actor(), "token.issued", "access_token",
                Long.toString(issued.id()), null, null, Map.of("name", label, "days", days)));
        page(model, "", errors);
        model.addAttribute("newToken", issued.secret());
        return "account/account";
    }

    private String page(Model model, String tokenName, FormErrors errors) {
        long id = me();
        var account = accounts.find(id).orElseThrow();
        model.addAttribute("account", account);
        model.addAttribute("offices", account.grants().stream()
                .map(g -> offices.find(g.officeId()).orElseThrow()).distinct().toList());
        model.addAttribute("tokens", tokens.of(id));
        model.addAttribute("newToken", null);
        model.addAttribute("tokenName", tokenName);
        model.addAttribute("errors", errors);
        return "account/account";
    }

    @PostMapping("/account/tokens/{tokenId}/revoke")
    String revokeToken(@PathVariable long tokenId) {
        if (tokens.revoke(me(), tokenId)) {
            audit.record(new AuditEvent(policy.actor(), "token.revoked", "access_token",
                    Long.toString(tokenId), null, null, null));
        }
        return "redirect:/account";
    }

    @GetMapping("/account/password")
    String passwordForm(Model model) {
        model.addAttribute("errors", new FormErrors());
        model.addAttribute("mustChange", ScopedAccessPolicy.currentUser().orElseThrow().mustChangePassword());
        return "account/password";
    }

    @PostMapping("/account/password")
    String changePassword(@RequestParam(defaultValue = "") String current, @RequestParam(defaultValue = "") String chosen,
                          @RequestParam(defaultValue = "") String repeated, Model model,
                          jakarta.servlet.http.HttpSession session) {
        FormErrors errors = administration.changeOwnPassword(current, chosen, repeated);
        if (errors.any()) {
            model.addAttribute("errors", errors);
            model.addAttribute("mustChange", ScopedAccessPolicy.currentUser().orElseThrow().mustChangePassword());
            return "account/password";
        }
        // the principal no longer needs a change: store it again, or the shared session keeps the old copy
        session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, SecurityContextHolder.getContext());
        return "redirect:/account?passwordChanged";
    }

    private static long me() {
        return ScopedAccessPolicy.currentUser().orElseThrow().accountId();
    }
}
