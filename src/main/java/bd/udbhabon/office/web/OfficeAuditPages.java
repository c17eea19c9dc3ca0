package bd.udbhabon.office.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEntry;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** An office's record of changes, and the history of one of its records. */
@Controller
class OfficeAuditPages {

    private static final int PAGE = 50;
    private final AuditLog audit;
    private final OfficeDirectory offices;

    OfficeAuditPages(AuditLog audit, OfficeDirectory offices) {
        this.audit = audit;
        this.offices = offices;
    }

    @GetMapping("/offices/{officeId}/audit")
    @OfficeAccess(Permission.READ_AUDIT)
    String officeTrail(@PathVariable long officeId, @RequestParam(required = false) Long before, Model model) {
        List<AuditEntry> entries = audit.forOffice(officeId, before, PAGE);
        return page(officeId, entries, entries.size() == PAGE ? entries.getLast().id() : null, model);
    }

    @GetMapping("/offices/{officeId}/audit/{recordType}/{recordId}")
    @OfficeAccess(Permission.READ_AUDIT)
    String recordHistory(@PathVariable long officeId, @PathVariable String recordType, @PathVariable String recordId,
                         Model model) {
        List<AuditEntry> entries = audit.forRecord(recordType, recordId).stream()
                .filter(e -> e.officeId() != null && e.officeId() == officeId).toList();
        return page(officeId, entries, null, model);
    }

    private String page(long officeId, List<AuditEntry> entries, Long older, Model model) {
        model.addAttribute("office", offices.find(officeId)
                .orElseThrow(() -> UserFacingException.notFound("offices.error.notFound", officeId)));
        model.addAttribute("entries", entries);
        model.addAttribute("older", older);
        return "office/audit";
    }
}
