package bd.udbhabon.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * An office's initiative as it stands: what it changes (a citizen's service, or the office's own
 * process), the problem, its root cause and the solution proposed, the post that owns it and the
 * officers on it, its stage since when; a replication names the initiative it follows.
 */
public record Initiative(long id, long officeId, InitiativeKind kind, String titleBn, String titleEn, String serviceBn,
                         boolean internalProcess, String problemBn, String rootCauseBn, String solutionBn, Long ownerPostId,
                         List<Long> memberOfficerIds, Stage stage, LocalDate stageSince, Long replicatedFromId) {

    public Initiative {
        memberOfficerIds = memberOfficerIds == null ? List.of() : List.copyOf(memberOfficerIds);
    }

    public String title(boolean bangla) {
        return bangla || titleEn == null ? titleBn : titleEn;
    }
}
