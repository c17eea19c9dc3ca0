package bd.udbhabon.identity.internal;

import java.io.Serial;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal kept in the session. Roles are not kept here: they are read per request, so that
 * a role taken away takes effect at once.
 */
public final class SignedInUser implements UserDetails, CredentialsContainer {

    @Serial
    private static final long serialVersionUID = 1L;

    private final long accountId;
    private final String username;
    private final String fullName;
    private String passwordHash;
    private final boolean enabled;
    private final Instant lockedUntil;
    private boolean mustChangePassword;

    SignedInUser(long accountId, String username, String fullName, String passwordHash, boolean enabled,
                 Instant lockedUntil, boolean mustChangePassword) {
        this.accountId = accountId;
        this.username = username;
        this.fullName = fullName;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.lockedUntil = lockedUntil;
        this.mustChangePassword = mustChangePassword;
    }

    public long accountId() {
        return accountId;
    }

    public String fullName() {
        return fullName;
    }

    public boolean mustChangePassword() {
        return mustChangePassword;
    }

    void passwordChanged() {
        this.mustChangePassword = false;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isAccountNonLocked() {
        return lockedUntil == null || !lockedUntil.isAfter(Instant.now());
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
