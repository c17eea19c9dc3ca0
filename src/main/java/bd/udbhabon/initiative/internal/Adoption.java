package bd.udbhabon.initiative.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.HeldRole;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Adopt this in my office" (issue 15, point 4): another office's initiative taken up as a REPLICATION of it in
 * an office where the signed-in user writes records, through {@link InitiativeService#create} (its rules, its
 * audit). Refused: an office the user does not write for (403), the original's own office, and an office whose
 * earlier replication of it is still under way (a second click would make two).
 */
@Service
public class Adoption {

    private final InitiativeRepository repository;
    private final InitiativeService initiatives;
    private final AccessPolicy access;

    Adoption(InitiativeRepository repository, InitiativeService initiatives, AccessPolicy access) {
        this.repository = repository;
        this.initiatives = initiatives;
        this.access = access;
    }

    /** The offices the current user holds a role writing records at (none when no one is signed in). */
    public List<Long> writableOffices() {
        return access.heldRoles().stream().filter(r -> r.role().grants(Permission.WRITE_RECORDS)).map(HeldRole::officeId)
                .distinct().filter(office -> access.allows(Permission.WRITE_RECORDS, office)).toList();
    }

    /** The offices the current user may adopt {@code original} into: where they write records, but not its own office. */
    public List<Long> officesFor(Initiative original) {
        return writableOffices().stream().filter(office -> office != original.officeId()).toList();
    }

    /**
     * Records {@code draft} (what the adopting office says of it: title, service, problem, root cause, solution, the
     * day) in {@code officeId} as a replication of {@code originalId} at the idea stage. Refused field by field (400).
     */
    @Transactional
    public Initiative adopt(long originalId, long officeId, NewInitiative draft) {
        Initiative original = repository.lock(originalId) // two adoptions by one office are counted one after the other
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", originalId));
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "initiative.adopt.error.notWriter");
        }
        FormErrors errors = new FormErrors();
        if (officeId == original.officeId()) {
            errors.add("office", "initiative.error.replicateOwn");
        } else if (repository.replications(originalId).stream()
                .anyMatch(r -> r.officeId() == officeId && r.stage() != Stage.STOPPED)) {
            errors.add("office", "initiative.adopt.error.already");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return initiatives.create(officeId, new NewInitiative(InitiativeKind.REPLICATION, draft.titleBn(), draft.titleEn(),
                draft.serviceBn(), draft.internalProcess(), draft.problemBn(), draft.rootCauseBn(), draft.solutionBn(), null,
                List.of(), Stage.IDEA, draft.since(), originalId));
    }
}
