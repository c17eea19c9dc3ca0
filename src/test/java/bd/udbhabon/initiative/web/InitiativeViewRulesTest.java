package bd.udbhabon.initiative.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.Stage;
import java.time.LocalDate;
import java.util.List;
import java.util.function.BiPredicate;
import org.junit.jupiter.api.Test;

/** The pages' own small rules, without Spring: which moves the form marks as needing a reason, and what "stale" is. */
class InitiativeViewRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 5);

    private static Initiative at(Stage stage, LocalDate since) {
        return new Initiative(1, 2, InitiativeKind.IDEA, "শিরোনাম", null, "সেবা", false, "সমস্যা", null, "সমাধান", null, List.of(),
                stage, since, null);
    }

    @Test
    void theMoveFormOffersEveryOtherStageAndMarksAllButTheNextAsNeedingAReason() {
        var options = InitiativeView.stageOptions(Stage.PROCESS_MAP);
        assertThat(options).extracting(InitiativeView.StageOption::stage).doesNotContain(Stage.PROCESS_MAP).hasSize(Stage.values().length - 1);
        assertThat(options).filteredOn(o -> !o.needsReason()).extracting(InitiativeView.StageOption::stage)
                .containsExactly(Stage.APPROVED_FOR_PILOT);
        assertThat(InitiativeView.stageOptions(Stage.STOPPED)).allMatch(InitiativeView.StageOption::needsReason);
        assertThat(InitiativeView.stageOptions(Stage.RUNNING)).allMatch(InitiativeView.StageOption::needsReason);
    }

    @Test
    void thePartsLinksShowOnlyThoseTheUserMayFollowSmallestOrderFirst() {
        InitiativePageLinks visits = i -> List.of(new InitiativePageLinks.Link(200, "/visits", "v", "visits", Permission.WRITE_RECORDS, i.officeId()));
        InitiativePageLinks tcv = i -> List.of(new InitiativePageLinks.Link(100, "/tcv", "t", "tcv", Permission.READ_RECORDS, i.officeId()));
        InitiativePageLinks adopt = i -> List.of(new InitiativePageLinks.Link(400, "/adopt", "a", "adopt", null, i.officeId()));
        Initiative initiative = at(Stage.PILOT, TODAY);
        BiPredicate<Permission, Long> reader = (permission, office) -> permission == Permission.READ_RECORDS && office == 2;
        assertThat(InitiativeView.visibleLinks(List.of(adopt, visits, tcv), initiative, reader))
                .extracting(InitiativePageLinks.Link::testId).containsExactly("tcv", "adopt");
        assertThat(InitiativeView.visibleLinks(List.of(adopt, visits, tcv), initiative, (p, o) -> true))
                .extracting(InitiativePageLinks.Link::testId).containsExactly("tcv", "visits", "adopt");
    }

    @Test
    void anIdeaOrAPilotIsStaleAfterSixMonthsAtTheSameStage() {
        assertThat(InitiativePages.stale(at(Stage.IDEA, TODAY.minusMonths(6)), TODAY)).isTrue();
        assertThat(InitiativePages.stale(at(Stage.PILOT, TODAY.minusMonths(6).plusDays(1)), TODAY)).isFalse();
        assertThat(InitiativePages.stale(at(Stage.PILOT, TODAY.minusYears(2)), TODAY)).isTrue();
        assertThat(InitiativePages.stale(at(Stage.PROCESS_MAP, TODAY.minusYears(2)), TODAY)).isFalse();
        assertThat(InitiativePages.stale(at(Stage.RUNNING, TODAY.minusYears(2)), TODAY)).isFalse();
    }
}
