package bd.udbhabon.inbox.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.inbox.InboxKind;
import bd.udbhabon.inbox.SentUpward;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.paper.PaperIssued;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The inbox (issue 16, point 4): what arrives, in the sender's transaction (a paper's issue or a report's
 * submission that fails takes its items back, and an item never exists without what it carries); its
 * acknowledgement by the receiving office; the pages' reads. Every arrival and acknowledgement is audited on the
 * sender's trail ({@code inbox_item}), so the supervision dashboards recount what reached the Cabinet Division.
 */
@Service
public class InboxService {

    private final InboxRepository items;
    private final OfficialPapers papers;
    private final AuditLog audit;
    private final AccessPolicy access;

    InboxService(InboxRepository items, OfficialPapers papers, AuditLog audit, AccessPolicy access) {
        this.items = items;
        this.papers = papers;
        this.audit = audit;
        this.access = access;
    }

    @EventListener
    void on(PaperIssued event) {
        OfficialPapers.IssuedPaper paper = event.paper();
        InboxKind.of(paper.subject()).ifPresent(kind -> deliver(paper.officeId(), kind, paper.subject(),
                PaperTitles.bn(kind, paper.memoNumber()), PaperTitles.en(kind, paper.memoNumber()), null, paper.id(),
                paper.issuedOn(), null));
    }

    @EventListener
    void on(SentUpward event) {
        InboxKind kind = InboxKind.of(event.kind())
                .orElseThrow(() -> new IllegalArgumentException("not a kind the inbox knows: " + event.kind()));
        deliver(event.fromOfficeId(), kind, event.reference(), event.titleBn(), event.titleEn(), event.link(),
                event.paperId(), Dhaka.today(), event.toOfficeId());
    }

    private void deliver(long from, InboxKind kind, String reference, String titleBn, String titleEn, String link,
                         Long paperId, LocalDate sentOn, Long addressee) {
        Set<Long> to = Routing.recipients(kind, from, items.levelOf(from), items.superiorsOf(from), addressee,
                items.cabinetDivision().orElse(null));
        for (long office : to) {
            long id = items.receive(office, from, kind, reference, titleBn, titleEn, link, paperId, sentOn);
            Map<String, Object> after = new LinkedHashMap<>();
            after.put("to", office);
            after.put("kind", kind.key());
            after.put("reference", reference);
            after.put("sentOn", sentOn.toString());
            audit.record(new AuditEvent(access.actor(), "inbox.received", "inbox_item", Long.toString(id), from, null, after));
        }
    }

    /** The item, if it is in {@code officeId}'s inbox; else 404 (an id of another office's item says nothing). */
    @Transactional(readOnly = true)
    public InboxItem item(long officeId, long itemId) {
        return items.find(itemId).filter(i -> i.toOfficeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("inbox.error.notFound"));
    }

    /** The item's paper as issued. */
    @Transactional(readOnly = true)
    public Optional<byte[]> pdf(long officeId, long itemId) {
        InboxItem item = item(officeId, itemId);
        return item.paperId() == null ? Optional.empty() : papers.pdf(item.paperId());
    }

    /** A writer of the receiving office acknowledges it; a second time is refused in the user's language. */
    @Transactional
    public InboxItem acknowledge(long officeId, long itemId) {
        items.lock(itemId);
        InboxItem item = item(officeId, itemId);
        InboxWorkflow.TRANSITIONS.next(item.status(), InboxWorkflow.Step.ACKNOWLEDGE);
        items.acknowledge(itemId, access.accountId().orElse(null), access.fullNameBn().orElse(null));
        audit.record(new AuditEvent(access.actor(), "inbox.acknowledged", "inbox_item", Long.toString(itemId),
                item.fromOfficeId(), Map.of("status", item.status().name()),
                Map.of("status", InboxItem.Status.ACKNOWLEDGED.name(), "to", officeId)));
        return items.find(itemId).orElseThrow();
    }

    @Transactional(readOnly = true)
    public InboxRepository.Page page(long officeId, InboxRepository.Filter filter, int page, int size) {
        return items.page(officeId, filter, Math.max(0, page), size);
    }

    @Transactional(readOnly = true)
    public List<Long> directlyBelow(long officeId) {
        return items.directlyBelow(officeId);
    }

    @Transactional(readOnly = true)
    public long waiting(long officeId) {
        return items.waiting(officeId);
    }

    /** Whether the item may be acknowledged now (the page shows the button only then). */
    public static boolean mayAcknowledge(InboxItem item) {
        return InboxWorkflow.TRANSITIONS.allows(item.status(), InboxWorkflow.Step.ACKNOWLEDGE);
    }
}
