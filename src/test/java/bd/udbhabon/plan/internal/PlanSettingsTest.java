package bd.udbhabon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Settings;
import bd.udbhabon.plan.ScoreRule;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code udbhabon.plan.score-rule}: STEP unless the operator sets UDBHABON_PLAN_SCORE_RULE. */
class PlanSettingsTest {

    @Test
    void stepByDefault() {
        assertThat(Settings.bind("udbhabon.plan", PlanSettings.class, Map.of()).scoreRule()).isEqualTo(ScoreRule.STEP);
    }

    @Test
    void linearWhenSet() {
        assertThat(Settings.bind("udbhabon.plan", PlanSettings.class, Map.of("UDBHABON_PLAN_SCORE_RULE", "LINEAR")).scoreRule())
                .isEqualTo(ScoreRule.LINEAR);
    }

    @Test
    void anUnknownRuleStopsTheStart() {
        assertThatThrownBy(() -> Settings.bind("udbhabon.plan", PlanSettings.class, Map.of("UDBHABON_PLAN_SCORE_RULE", "ROUND_UP")))
                .isInstanceOf(RuntimeException.class);
    }

    @Test
    void plansAreRevisedUntil30SeptemberUnlessSet() {
        var settings = Settings.bind("udbhabon.plan", PlanSettings.class, Map.of());
        assertThat(settings.lastRevisionDay(new bd.udbhabon.bangla.FiscalYear(2023))).isEqualTo(java.time.LocalDate.of(2023, 9, 30));
        var later = Settings.bind("udbhabon.plan", PlanSettings.class, Map.of("UDBHABON_PLAN_REVISION_CUT_OFF", "10-15"));
        assertThat(later.lastRevisionDay(new bd.udbhabon.bangla.FiscalYear(2023))).isEqualTo(java.time.LocalDate.of(2023, 10, 15));
    }

    @Test
    void aCutOffThatIsNoDayOrOutsideJulyToDecemberStopsTheStart() {
        assertThatThrownBy(() -> Settings.bind("udbhabon.plan", PlanSettings.class, Map.of("UDBHABON_PLAN_REVISION_CUT_OFF", "09-31")))
                .isInstanceOf(RuntimeException.class);
        assertThatThrownBy(() -> Settings.bind("udbhabon.plan", PlanSettings.class, Map.of("UDBHABON_PLAN_REVISION_CUT_OFF", "03-31")))
                .isInstanceOf(RuntimeException.class);
    }
}
