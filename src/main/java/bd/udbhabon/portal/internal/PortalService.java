package bd.udbhabon.portal.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.portal.ChecklistItem;
import bd.udbhabon.portal.Completeness;
import bd.udbhabon.portal.PortalChecklist;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Filling in an office's checklist for a quarter and reading the rates. A save replaces the quarter's answers as a
 * whole or, refused, writes nothing; audited as {@code portal.filled} (record type {@code portal}, so the
 * dashboards' read side recomputes the office's figures).
 */
@Service
public class PortalService implements PortalChecklist {

    /** The audit record type of an office's answers, which the dashboards' figures follow. */
    public static final String RECORD_TYPE = "portal";

    private final PortalRepository repository;
    private final AuditLog audit;
    private final AccessPolicy access;

    PortalService(PortalRepository repository, AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.audit = audit;
        this.access = access;
    }

    @Override
    public List<ChecklistItem> items(FiscalYear year) {
        return repository.items(year);
    }

    @Override
    public Map<Long, String> links(long officeId, FiscalYear year, int quarter) {
        return repository.links(officeId, year, quarter);
    }

    @Override
    public Completeness completeness(long officeId, FiscalYear year, int quarter) {
        return repository.completeness(List.of(officeId), year, quarter).get(officeId);
    }

    /** The completeness of each office directly below {@code officeId}, in no particular order. */
    public Map<Long, Completeness> below(long officeId, FiscalYear year, int quarter) {
        return repository.completeness(repository.directlyBelow(officeId), year, quarter);
    }

    /** Whether the quarter may be filled in today: begun (what is still ahead is not evidence yet). */
    public static boolean begun(FiscalYear year, int quarter) {
        return !year.quarterStart(quarter).isAfter(Dhaka.today());
    }

    @Override
    @Transactional
    public void fill(long officeId, FiscalYear year, int quarter, List<Answer> answers) {
        FormErrors errors = new FormErrors();
        Map<Long, String> links = check(year, quarter, answers, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Map<Long, String> before = repository.links(officeId, year, quarter);
        repository.replace(officeId, year, quarter, links, access.accountId().orElse(null));
        audit.record(new AuditEvent(access.actor(), "portal.filled", RECORD_TYPE,
                officeId + ":" + year.shortLabelLatin() + ":" + quarter, officeId, before.isEmpty() ? null : before, links));
    }

    /** Every problem of the answers at once; the links to store by item (blank ones left out). */
    Map<Long, String> check(FiscalYear year, int quarter, List<Answer> answers, FormErrors errors) {
        if (quarter < 1 || quarter > 4) {
            errors.add("quarter", "portal.error.quarter");
            return Map.of();
        }
        if (!begun(year, quarter)) {
            errors.add("quarter", "portal.error.notBegun");
        }
        Set<Long> asked = repository.items(year).stream().map(ChecklistItem::id).collect(Collectors.toSet());
        Map<Long, String> links = new LinkedHashMap<>();
        for (int i = 0; i < answers.size(); i++) {
            Answer answer = answers.get(i);
            String field = "links[" + i + "].url";
            if (!asked.contains(answer.itemId())) {
                errors.add(field, "portal.error.notAsked");
                continue;
            }
            String url = LinkRules.clean(answer.url());
            if (url == null) {
                errors.add(field, "portal.error.link", answer.url().strip());
            } else if (!url.isEmpty()) {
                links.put(answer.itemId(), url);
            }
        }
        return links;
    }
}
