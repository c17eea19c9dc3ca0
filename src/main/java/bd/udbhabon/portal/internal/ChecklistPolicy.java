package bd.udbhabon.portal.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.portal.ChecklistItem;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The checklist as the Cabinet Division keeps it: an item added from a fiscal year, or retired from one (asked no
 * more from then on). Nothing is edited or deleted, so a year's checklist stays what its answers were given under.
 */
@Service
public class ChecklistPolicy {

    private final PortalRepository repository;
    private final AuditLog audit;
    private final AccessPolicy access;

    ChecklistPolicy(PortalRepository repository, AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.audit = audit;
        this.access = access;
    }

    public List<ChecklistItem> all() {
        return repository.allItems();
    }

    @Transactional
    public long add(String nameBn, String nameEn, FiscalYear from) {
        long id = repository.addItem(nameBn, nameEn == null || nameEn.isBlank() ? null : nameEn, from);
        audit.record(new AuditEvent(access.actor(), "portal.item.added", "portal-item", Long.toString(id), null, null,
                Map.of("nameBn", nameBn, "from", from.shortLabelLatin())));
        return id;
    }

    /** Asks the item no more from {@code from} on: it stays on the years before. */
    @Transactional
    public void retire(long itemId, FiscalYear from) {
        ChecklistItem item = repository.allItems().stream().filter(i -> i.id() == itemId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("portal.error.noItem", itemId));
        if (item.until() != null) {
            throw UserFacingException.invalid(new FormErrors().add("retireFrom", "portal.error.retired"));
        }
        if (from.compareTo(item.from()) <= 0) {
            throw UserFacingException.invalid(new FormErrors().add("retireFrom", "portal.error.retireBeforeStart", item.from().shortLabelLatin()));
        }
        repository.retire(itemId, from.previous());
        audit.record(new AuditEvent(access.actor(), "portal.item.retired", "portal-item", Long.toString(itemId), null,
                Map.of("until", "open"), Map.of("until", from.previous().shortLabelLatin())));
    }
}
