package bd.udbhabon.initiative.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.ProcessStep;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.initiative.TcvFacts;
import bd.udbhabon.initiative.TcvTotals;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The process before and after and the citizen's time, cost and visits of an initiative (issue 15, point 2):
 * checked by {@link TcvRules}, then the steps and the TCV replaced together in one transaction, audited;
 * refused as a whole (400, the form's errors), nothing half-written. Whoever calls it has been checked by
 * the endpoint (the office's writers).
 */
@Service
public class TcvService implements TcvFacts {

    private final TcvRepository repository;
    private final InitiativeRepository initiatives;
    private final AuditLog audit;
    private final AccessPolicy access;

    TcvService(TcvRepository repository, InitiativeRepository initiatives, AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.initiatives = initiatives;
        this.audit = audit;
        this.access = access;
    }

    /** What was stored: the process and the TCV (null when not measured). */
    public record Saved(List<ProcessStep> process, Tcv tcv) {
    }

    /** Replaces the initiative's process and TCV by what was typed; refused field by field. */
    @Transactional
    public Saved save(long initiativeId, List<TcvRules.Step> before, List<TcvRules.Step> after, TcvRules.Figures figures) {
        Initiative initiative = initiatives.lock(initiativeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
        FormErrors errors = new FormErrors();
        TcvRules.Checked checked = TcvRules.check(before, after, figures, Dhaka.today(), errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Map<String, Object> was = snapshot(initiativeId);
        List<ProcessStep> steps = new java.util.ArrayList<>(checked.before());
        steps.addAll(checked.after());
        repository.replaceProcess(initiativeId, steps);
        repository.replaceTcv(initiativeId, checked.tcv(), access.accountId().orElse(null));
        audit.record(new AuditEvent(access.actor(), "initiative.tcvSaved", "initiative", Long.toString(initiativeId),
                initiative.officeId(), was, snapshot(initiativeId)));
        return new Saved(repository.process(initiativeId), repository.tcv(initiativeId).orElse(null));
    }

    private Map<String, Object> snapshot(long initiativeId) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("process", repository.process(initiativeId));
        state.put("tcv", repository.tcv(initiativeId).orElse(null));
        return state;
    }

    /** Recomputes every office's tally from the TCVs (V41's triggers keep them; a repair and a check). */
    @Transactional
    public long rebuildTallies() {
        return repository.rebuildTallies();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<Tcv> tcv(long initiativeId) {
        return repository.tcv(initiativeId);
    }

    @Override
    @Transactional(readOnly = true)
    public List<ProcessStep> process(long initiativeId) {
        return repository.process(initiativeId);
    }

    @Override
    @Transactional(readOnly = true)
    public TcvTotals totals(long officeId) {
        return repository.totals(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<OfficeLevel, TcvTotals> totalsByLevel(long officeId) {
        return repository.totalsByLevel(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, TcvTotals> totalsBelow(long officeId) {
        return repository.totalsBelow(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public TcvTotals country() {
        return repository.country();
    }
}
