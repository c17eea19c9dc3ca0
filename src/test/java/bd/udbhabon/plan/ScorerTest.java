package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.plan.internal.TemplateFile;
import bd.udbhabon.plan.internal.TemplateRules;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The APA scoring rules on seed 004's rows and on hand-computed cases, both rules; plain JUnit. */
class ScorerTest {

    private static final Scorer STEP = new Scorer(ScoreRule.STEP);
    private static final Scorer LINEAR = new Scorer(ScoreRule.LINEAR);

    /** Seed 004 [১.৪.১]: e-file disposal, target 85 % (then 80, 75, 70, 65), weight 5. */
    private static final PlanTemplate.Indicator E_FILE = indicator("1.4.1", IndicatorUnit.PERCENT, Calculation.AVERAGE, "5",
            "85", "80", "75", "70", "65");
    /** Seed 004 [১.১.১]: an innovative idea implemented by 6 May 2024 (then a week later each), weight 10. */
    private static final PlanTemplate.Indicator IDEA = new PlanTemplate.Indicator(IndicatorCode.parse("1.1.1"), "উদ্ভাবনী ধারণা বাস্তবায়িত",
            IndicatorUnit.DATE, Calculation.DATE, new BigDecimal("10"), new Targets(List.of(day("2024-05-06"), day("2024-05-13"),
            day("2024-05-20"), day("2024-05-27"), day("2024-06-03"))), "আদেশ", null);
    /** Seed 004 [১.৫.১]: 4 workshops, the last column blank, weight 3. */
    private static final PlanTemplate.Indicator WORKSHOPS = indicator("1.5.1", IndicatorUnit.COUNT, Calculation.SUM, "3",
            "4", "3", "2", "1", null);

    @Test
    void theSeedsFirstQuarterEFileRateBeyondTheBestColumnEarnsTheFullWeightUnderEitherRule() {
        for (Scorer scorer : List.of(STEP, LINEAR)) {
            var score = scorer.score(E_FILE, new BigDecimal("97.76"));
            assertThat(score.reached()).isEqualTo(TargetColumn.EXCELLENT);
            assertThat(score.percent()).isEqualByComparingTo("100");
            assertThat(score.score()).isEqualByComparingTo("5.00");
            assertThat(score.rule()).isEqualTo(scorer.rule());
        }
    }

    @Test
    void betweenTwoColumnsStepTakesTheLowerColumnAndLinearInterpolates() {
        // 78 % lies between the উত্তম (75, 80 %) and অতি উত্তম (80, 90 %) columns
        var step = STEP.score(E_FILE, new BigDecimal("78"));
        assertThat(step.reached()).isEqualTo(TargetColumn.GOOD);
        assertThat(step.percent()).isEqualByComparingTo("80");
        assertThat(step.score()).isEqualByComparingTo("4.00");          // 5 × 80 %
        var linear = LINEAR.score(E_FILE, new BigDecimal("78"));
        assertThat(linear.reached()).isEqualTo(TargetColumn.GOOD);
        assertThat(linear.percent()).isEqualByComparingTo("86");        // 80 + 10 × (78 − 75) / (80 − 75)
        assertThat(linear.score()).isEqualByComparingTo("4.30");
        assertThat(linear.rule()).isEqualTo(ScoreRule.LINEAR);
    }

    @Test
    void onAColumnBothRulesAgreeAndBelowTheSixtyPercentColumnItIsZero() {
        assertThat(STEP.score(E_FILE, new BigDecimal("65")).score()).isEqualByComparingTo("3.00");
        assertThat(LINEAR.score(E_FILE, new BigDecimal("65")).score()).isEqualByComparingTo("3.00");
        assertThat(LINEAR.score(E_FILE, new BigDecimal("70")).percent()).isEqualByComparingTo("70");
        for (Scorer scorer : List.of(STEP, LINEAR)) {
            var below = scorer.score(E_FILE, new BigDecimal("64.99"));
            assertThat(below.reached()).isNull();
            assertThat(below.percent()).isEqualByComparingTo("0");
            assertThat(below.score()).isEqualByComparingTo("0");
        }
    }

    @Test
    void nothingReportedScoresZero() {
        var none = STEP.score(E_FILE, null);
        assertThat(none.score()).isEqualByComparingTo("0");
        assertThat(none.achieved()).isNull();
    }

    @Test
    void aDayScoresTheOtherWayRoundEarlierIsBetter() {
        assertThat(STEP.score(IDEA, day("2024-04-30")).score()).isEqualByComparingTo("10.00");
        assertThat(STEP.score(IDEA, day("2024-05-06")).score()).isEqualByComparingTo("10.00");
        // 16 May: after the অতি উত্তম day (13 May), by the উত্তম day (20 May)
        var step = STEP.score(IDEA, day("2024-05-16"));
        assertThat(step.reached()).isEqualTo(TargetColumn.GOOD);
        assertThat(step.score()).isEqualByComparingTo("8.00");
        var linear = LINEAR.score(IDEA, day("2024-05-16"));
        assertThat(linear.percent()).isEqualByComparingTo("85.71");      // 80 + 10 × 4 / 7
        assertThat(linear.score()).isEqualByComparingTo("8.57");
        assertThat(STEP.score(IDEA, day("2024-06-03")).percent()).isEqualByComparingTo("60");
        assertThat(LINEAR.score(IDEA, day("2024-06-04")).score()).isEqualByComparingTo("0");
    }

    @Test
    void theSeedsWorkshopsFirstQuarterAndYearByTheirSum() {
        // seed 004: "৪টি … তার মধ্যে ১টি কর্মশালা আয়োজিত": one by the end of the first quarter
        BigDecimal firstQuarter = Calculation.SUM.through(Arrays.asList(BigDecimal.ONE, null, null, null), 1);
        var q1 = LINEAR.score(WORKSHOPS, firstQuarter);
        assertThat(q1.reached()).isEqualTo(TargetColumn.FAIR);
        assertThat(q1.score()).isEqualByComparingTo("2.10");             // 3 × 70 %
        BigDecimal year = Calculation.SUM.annual(Arrays.asList(BigDecimal.ONE, BigDecimal.ZERO, BigDecimal.ONE, BigDecimal.ONE));
        assertThat(STEP.score(WORKSHOPS, year).score()).isEqualByComparingTo("2.70"); // 3 workshops: 90 %
        // none held: below the last filled column (1), nothing
        assertThat(STEP.score(WORKSHOPS, BigDecimal.ZERO).score()).isEqualByComparingTo("0");
        // half-way between 1 (70 %) and 2 (80 %) under the linear rule
        assertThat(LINEAR.score(WORKSHOPS, new BigDecimal("1.5")).percent()).isEqualByComparingTo("75");
        assertThat(STEP.score(WORKSHOPS, new BigDecimal("1.5")).percent()).isEqualByComparingTo("70");
    }

    @Test
    void yesOrNo() {
        var done = new PlanTemplate.Indicator(IndicatorCode.parse("3.1.1"), "কমিটি গঠিত", IndicatorUnit.YES_NO, Calculation.CUMULATIVE,
                new BigDecimal("2"), Targets.NONE, "অফিস আদেশ", SystemMeasure.TEAM_FORMED);
        assertThat(STEP.score(done, Quantity.ofYesNo(true)).score()).isEqualByComparingTo("2.00");
        assertThat(LINEAR.score(done, Quantity.ofYesNo(false)).score()).isEqualByComparingTo("0");
    }

    @Test
    void theSeedsMinistryPlanAfterTheFirstQuarterSectionsAndTotal() throws IOException {
        TemplateContent plan = mowca();
        Map<IndicatorCode, BigDecimal> q1 = new HashMap<>();
        q1.put(IndicatorCode.parse("[১.৪.১]"), new BigDecimal("97.76"));  // e-file disposal
        q1.put(IndicatorCode.parse("[১.২.১]"), new BigDecimal("61"));     // "৬৩টি … ৬১ টি সেবা সচল"
        q1.put(IndicatorCode.parse("[১.৫.১]"), BigDecimal.ONE);           // "৪টি … ১টি কর্মশালা আয়োজিত"
        for (Scorer scorer : List.of(STEP, LINEAR)) {
            var score = scorer.score(plan, q1);
            assertThat(score.rule()).isEqualTo(scorer.rule());
            assertThat(score.totalWeight()).isEqualByComparingTo("50");
            assertThat(score.sections()).hasSize(2);
            assertThat(score.sections().get(0).score()).isEqualByComparingTo("12.10"); // 5 + 5 + 2.10
            assertThat(score.sections().get(0).indicators()).hasSize(6);
            assertThat(score.sections().get(1).score()).isEqualByComparingTo("0");
            assertThat(score.score()).isEqualByComparingTo("12.10");
        }
    }

    static TemplateContent mowca() throws IOException {
        try (InputStream in = ScorerTest.class.getResourceAsStream("/demo/mowca-2023-24.csv")) {
            var read = TemplateFile.csv(in.readAllBytes());
            var checked = TemplateRules.check("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪", "", "৫০",
                    read.lines().stream().map(TemplateFile.Line::row).toList());
            assertThat(checked.ok()).isTrue();
            return checked.content();
        }
    }

    private static PlanTemplate.Indicator indicator(String code, IndicatorUnit unit, Calculation calculation, String weight,
                                                    String... targets) {
        return new PlanTemplate.Indicator(IndicatorCode.parse(code), "সূচক " + code, unit, calculation, new BigDecimal(weight),
                new Targets(Arrays.stream(targets).map(t -> t == null ? null : new BigDecimal(t)).toList()), "প্রমাণক", null);
    }

    private static BigDecimal day(String iso) {
        return Quantity.ofDate(LocalDate.parse(iso));
    }
}
