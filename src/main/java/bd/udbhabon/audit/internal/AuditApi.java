package bd.udbhabon.audit.internal;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.audit.AuditVerification;
import bd.udbhabon.bangla.BanglaDigits;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Audit", description = "The tamper-evident record of every change")
class AuditApi {

    private final AuditLog audit;
    private final MessageSource messages;

    AuditApi(AuditLog audit, MessageSource messages) {
        this.audit = audit;
        this.messages = messages;
    }

    /**
     * @param problem null when intact
     * @param reason  the detail, in English
     * @param message the finding in the caller's language
     */
    record Answer(long checked, boolean intact, Long firstBrokenId, AuditVerification.Problem problem, String reason,
                  String message) {
    }

    @GetMapping("/api/v1/audit/verify")
    @NationalAccess(Permission.READ_AUDIT)
    @Operation(summary = "Check the whole chain (MACs, links, time order) against the checkpoints kept outside the "
            + "database; names the first entry that was changed, forged, backdated, removed or inserted, or a removed tail")
    Answer verify() {
        AuditVerification v = audit.verify();
        Locale locale = LocaleContextHolder.getLocale();
        boolean bangla = !"en".equals(locale.getLanguage());
        String checked = bangla ? BanglaDigits.toBangla(v.checked()) : Long.toString(v.checked());
        String entry = v.firstBrokenId() == null ? "" : bangla ? BanglaDigits.toBangla(v.firstBrokenId()) : v.firstBrokenId().toString();
        String key = v.intact() ? "audit.verify.intact" : "audit.verify." + v.problem().name();
        return new Answer(v.checked(), v.intact(), v.firstBrokenId(), v.problem(), v.reason(),
                messages.getMessage(key, new Object[] {checked, entry}, locale));
    }
}
