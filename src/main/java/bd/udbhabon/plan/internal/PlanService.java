package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Plans;
import bd.udbhabon.shell.UserFacingException;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.util.ConcurrentLruCache;

/**
 * The offices' plans: read, and made from the template in force. A plan is made once per office and
 * fiscal year, on the published template version in force for the office's level, which it keeps;
 * its first version, a draft, has every indicator of that version with the template's targets.
 */
@Service
public class PlanService implements Plans {

    private final PlanRepository repository;
    private final TemplateService templates;
    private final OfficeDirectory offices;
    private final AuditLog audit;
    private final AccessPolicy access;
    /**
     * Issued versions, kept once read: an issued version never changes (a revision is the next version), and an
     * office's pages read its plan a dozen times at the quarter's deadline (issue 14, point 11). The least
     * recently read are dropped past a thousand (~20 KB each). Kept as a read-only transaction reads them: committed.
     */
    private final ConcurrentLruCache<IssuedVersion, ActionPlan.Version> issued;

    private record IssuedVersion(long versionId, long templateVersionId) {
    }

    PlanService(PlanRepository repository, TemplateService templates, OfficeDirectory offices, AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.templates = templates;
        this.offices = offices;
        this.audit = audit;
        this.access = access;
        this.issued = new ConcurrentLruCache<>(1_000,
                key -> version(key.versionId(), templates.version(key.templateVersionId()).orElseThrow()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActionPlan> find(long officeId, FiscalYear year) {
        return repository.head(officeId, year).map(this::plan);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ActionPlan> plan(long planId) {
        return repository.head(planId).map(this::plan);
    }

    /**
     * The office's plan for the year, made now on the template in force (version 1, a draft); refused
     * in Bangla when no template is published for the office's level and year, or the plan exists.
     */
    @Transactional
    public ActionPlan create(long officeId, FiscalYear year) {
        Office office = offices.require(officeId);
        PlanTemplate template = templates.inForce(year, office.level())
                .orElseThrow(() -> UserFacingException.badRequest("plan.error.noTemplate", year.shortLabel(), office.level().nameBn()));
        long planId = repository.create(officeId, year, template.versionId(), access.accountId().orElse(null));
        if (planId < 0) {
            throw UserFacingException.badRequest("plan.error.planExists", year.shortLabel());
        }
        long versionId = repository.createVersion(planId, null, access.accountId().orElse(null));
        repository.copyTemplateRows(versionId, template.versionId());
        audit.record(new AuditEvent(access.actor(), "plan.created", "plan", Long.toString(planId), officeId, null,
                Map.of("fiscalYear", year.shortLabelLatin(), "templateVersion", template.versionId())));
        return plan(repository.head(planId).orElseThrow());
    }

    private ActionPlan plan(PlanRepository.Head head) {
        var versions = repository.versions(head.id());
        var latest = versions.getFirst();
        // kept only as read by a read-only transaction: committed, not a writer's issue that may yet roll back
        var current = latest.status() == ActionPlan.Status.ISSUED && TransactionSynchronizationManager.isCurrentTransactionReadOnly()
                ? issued.get(new IssuedVersion(latest.id(), head.templateVersionId()))
                : version(latest.id(), templates.version(head.templateVersionId()).orElseThrow());
        return new ActionPlan(head.id(), head.officeId(), head.fiscalYear(), head.templateVersionId(), current, versions);
    }

    private ActionPlan.Version version(long versionId, PlanTemplate template) {
        return repository.version(versionId, template.content().titleBn(), template.content().titleEn(),
                template.content().totalWeight());
    }
}
