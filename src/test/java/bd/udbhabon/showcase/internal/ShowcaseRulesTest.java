package bd.udbhabon.showcase.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.ShowcaseStatus;
import bd.udbhabon.showcase.internal.ShowcaseRules.CriterionRow;
import bd.udbhabon.showcase.internal.ShowcaseWorkflow.Step;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A showcase's criteria and scores as typed, and its workflow's table (issue 15, point 5), pure. */
class ShowcaseRulesTest {

    @Test
    void weightsMustAddUpToAHundredAndTheMessageSaysTheTotalInBangla() {
        FormErrors errors = new FormErrors();
        ShowcaseRules.criteria(List.of(new CriterionRow("উদ্ভাবনী মান", "৬০", "১০"), new CriterionRow("জনগণের উপকার", "30", "")), errors);

        assertThat(errors.has("criteria")).isTrue();
        assertThat(errors.resolve((key, args) -> key + ":" + List.of(args))).containsEntry("criteria", "showcase.error.weights:[৯০]");
    }

    @Test
    void banglaAndLatinDigitsBlankRowsLeftOutAndTheDefaultMaximumIsTen() {
        FormErrors errors = new FormErrors();
        var criteria = ShowcaseRules.criteria(List.of(new CriterionRow("উদ্ভাবনী মান", "৬০.৫", "২০"), new CriterionRow("", "", ""),
                new CriterionRow("জনগণের উপকার", "39.5", "")), errors);

        assertThat(errors.any()).isFalse();
        assertThat(criteria).extracting(ShowcaseRules.NewCriterion::weight).containsExactly(new BigDecimal("60.5"), new BigDecimal("39.5"));
        assertThat(criteria).extracting(ShowcaseRules.NewCriterion::maxScore).containsExactly(20, 10);
    }

    @Test
    void aRowsBadWeightOrMaximumIsItsOwnFieldsError() {
        FormErrors errors = new FormErrors();
        ShowcaseRules.criteria(List.of(new CriterionRow("ক", "-5", "10"), new CriterionRow("খ", "পঞ্চাশ", "10.5"),
                new CriterionRow("", "50", "101")), errors);

        assertThat(errors.has("criteria[0].weight")).isTrue();
        assertThat(errors.has("criteria[1].weight")).isTrue();
        assertThat(errors.has("criteria[1].maxScore")).isTrue();
        assertThat(errors.has("criteria[2].nameBn")).isTrue();
        assertThat(errors.has("criteria[2].maxScore")).isTrue();
    }

    @Test
    void noCriteriaAtAllIsSaid() {
        FormErrors errors = new FormErrors();
        ShowcaseRules.criteria(List.of(new CriterionRow(" ", "", "")), errors);
        assertThat(errors.resolve((key, args) -> key)).containsEntry("criteria", "showcase.error.noCriteria");
    }

    @Test
    void aScoreIsANumberOfEitherScriptFromNoughtToTheMaximum() {
        FormErrors errors = new FormErrors();
        assertThat(ShowcaseRules.score("৮.৫", 10, "s0", errors)).isEqualByComparingTo("8.5");
        assertThat(ShowcaseRules.score("0", 10, "s1", errors)).isEqualByComparingTo("0");
        assertThat(ShowcaseRules.score("10", 10, "s2", errors)).isEqualByComparingTo("10");
        assertThat(errors.any()).isFalse();

        assertThat(ShowcaseRules.score("১১", 10, "above", errors)).isNull();
        assertThat(ShowcaseRules.score("-1", 10, "negative", errors)).isNull();
        assertThat(ShowcaseRules.score("ভালো", 10, "word", errors)).isNull();
        assertThat(ShowcaseRules.score("", 10, "blank", errors)).isNull();
        assertThat(errors.resolve((key, args) -> key + List.of(args))).containsEntry("above", "showcase.error.scoreAbove[১০]")
                .containsEntry("negative", "showcase.error.scoreNumber[]").containsEntry("word", "showcase.error.scoreNumber[]")
                .containsEntry("blank", "showcase.error.scoreMissing[]");
    }

    @Test
    void theWorkflowSetsUpADraftScoresOnceOpenAndPublishesOnce() {
        var t = ShowcaseWorkflow.TRANSITIONS;
        assertThat(t.next(ShowcaseStatus.DRAFT, Step.SET_UP)).isEqualTo(ShowcaseStatus.DRAFT);
        assertThat(t.next(ShowcaseStatus.DRAFT, Step.OPEN_SCORING)).isEqualTo(ShowcaseStatus.SCORING);
        assertThat(t.next(ShowcaseStatus.SCORING, Step.SCORE)).isEqualTo(ShowcaseStatus.SCORING);
        assertThat(t.next(ShowcaseStatus.SCORING, Step.PUBLISH)).isEqualTo(ShowcaseStatus.PUBLISHED);
        assertThat(t.refusal(ShowcaseStatus.SCORING, Step.SET_UP)).contains("showcase.error.setUpFixed");
        assertThat(t.refusal(ShowcaseStatus.DRAFT, Step.SCORE)).contains("showcase.error.notScoring");
        assertThat(t.refusal(ShowcaseStatus.PUBLISHED, Step.PUBLISH)).contains("showcase.error.published");
        assertThat(t.refusal(ShowcaseStatus.PUBLISHED, Step.EDIT)).contains("showcase.error.published");
        assertThatThrownBy(() -> t.next(ShowcaseStatus.PUBLISHED, Step.SELECT)).isInstanceOf(UserFacingException.class);
    }
}
