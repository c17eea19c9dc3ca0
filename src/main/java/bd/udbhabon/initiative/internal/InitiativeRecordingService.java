package bd.udbhabon.initiative.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeRecording;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.RegisteredService;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.StageChange;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import org.springframework.stereotype.Service;

/**
 * {@link InitiativeRecording} over the services the pages use; the one thing of its own is the pages' access rule
 * (their {@code @OfficeAccess(WRITE_RECORDS)}), which these services leave to their callers.
 */
@Service
class InitiativeRecordingService implements InitiativeRecording {

    private final InitiativeService initiatives;
    private final TcvService tcv;
    private final ServiceRegister services;
    private final AccessPolicy access;

    InitiativeRecordingService(InitiativeService initiatives, TcvService tcv, ServiceRegister services, AccessPolicy access) {
        this.initiatives = initiatives;
        this.tcv = tcv;
        this.services = services;
        this.access = access;
    }

    @Override
    public Initiative record(long officeId, NewInitiative draft) {
        writes(officeId);
        return initiatives.create(officeId, draft);
    }

    @Override
    public StageChange move(long initiativeId, Stage to, LocalDate on, String noteBn, String reasonBn, Long decisionId) {
        writes(officeOf(initiativeId));
        return initiatives.move(initiativeId, new InitiativeService.Move(to, on, noteBn, reasonBn, decisionId, List.of()));
    }

    @Override
    public void measure(long initiativeId, List<Step> before, List<Step> after, Figures f) {
        writes(officeOf(initiativeId));
        TcvRules.Figures figures = f == null ? new TcvRules.Figures(null, null, null, null, null, null, null, null)
                : new TcvRules.Figures(f.timeBefore(), f.timeAfter(), f.costBefore(), f.costAfter(), f.visitsBefore(),
                        f.visitsAfter(), f.casesPerYear(), f.measuredOn());
        tcv.save(initiativeId, steps(before), steps(after), figures);
    }

    @Override
    public RegisteredService register(long officeId, NewService s) {
        writes(officeId);
        return services.create(officeId, new ServiceRules.Input(s.nameBn(), s.nameEn(), s.kind() == null ? null : s.kind().name(),
                s.link(), s.initiativeId(), s.running(), s.checkedOn()));
    }

    private long officeOf(long initiativeId) {
        return initiatives.find(initiativeId).map(Initiative::officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
    }

    private void writes(long officeId) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
    }

    private static List<TcvRules.Step> steps(List<Step> steps) {
        return steps == null ? List.of() : steps.stream().map(s -> new TcvRules.Step(s.text(), s.actor())).toList();
    }
}
