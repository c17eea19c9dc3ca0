package bd.udbhabon.audit.internal;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.audit.AuditVerification;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The tamper-evident record of every change")
class AuditApi {

    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit/verify")
    @NationalAccess(Permission.READ_AUDIT)
    @Operation(summary = "Check the whole hash chain; names the first entry that was changed, removed or inserted")
    AuditVerification verify() {
        return audit.verify();
    }
}
