package bd.udbhabon.showcase.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.identity.Account;
import bd.udbhabon.identity.AccountAdministration;
import bd.udbhabon.identity.RoleGrant;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.Showcase;
import bd.udbhabon.showcase.Showcases;
import bd.udbhabon.showcase.internal.ShowcaseWorkflow.Step;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Setting a showcase up, as its office's writers do (the endpoints check who): what it says, its criteria, its
 * entries (initiatives of the office and the offices below it), its judges (accounts, each with the office that
 * decides their conflicts of interest); opening the scoring; choosing the best. Each step is the workflow's
 * ({@link ShowcaseWorkflow}); every change audited; a refused one writes nothing.
 */
@Service
public class ShowcaseService implements Showcases {

    private final ShowcaseRepository repository;
    private final Initiatives initiatives;
    private final AccountAdministration accounts;
    private final OfficeDirectory offices;
    private final AuditLog audit;
    private final AccessPolicy access;

    ShowcaseService(ShowcaseRepository repository, Initiatives initiatives, AccountAdministration accounts, OfficeDirectory offices,
                    AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.initiatives = initiatives;
        this.accounts = accounts;
        this.offices = offices;
        this.audit = audit;
        this.access = access;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Showcase> find(long showcaseId) {
        return repository.find(showcaseId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Showcase> ofOffice(long officeId) {
        return repository.ofOffice(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<Entered> enteredIn(long initiativeId) {
        return repository.enteredIn(initiativeId);
    }

    /** The showcase, if it is this office's; else 404 (an id is never trusted against another office's path). */
    @Transactional(readOnly = true)
    public Showcase require(long officeId, long showcaseId) {
        return repository.find(showcaseId).filter(s -> s.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("showcase.error.notFound"));
    }

    @Transactional
    public Showcase create(long officeId, ShowcaseRules.Draft draft) {
        offices.require(officeId);
        ShowcaseRules.Draft d = checked(draft);
        long id = repository.insert(officeId, d, access.accountId().orElse(null));
        Showcase created = repository.find(id).orElseThrow();
        record("showcase.created", created, null, created);
        return created;
    }

    @Transactional
    public Showcase update(long officeId, long showcaseId, ShowcaseRules.Draft draft) {
        Showcase before = lock(officeId, showcaseId, Step.EDIT);
        ShowcaseRules.Draft d = checked(draft);
        repository.update(showcaseId, d);
        Showcase after = repository.find(showcaseId).orElseThrow();
        record("showcase.updated", after, before, after);
        return after;
    }

    /** Replaces the criteria (a draft's only); refused field by field, the weights adding up to 100. */
    @Transactional
    public void criteria(long officeId, long showcaseId, List<ShowcaseRules.CriterionRow> rows) {
        Showcase showcase = lock(officeId, showcaseId, Step.SET_UP);
        FormErrors errors = new FormErrors();
        List<ShowcaseRules.NewCriterion> criteria = ShowcaseRules.criteria(rows, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        List<ShowcaseRepository.Criterion> before = repository.criteria(showcaseId);
        repository.replaceCriteria(showcaseId, criteria);
        record("showcase.criteriaSet", showcase, before, criteria);
    }

    /** Enters an initiative of the office or an office below it (office_scope); a stopped one is not entered. */
    @Transactional
    public void enter(long officeId, long showcaseId, Long initiativeId) {
        Showcase showcase = lock(officeId, showcaseId, Step.SET_UP);
        FormErrors errors = new FormErrors();
        Initiative initiative = initiativeId == null ? null : initiatives.find(initiativeId).orElse(null);
        if (initiative == null || !repository.inScope(officeId, initiative.officeId())) {
            errors.add("initiativeId", "showcase.error.entryNotInScope");
        } else if (initiative.stage() == Stage.STOPPED) {
            errors.add("initiativeId", "showcase.error.entryStopped");
        } else if (!repository.insertEntry(showcaseId, initiative.id())) {
            errors.add("initiativeId", "showcase.error.entryTwice");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        record("showcase.entered", showcase, null, Map.of("initiative", initiative.id()));
    }

    @Transactional
    public void withdraw(long officeId, long showcaseId, long entryId) {
        Showcase showcase = lock(officeId, showcaseId, Step.SET_UP);
        if (!repository.deleteEntry(showcaseId, entryId)) {
            throw UserFacingException.notFound("showcase.error.notFound");
        }
        record("showcase.withdrawn", showcase, Map.of("entry", entryId), null);
    }

    /**
     * Adds a judge: an account chosen from the office's people ({@code accountId}: their office is this one) or by
     * user name (their office is the one they hold a role at; the first, if several).
     */
    @Transactional
    public void judge(long officeId, long showcaseId, String username, Long accountId, String designationBn) {
        Showcase showcase = lock(officeId, showcaseId, Step.SET_UP);
        FormErrors errors = new FormErrors();
        String designation = Inputs.text(errors, "designationBn", designationBn, 300);
        Account account = null;
        Long judgeOffice = null;
        if (accountId != null) {
            account = accounts.atOffice(officeId).stream().filter(a -> a.id() == accountId).findFirst().orElse(null);
            judgeOffice = officeId;
        } else if (username != null && !username.isBlank()) {
            account = accounts.findByUsername(username).orElse(null);
            judgeOffice = account == null ? null : account.grants().stream().map(RoleGrant::officeId).findFirst().orElse(null);
        }
        if (account == null) {
            errors.add(accountId != null ? "accountId" : "username", "showcase.error.judgeUnknown");
        } else if (judgeOffice == null) {
            errors.add("username", "showcase.error.judgeNoOffice");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        if (!repository.insertJudge(showcaseId, account.id(), judgeOffice, account.fullNameBn(), designation)) {
            throw UserFacingException.invalid(new FormErrors().add(accountId != null ? "accountId" : "username", "showcase.error.judgeTwice"));
        }
        record("showcase.judgeAdded", showcase, null, Map.of("account", account.id(), "office", judgeOffice));
    }

    @Transactional
    public void removeJudge(long officeId, long showcaseId, long judgeId) {
        Showcase showcase = lock(officeId, showcaseId, Step.SET_UP);
        if (!repository.deleteJudge(showcaseId, judgeId)) {
            throw UserFacingException.notFound("showcase.error.notFound");
        }
        record("showcase.judgeRemoved", showcase, Map.of("judge", judgeId), null);
    }

    /** Opens the scoring: criteria adding up to 100, at least one entry and one judge; then they are fixed. */
    @Transactional
    public void openScoring(long officeId, long showcaseId) {
        Showcase showcase = lock(officeId, showcaseId, Step.OPEN_SCORING);
        List<ShowcaseRepository.Criterion> criteria = repository.criteria(showcaseId);
        FormErrors errors = new FormErrors();
        ShowcaseRules.criteria(criteria.stream().map(c -> new ShowcaseRules.CriterionRow(c.nameBn(), c.weight().toPlainString(),
                Integer.toString(c.maxScore()))).toList(), errors);
        if (repository.entries(showcaseId).isEmpty()) {
            errors.add("entries", "showcase.error.noEntries");
        }
        if (repository.judges(showcaseId).isEmpty()) {
            errors.add("judges", "showcase.error.noJudges");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        repository.status(showcaseId, ShowcaseWorkflow.TRANSITIONS.next(showcase.status(), Step.OPEN_SCORING), null);
        record("showcase.scoringOpened", showcase, Map.of("status", showcase.status().name()), Map.of("status", "SCORING"));
    }

    /** The organiser's choice of the best initiative(s): entries of this showcase, at least one. */
    @Transactional
    public void select(long officeId, long showcaseId, List<Long> entryIds) {
        Showcase showcase = lock(officeId, showcaseId, Step.SELECT);
        Set<Long> chosen = new HashSet<>(entryIds == null ? List.of() : entryIds);
        chosen.remove(null);
        Set<Long> entries = new HashSet<>(repository.entries(showcaseId).stream().map(ShowcaseRepository.Entry::id).toList());
        if (chosen.isEmpty() || !entries.containsAll(chosen)) {
            throw UserFacingException.invalid(new FormErrors().add("selected", "showcase.error.noneSelected"));
        }
        repository.select(showcaseId, List.copyOf(chosen));
        record("showcase.selected", showcase, null, Map.of("entries", chosen));
    }

    /** The showcase of this office, locked, if {@code step} may be taken in its state (else refused with the table's message). */
    Showcase lock(long officeId, long showcaseId, Step step) {
        Showcase showcase = repository.lock(showcaseId).filter(s -> s.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("showcase.error.notFound"));
        ShowcaseWorkflow.TRANSITIONS.next(showcase.status(), step);
        return showcase;
    }

    void record(String action, Showcase showcase, Object before, Object after) {
        audit.record(new AuditEvent(access.actor(), action, "showcase", Long.toString(showcase.id()), showcase.officeId(), before, after));
    }

    private static ShowcaseRules.Draft checked(ShowcaseRules.Draft draft) {
        FormErrors errors = new FormErrors();
        ShowcaseRules.Draft d = ShowcaseRules.check(draft, errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return d;
    }

    /** The published showcases of the office, latest first (its corner). */
    @Transactional(readOnly = true)
    public List<Showcase> published(long officeId) {
        return repository.published(officeId);
    }
}
