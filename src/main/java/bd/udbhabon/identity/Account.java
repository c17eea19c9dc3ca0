package bd.udbhabon.identity;

import java.time.Instant;
import java.util.List;

/** An account as administrators see it. */
public record Account(long id, String username, String email, String fullNameBn, String fullNameEn,
                      boolean enabled, boolean mustChangePassword, Instant lockedUntil, int failedLogins,
                      List<RoleGrant> grants) {

    public String fullName(boolean bangla) {
        return bangla || fullNameEn == null || fullNameEn.isBlank() ? fullNameBn : fullNameEn;
    }
}
