package bd.udbhabon.identity;

import bd.udbhabon.access.Role;
import bd.udbhabon.shell.FormErrors;
import java.util.List;
import java.util.Optional;

/** Managing accounts, for the signed-in user within their scope. Every change is audited. */
public interface AccountAdministration {

    /** What an administrator types to create an account. */
    record NewAccount(String username, String email, String fullNameBn, String fullNameEn, Role role) {
    }

    /** The outcome of creating an account or resetting a password: the one-time password, or what was wrong. */
    record Outcome(FormErrors errors, Long accountId, String temporaryPassword) {
        public boolean ok() {
            return !errors.any();
        }
    }

    /** Accounts holding any role at the office. */
    List<Account> atOffice(long officeId);

    Optional<Account> find(long accountId);

    /** The account of this user name (as typed: compared in lower case), for choosing a person by it (a showcase's judge). */
    Optional<Account> findByUsername(String username);

    /** Creates an account holding {@code role} at the office, with a one-time password to change at first sign-in. */
    Outcome create(long officeId, NewAccount account);

    /**
     * Gives a role at the office. Refused (the message key of why) when the caller may not give it there,
     * when it would add to what the caller may do there themselves, or when the account belongs to an
     * office the caller does not administer (unless the caller administers nationally).
     */
    Optional<String> grant(long officeId, long accountId, Role role);

    boolean revoke(long officeId, long accountId, Role role);

    /** A new one-time password, if the caller administers every office where the account holds a role. */
    Outcome resetPassword(long accountId);

    /** Changes the signed-in user's own password. */
    FormErrors changeOwnPassword(String current, String chosen, String repeated);
}
