package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Role;
import bd.udbhabon.access.SignedIn;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@SignedIn
@Tag(name = "Account", description = "The caller's own account")
class MeApi {

    private final AccountRepository accounts;

    MeApi(AccountRepository accounts) {
        this.accounts = accounts;
    }

    record GrantJson(long officeId, Role role) {
    }

    record MeJson(long id, String username, String fullNameBn, String fullNameEn, List<GrantJson> roles) {
    }

    @GetMapping("/api/v1/me")
    @Operation(summary = "Who the caller is and the roles they hold, per office")
    MeJson me() {
        var account = accounts.find(ScopedAccessPolicy.currentUser().orElseThrow().accountId()).orElseThrow();
        return new MeJson(account.id(), account.username(), account.fullNameBn(), account.fullNameEn(),
                account.grants().stream().map(g -> new GrantJson(g.officeId(), g.role())).toList());
    }
}
