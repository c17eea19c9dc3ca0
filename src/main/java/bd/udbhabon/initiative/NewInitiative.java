package bd.udbhabon.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * An initiative as an office's writer records it (or as "adopt this in my office" starts it, with
 * {@code replicatedFromId} and kind {@link InitiativeKind#REPLICATION}). It starts at {@code stage},
 * usually {@link Stage#IDEA}, on {@code since}.
 */
public record NewInitiative(InitiativeKind kind, String titleBn, String titleEn, String serviceBn, boolean internalProcess,
                            String problemBn, String rootCauseBn, String solutionBn, Long ownerPostId,
                            List<Long> memberOfficerIds, Stage stage, LocalDate since, Long replicatedFromId) {

    public NewInitiative {
        memberOfficerIds = memberOfficerIds == null ? List.of() : List.copyOf(memberOfficerIds);
    }
}
