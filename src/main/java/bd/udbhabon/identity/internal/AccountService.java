package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.access.Role;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.identity.Account;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.identity.RoleGrant;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import jakarta.servlet.http.HttpSession;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

@Service
class AccountService implements AccountAdministration {

    static final int MIN_PASSWORD_LENGTH = 10;
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    private static final String PASSWORD_ALPHABET = "abcdefghijkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom random = new SecureRandom();

    private final AccountRepository accounts;
    private final ScopedAccessPolicy policy;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    AccountService(AccountRepository accounts, ScopedAccessPolicy policy, PasswordEncoder passwords, AuditLog audit) {
        this.accounts = accounts;
        this.policy = policy;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Override
    public List<Account> atOffice(long officeId) {
        return accounts.withRolesAt(officeId);
    }

    @Override
    public Optional<Account> find(long accountId) {
        return accounts.find(accountId);
    }

    @Override
    public Optional<Account> findByUsername(String username) {
        return username == null || username.isBlank() ? Optional.empty()
                : accounts.findByUsername(username.strip().toLowerCase(Locale.ROOT));
    }

    @Override
    @Transactional
    public Outcome create(long officeId, NewAccount form) {
        var errors = new FormErrors();
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(Locale.ROOT);
        String email = form.email() == null || form.email().isBlank() ? null : form.email().strip().toLowerCase(Locale.ROOT);
        String nameBn = Objects.requireNonNullElse(Inputs.clean(form.fullNameBn()), "");
        String nameEn = Inputs.clean(form.fullNameEn());
        if (!USERNAME.matcher(username).matches()) {
            errors.add("username", "account.error.username");
        }
        if (email != null && !Inputs.isEmail(email)) {
            errors.add("email", "account.error.email");
        }
        if (nameBn.isEmpty() || nameBn.length() > 200) {
            errors.add("fullNameBn", "account.error.name");
        }
        if (nameEn != null && nameEn.length() > 200) {
            errors.add("fullNameEn", "account.error.name");
        }
        if (form.role() == null || !mayGive(officeId, form.role())) {
            errors.add("role", "account.error.role");
        }
        if (!errors.any() && accounts.usernameOrEmailTaken(username, email)) {
            errors.add("username", "account.error.taken");
        }
        if (errors.any()) {
            return new Outcome(errors, null, null);
        }
        String temporary = generatePassword();
        long id = accounts.create(username, email, nameBn, nameEn, passwords.encode(temporary), true, officeId);
        accounts.grant(id, officeId, form.role(), policy.accountId().orElse(null));
        audit.record(new AuditEvent(policy.actor(), "account.created", "account", Long.toString(id), officeId, null,
                Map.of("username", username, "email", String.valueOf(email), "fullNameBn", nameBn,
                        "role", form.role().name(), "officeId", officeId)));
        return new Outcome(errors, id, temporary);
    }

    @Override
    @Transactional
    public Optional<String> grant(long officeId, long accountId, Role role) {
        if (!mayGive(officeId, role) || accounts.find(accountId).isEmpty()) {
            return Optional.of("error.forbidden");
        }
        boolean national = policy.allowsNationally(Permission.ADMINISTER_USERS);
        // staffing reaches the offices below, writing does not: a self-grant must not add to what one may do there
        if (policy.accountId().filter(me -> me == accountId).isPresent() && !national
                && !Arrays.stream(Permission.values()).filter(role::grants).allMatch(p -> policy.allows(p, officeId))) {
            return Optional.of("account.error.grant.self");
        }
        // an account is staffed by its own office's administrators (or those above them), not taken by any office
        if (!national && accounts.homeOffice(accountId)
                .filter(home -> policy.allows(Permission.ADMINISTER_USERS, home)).isEmpty()) {
            return Optional.of("account.error.grant.foreign");
        }
        if (accounts.grant(accountId, officeId, role, policy.accountId().orElse(null))) {
            audit.record(new AuditEvent(policy.actor(), "role.granted", "account", Long.toString(accountId), officeId,
                    null, Map.of("role", role.name(), "officeId", officeId)));
        }
        return Optional.empty();
    }

    @Override
    @Transactional
    public boolean revoke(long officeId, long accountId, Role role) {
        if (!mayGive(officeId, role)) {
            return false;
        }
        if (policy.accountId().filter(me -> me == accountId).isPresent() && role == Role.SYSTEM_ADMIN) {
            return false; // the last system administrator must not lock everyone out by accident
        }
        if (accounts.revoke(accountId, officeId, role)) {
            audit.record(new AuditEvent(policy.actor(), "role.revoked", "account", Long.toString(accountId), officeId,
                    Map.of("role", role.name(), "officeId", officeId), null));
        }
        return true;
    }

    @Override
    @Transactional
    public Outcome resetPassword(long accountId) {
        Optional<Account> account = accounts.find(accountId);
        boolean inScope = account.isPresent() && !account.get().grants().isEmpty() && account.get().grants().stream()
                .allMatch(g -> policy.allows(Permission.ADMINISTER_USERS, g.officeId()) && mayGive(g.officeId(), g.role()));
        if (!inScope) {
            return new Outcome(new FormErrors().add("account", "error.forbidden"), null, null);
        }
        String temporary = generatePassword();
        accounts.setPassword(accountId, passwords.encode(temporary), true);
        accounts.endSessions(account.get().username(), currentSessionId()); // whoever knew the old password is out
        audit.record(new AuditEvent(policy.actor(), "account.password.reset", "account", Long.toString(accountId),
                account.get().grants().getFirst().officeId(), null, null));
        return new Outcome(new FormErrors(), accountId, temporary);
    }

    @Override
    @Transactional
    public FormErrors changeOwnPassword(String current, String chosen, String repeated) {
        var errors = new FormErrors();
        SignedInUser user = ScopedAccessPolicy.currentUser().orElseThrow();
        String hash = accounts.findForLogin(user.getUsername()).map(SignedInUser::getPassword).orElse(null);
        if (current == null || hash == null || !passwords.matches(current, hash)) {
            errors.add("current", "account.password.error.current");
        }
        if (chosen == null || chosen.length() < MIN_PASSWORD_LENGTH || chosen.length() > 200) {
            errors.add("chosen", "account.password.error.length", MIN_PASSWORD_LENGTH);
        } else if (chosen.equals(current)) {
            errors.add("chosen", "account.password.error.same");
        } else if (chosen.toLowerCase(Locale.ROOT).contains(user.getUsername())) {
            errors.add("chosen", "account.password.error.username");
        }
        if (!errors.has("chosen") && !chosen.equals(repeated)) {
            errors.add("repeated", "account.password.error.repeat");
        }
        if (errors.any()) {
            return errors;
        }
        accounts.setPassword(user.accountId(), passwords.encode(chosen), false);
        accounts.endSessions(user.getUsername(), currentSessionId()); // every other browser is signed out
        user.passwordChanged();
        audit.record(new AuditEvent(policy.actor(), "account.password.changed", "account",
                Long.toString(user.accountId()), null, null, null));
        return errors;
    }

    /** Only a system administrator makes system administrators; anyone else gives roles where they administer users. */
    private boolean mayGive(long officeId, Role role) {
        if (role == Role.SYSTEM_ADMIN) {
            return ScopedAccessPolicy.currentUser()
                    .map(u -> policy.grantsOf(u.accountId()).stream().map(RoleGrant::role).anyMatch(Role::national))
                    .orElse(false);
        }
        return policy.allows(Permission.ADMINISTER_USERS, officeId);
    }

    /** The session of the request being served, which a password change keeps. */
    private static String currentSessionId() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                && attributes.getRequest().getSession(false) instanceof HttpSession session ? session.getId() : null;
    }

    static String generatePassword() {
        var password = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            password.append(PASSWORD_ALPHABET.charAt(random.nextInt(PASSWORD_ALPHABET.length())));
        }
        return password.toString();
    }
}
