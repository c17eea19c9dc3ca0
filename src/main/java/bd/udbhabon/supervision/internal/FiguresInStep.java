package bd.udbhabon.supervision.internal;

import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.supervision.OfficeFigures;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the read side in step with every audited write: the entry's office and the sources whose record types it
 * names are noted, and just before the writer's transaction commits (after all its writes, once per office even when
 * it wrote many entries) their figures are recomputed, in that transaction: a failure rolls the write back.
 * Without a transaction (a plain call), at once.
 */
@Component
class FiguresInStep {

    private final SupervisionReadSide readSide;

    FiguresInStep(SupervisionReadSide readSide) {
        this.readSide = readSide;
    }

    @EventListener
    void on(AuditEvent event) {
        if (event.officeId() == null || event.recordType() == null) {
            return;
        }
        List<OfficeFigures> matching = readSide.sources().stream()
                .filter(s -> s.recordTypes().contains(event.recordType())).toList();
        if (matching.isEmpty()) {
            return;
        }
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            readSide.refresh(event.officeId(), matching, Dhaka.today());
            return;
        }
        Pending pending = (Pending) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new Pending();
            TransactionSynchronizationManager.bindResource(this, pending);
            TransactionSynchronizationManager.registerSynchronization(pending);
        }
        pending.offices.computeIfAbsent(event.officeId(), o -> new LinkedHashSet<>()).addAll(matching);
    }

    /** The offices and sources a transaction changed, refreshed before it commits. */
    private final class Pending implements TransactionSynchronization {

        private final Map<Long, Set<OfficeFigures>> offices = new LinkedHashMap<>();

        @Override
        public void beforeCommit(boolean readOnly) {
            var today = Dhaka.today();
            // in office order: two transactions lock their shared ancestors' rows alike
            offices.entrySet().stream().sorted(Map.Entry.comparingByKey())
                    .forEach(e -> readSide.refresh(e.getKey(), e.getValue(), today));
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(FiguresInStep.this);
        }
    }
}
