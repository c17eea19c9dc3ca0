package bd.udbhabon.identity.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Actor;
import bd.udbhabon.access.Permission;
import bd.udbhabon.identity.RoleGrant;
import bd.udbhabon.office.OfficeDirectory;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The one place that decides access. A role grants its permissions on its own office; the
 * permissions that {@link Permission#reachesSubordinates() reach subordinates} also apply to every
 * office below it in either hierarchy; a national role applies everywhere. Nothing else is allowed.
 */
@Service
class ScopedAccessPolicy implements AccessPolicy {

    static final String ACTING_OFFICE = ScopedAccessPolicy.class.getName() + ".actingOffice";
    private static final String GRANTS = ScopedAccessPolicy.class.getName() + ".grants";

    private final AccountRepository accounts;
    private final OfficeDirectory offices;

    ScopedAccessPolicy(AccountRepository accounts, OfficeDirectory offices) {
        this.accounts = accounts;
        this.offices = offices;
    }

    @Override
    public boolean allows(Permission permission, long officeId) {
        Optional<SignedInUser> user = currentUser();
        return user.isPresent() && allows(grantsOf(user.get().accountId()), permission, officeId);
    }

    boolean allows(List<RoleGrant> grants, Permission permission, long officeId) {
        List<RoleGrant> granting = grants.stream().filter(g -> g.role().grants(permission)).toList();
        if (granting.stream().anyMatch(g -> g.role().national() || g.officeId() == officeId)) {
            return true;
        }
        if (!permission.reachesSubordinates() || granting.isEmpty()) {
            return false;
        }
        Set<Long> superiors = offices.superiorIds(officeId);
        return granting.stream().anyMatch(g -> superiors.contains(g.officeId()));
    }

    @Override
    public boolean allowsNationally(Permission permission) {
        Optional<SignedInUser> user = currentUser();
        return user.isPresent() && grantsOf(user.get().accountId()).stream()
                .filter(g -> g.role().grants(permission))
                .anyMatch(g -> g.role().national() || offices.find(g.officeId())
                        .filter(o -> o.level() == bd.udbhabon.office.OfficeLevel.CABINET_DIVISION).isPresent());
    }

    @Override
    public Actor actor() {
        Optional<SignedInUser> user = currentUser();
        HttpServletRequest request = currentRequest();
        if (user.isEmpty()) {
            return request == null ? Actor.SYSTEM : new Actor(null, "anonymous", null, request.getRemoteAddr());
        }
        Long actingOffice = request == null ? null : (Long) request.getAttribute(ACTING_OFFICE);
        if (actingOffice == null) {
            actingOffice = grantsOf(user.get().accountId()).stream().map(RoleGrant::officeId).findFirst().orElse(null);
        }
        return new Actor(user.get().accountId(), user.get().getUsername(), actingOffice,
                request == null ? null : request.getRemoteAddr());
    }

    @Override
    public List<bd.udbhabon.access.HeldRole> heldRoles() {
        return currentUser().map(user -> grantsOf(user.accountId()).stream()
                .map(g -> new bd.udbhabon.access.HeldRole(g.officeId(), g.role())).toList()).orElse(List.of());
    }

    @Override
    public Optional<String> fullNameBn() {
        return accountId().flatMap(accounts::find).map(a -> a.fullNameBn());
    }

    @Override
    public Optional<Long> accountId() {
        return currentUser().map(SignedInUser::accountId);
    }

    static Optional<SignedInUser> currentUser() {
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser user
                ? Optional.of(user) : Optional.empty();
    }

    /** The grants are read once per request: a role taken away counts from the next request on. */
    @SuppressWarnings("unchecked")
    List<RoleGrant> grantsOf(long accountId) {
        HttpServletRequest request = currentRequest();
        if (request == null) {
            return accounts.grants(accountId);
        }
        var cached = (List<RoleGrant>) request.getAttribute(GRANTS);
        if (cached == null) {
            cached = accounts.grants(accountId);
            request.setAttribute(GRANTS, cached);
        }
        return cached;
    }

    private static HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest() : null;
    }
}
