package bd.udbhabon.training.internal;

import bd.udbhabon.training.TrainingFacts;
import bd.udbhabon.training.TrainingKind;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link TrainingFacts} from the module's own tables and the published {@code office_scope}. */
@Component
class JdbcTrainingFacts implements TrainingFacts {

    private final TrainingRepository repository;

    JdbcTrainingFacts(TrainingRepository repository) {
        this.repository = repository;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Held> held(long officeId, TrainingKind kind, LocalDate from, LocalDate to) {
        return repository.held(officeId, kind, from, to);
    }

    @Override
    @Transactional(readOnly = true)
    public Tally inScope(long officeId, LocalDate from, LocalDate to) {
        return repository.inScopes(List.of(officeId), from, to).get(officeId);
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, Tally> inScopes(Collection<Long> officeIds, LocalDate from, LocalDate to) {
        return officeIds.isEmpty() ? Map.of() : repository.inScopes(officeIds, from, to);
    }
}
