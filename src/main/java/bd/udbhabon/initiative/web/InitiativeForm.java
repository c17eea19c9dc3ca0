package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.shell.FormText;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * An initiative's form as bound: what it is and changes, the problem, its root cause and the solution, the
 * owner post and members (the office's own, checked by the service), and, for a new one, the day it began as
 * an idea. The kind is the enum's name; anything else is "no kind" and said so.
 */
public record InitiativeForm(String kind, @FormText(max = 300) String titleBn, @FormText(max = 300) String titleEn,
                      @FormText(max = 300) String serviceBn, Boolean internalProcess, @FormText(max = 4000) String problemBn,
                      @FormText(max = 4000) String rootCauseBn, @FormText(max = 4000) String solutionBn, Long ownerPostId,
                      List<Long> memberOfficerIds, LocalDate since) {

    public InitiativeForm {
        memberOfficerIds = memberOfficerIds == null ? List.of() : memberOfficerIds.stream().filter(Objects::nonNull).distinct().toList();
    }

    static InitiativeForm blank(LocalDate today) {
        return new InitiativeForm("", "", "", "", false, "", "", "", null, List.of(), today);
    }

    static InitiativeForm of(Initiative i) {
        return new InitiativeForm(i.kind().name(), i.titleBn(), nz(i.titleEn()), i.serviceBn(), i.internalProcess(), i.problemBn(),
                nz(i.rootCauseBn()), i.solutionBn(), i.ownerPostId(), i.memberOfficerIds(), i.stageSince());
    }

    /** What the service records: a new initiative starts as an idea on {@code since}; {@code replicatedFrom} is kept on edit. */
    NewInitiative draft(Long replicatedFrom) {
        return new NewInitiative(kindOrNull(), titleBn, titleEn, serviceBn, Boolean.TRUE.equals(internalProcess), problemBn,
                rootCauseBn, solutionBn, ownerPostId, memberOfficerIds, Stage.IDEA, since, replicatedFrom);
    }

    private InitiativeKind kindOrNull() {
        try {
            return kind == null || kind.isBlank() ? null : InitiativeKind.valueOf(kind);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
