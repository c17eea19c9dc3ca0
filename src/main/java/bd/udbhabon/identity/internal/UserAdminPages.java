package bd.udbhabon.identity.internal;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.access.Role;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.identity.AccountAdministration.NewAccount;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.Arrays;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** An office's users: who holds which role there; accounts created and roles given within one's scope. */
@Controller
class UserAdminPages {

    private final AccountAdministration administration;
    private final OfficeDirectory offices;
    private final ScopedAccessPolicy policy;

    UserAdminPages(AccountAdministration administration, OfficeDirectory offices, ScopedAccessPolicy policy) {
        this.administration = administration;
        this.offices = offices;
        this.policy = policy;
    }

    /** Who holds which role is part of an office's record: readable wherever its records are. */
    @GetMapping("/offices/{officeId}/users")
    @OfficeAccess(Permission.READ_RECORDS)
    String users(@PathVariable long officeId, Model model) {
        return page(officeId, new NewAccount("", "", "", "", Role.TEAM_MEMBER), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/users")
    @OfficeAccess(Permission.ADMINISTER_USERS)
    String create(@PathVariable long officeId, @RequestParam(defaultValue = "") String username,
                  @RequestParam(defaultValue = "") String email, @RequestParam(defaultValue = "") String fullNameBn,
                  @RequestParam(defaultValue = "") String fullNameEn, @RequestParam(defaultValue = "") String role,
                  Model model) {
        var form = new NewAccount(username, email, fullNameBn, fullNameEn, parseRole(role));
        var outcome = administration.create(officeId, form);
        if (!outcome.ok()) {
            return page(officeId, form, outcome.errors(), model);
        }
        return passwordShownOnce(officeId, outcome, model);
    }

    @PostMapping("/offices/{officeId}/users/{accountId}/roles")
    @OfficeAccess(Permission.ADMINISTER_USERS)
    String grant(@PathVariable long officeId, @PathVariable long accountId, @RequestParam String role) {
        administration.grant(officeId, accountId, requireRole(role)).ifPresent(refusal -> {
            throw new UserFacingException(403, refusal);
        });
        return "redirect:/offices/" + officeId + "/users";
    }

    @PostMapping("/offices/{officeId}/users/{accountId}/roles/revoke")
    @OfficeAccess(Permission.ADMINISTER_USERS)
    String revoke(@PathVariable long officeId, @PathVariable long accountId, @RequestParam String role) {
        if (!administration.revoke(officeId, accountId, requireRole(role))) {
            throw new UserFacingException(403, "error.forbidden");
        }
        return "redirect:/offices/" + officeId + "/users";
    }

    @PostMapping("/offices/{officeId}/users/{accountId}/password-reset")
    @OfficeAccess(Permission.ADMINISTER_USERS)
    String resetPassword(@PathVariable long officeId, @PathVariable long accountId, Model model) {
        var outcome = administration.resetPassword(accountId);
        if (!outcome.ok()) {
            throw new UserFacingException(403, "error.forbidden");
        }
        return passwordShownOnce(officeId, outcome, model);
    }

    private String passwordShownOnce(long officeId, AccountAdministration.Outcome outcome, Model model) {
        model.addAttribute("office", office(officeId));
        model.addAttribute("account", administration.find(outcome.accountId()).orElseThrow());
        model.addAttribute("password", outcome.temporaryPassword());
        return "account/one-time-password";
    }

    private String page(long officeId, NewAccount form, FormErrors errors, Model model) {
        model.addAttribute("office", office(officeId));
        model.addAttribute("accounts", administration.atOffice(officeId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("roles", givableRoles());
        model.addAttribute("mayAdminister", policy.allows(Permission.ADMINISTER_USERS, officeId));
        return "account/users";
    }

    private List<Role> givableRoles() {
        boolean national = ScopedAccessPolicy.currentUser()
                .map(u -> policy.grantsOf(u.accountId()).stream().anyMatch(g -> g.role().national())).orElse(false);
        return Arrays.stream(Role.values()).filter(r -> national || !r.national()).toList();
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

    private static Role parseRole(String role) {
        try {
            return Role.valueOf(role);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Role requireRole(String role) {
        Role parsed = parseRole(role);
        if (parsed == null) {
            throw UserFacingException.badRequest("error.parameter.invalid", "role");
        }
        return parsed;
    }
}
