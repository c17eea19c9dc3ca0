package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.PlanTemplates;
import bd.udbhabon.plan.TemplateContent;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The templates: read, and written by the Cabinet Division. Saving a template writes its latest
 * version when that is still a draft, else a new draft version copied from it: a published version
 * (which plans may use) never changes.
 */
@Service
public class TemplateService implements PlanTemplates {

    private final TemplateRepository repository;
    private final AuditLog audit;
    private final AccessPolicy access;
    private final OfficeDirectory offices;
    /**
     * Published versions, kept once read: they never change (a handful per year and level), and every page of a
     * plan reads its template (13 times an office at the quarter's deadline; issue 14, point 11).
     */
    private final Map<Long, PlanTemplate> published = new ConcurrentHashMap<>();

    TemplateService(TemplateRepository repository, AuditLog audit, AccessPolicy access, OfficeDirectory offices) {
        this.repository = repository;
        this.audit = audit;
        this.access = access;
        this.offices = offices;
    }

    /** What a save wrote: the version, and whether it is a new one (the one edited was published). */
    public record Saved(long versionId, int version, boolean newVersion) {
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanTemplate> version(long versionId) {
        PlanTemplate kept = published.get(versionId);
        return kept != null ? Optional.of(kept) : repository.head(versionId).map(this::template);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<PlanTemplate> inForce(FiscalYear year, OfficeLevel level) {
        return repository.latest(year, level, true).map(this::template);
    }

    /** The latest version of this year's and level's template, draft or published. */
    @Transactional(readOnly = true)
    public Optional<PlanTemplate> latest(FiscalYear year, OfficeLevel level) {
        return repository.latest(year, level, false).map(this::template);
    }

    @Override
    @Transactional(readOnly = true)
    public List<VersionSummary> all() {
        return repository.all();
    }

    /** A new template for a year and level that has none (version 1, a draft). */
    @Transactional
    public Saved create(FiscalYear year, OfficeLevel level, TemplateContent content) {
        if (repository.templateId(year, level).isPresent()) {
            throw UserFacingException.invalid(new FormErrors().add("fiscal_year", "plan.error.templateExists",
                    year.shortLabelLatin(), level.nameBn()));
        }
        return save(year, level, content);
    }

    /** The content as this year's and level's latest version: the draft rewritten, or a new version. */
    @Transactional
    public Saved save(FiscalYear year, OfficeLevel level, TemplateContent content) {
        long templateId = repository.template(year, level);
        repository.lock(templateId);
        var latest = repository.latest(year, level, false);
        Saved saved;
        if (latest.isPresent() && latest.get().status() == PlanTemplate.Status.DRAFT) {
            var before = template(latest.get());
            repository.replace(latest.get().versionId(), content);
            saved = new Saved(latest.get().versionId(), latest.get().version(), false);
            audit.record(new AuditEvent(access.actor(), "plan-template.updated", "plan_template_version",
                    Long.toString(saved.versionId()), cabinetDivision(), before.content(), content));
        } else {
            long id = repository.createVersion(templateId, content, latest.map(TemplateRepository.Head::versionId).orElse(null));
            repository.writeRows(id, content);
            saved = new Saved(id, repository.head(id).orElseThrow().version(), true);
            audit.record(new AuditEvent(access.actor(), "plan-template.version-created", "plan_template_version",
                    Long.toString(id), cabinetDivision(), null,
                    Map.of("fiscalYear", year.shortLabelLatin(), "level", level.name(), "version", saved.version(),
                            "copiedFrom", latest.map(h -> (Object) h.version()).orElse("none"), "content", content)));
        }
        return saved;
    }

    /**
     * An edit of {@code versionId}: only the latest version is edited (an older one was followed by
     * another); a published one gets a new version.
     */
    @Transactional
    public Saved edit(long versionId, TemplateContent content) {
        var head = repository.head(versionId).orElseThrow(() -> UserFacingException.notFound("plan.error.notFound"));
        var latest = repository.latest(head.fiscalYear(), head.level(), false).orElseThrow();
        if (latest.versionId() != versionId) {
            throw UserFacingException.badRequest("plan.error.notLatest", latest.version());
        }
        return save(head.fiscalYear(), head.level(), content);
    }

    /** A draft published: plans may be made on it from now on, and it never changes again. */
    @Transactional
    public void publish(long versionId) {
        var head = repository.head(versionId).orElseThrow(() -> UserFacingException.notFound("plan.error.notFound"));
        if (head.status() != PlanTemplate.Status.DRAFT) {
            throw UserFacingException.badRequest("plan.error.alreadyPublished");
        }
        repository.publish(versionId);
        audit.record(new AuditEvent(access.actor(), "plan-template.published", "plan_template_version",
                Long.toString(versionId), cabinetDivision(), null,
                Map.of("fiscalYear", head.fiscalYear().shortLabelLatin(), "level", head.level().name(), "version", head.version())));
    }

    private PlanTemplate template(TemplateRepository.Head head) {
        // kept as a read-only transaction reads it (committed), not within the transaction that publishes it
        if (head.status() == PlanTemplate.Status.PUBLISHED && TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return published.computeIfAbsent(head.versionId(), id -> read(head));
        }
        return read(head);
    }

    private PlanTemplate read(TemplateRepository.Head head) {
        return new PlanTemplate(head.versionId(), head.templateId(), head.fiscalYear(), head.level(), head.version(),
                head.status(), head.publishedAt(), repository.content(head));
    }

    private Long cabinetDivision() {
        return offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream()
                .findFirst().map(Office::id).orElse(null);
    }
}
