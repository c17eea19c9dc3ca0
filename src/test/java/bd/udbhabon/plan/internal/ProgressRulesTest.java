package bd.udbhabon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a quarter's achievement may be, per unit, and when a figure needs an override reason (plain JUnit). */
class ProgressRulesTest {

    private static final FiscalYear YEAR = new FiscalYear(2023);
    private static final LocalDate TODAY = LocalDate.of(2024, 7, 10);

    private static ProgressRules.Figure read(IndicatorUnit unit, String typed, int quarter, FormErrors errors) {
        return ProgressRules.read(unit, typed, YEAR, quarter, TODAY, "f", errors);
    }

    private static ProgressRules.Figure ok(IndicatorUnit unit, String typed, int quarter) {
        FormErrors errors = new FormErrors();
        var figure = read(unit, typed, quarter, errors);
        assertThat(errors.any()).as(typed).isFalse();
        return figure;
    }

    private static String problem(IndicatorUnit unit, String typed, int quarter) {
        FormErrors errors = new FormErrors();
        var figure = read(unit, typed, quarter, errors);
        assertThat(figure.blank()).as("a refused figure is none").isTrue();
        Map<String, String> said = errors.resolve((key, args) -> key + Arrays.toString(args));
        assertThat(said).as(typed).containsKey("f");
        return said.get("f");
    }

    @Test
    void numbersInEitherDigits() {
        assertThat(ok(IndicatorUnit.COUNT, "৬১", 1).value()).isEqualByComparingTo("61");
        assertThat(ok(IndicatorUnit.COUNT, "61টি", 1).value()).isEqualByComparingTo("61");
        assertThat(ok(IndicatorUnit.COUNT, " 1,234 ", 1).value()).isEqualByComparingTo("1234");
        assertThat(ok(IndicatorUnit.PERCENT, "৯৭.৭৬%", 1).value()).isEqualByComparingTo("97.76");
        assertThat(ok(IndicatorUnit.PERCENT, "97.76", 1).value()).isEqualByComparingTo("97.76");
        assertThat(ok(IndicatorUnit.PERCENT, "100", 1).value()).isEqualByComparingTo("100");
        assertThat(ok(IndicatorUnit.COUNT, "", 1).blank()).isTrue();
        assertThat(ok(IndicatorUnit.COUNT, "  ", 1).blank()).isTrue();
    }

    @Test
    void textInANumberAPercentOver100AndTooManyDecimalsAreRefusedQuotingWhatWasTyped() {
        assertThat(problem(IndicatorUnit.COUNT, "একষট্টি", 1)).isEqualTo("plan.progress.error.number[একষট্টি]");
        assertThat(problem(IndicatorUnit.COUNT, "-3", 1)).isEqualTo("plan.progress.error.number[-3]");
        assertThat(problem(IndicatorUnit.COUNT, "99999999999999999999", 1)).startsWith("plan.progress.error.number");
        assertThat(problem(IndicatorUnit.PERCENT, "১৪০%", 1)).isEqualTo("plan.progress.error.percentRange[১৪০%]");
        assertThat(problem(IndicatorUnit.PERCENT, "অনেক", 1)).isEqualTo("plan.progress.error.percent[অনেক]");
        assertThat(problem(IndicatorUnit.PERCENT, "97.765", 1)).isEqualTo("plan.progress.error.decimals[97.765]");
    }

    @Test
    void aDayMustFallInsideTheQuarterAndNotAfterToday() {
        assertThat(ok(IndicatorUnit.DATE, "১৫-০৮-২০২৩", 1).day()).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(ok(IndicatorUnit.DATE, "2023-08-15", 1).day()).isEqualTo(LocalDate.of(2023, 8, 15));
        assertThat(ok(IndicatorUnit.DATE, "06/05/2024", 4).day()).isEqualTo(LocalDate.of(2024, 5, 6));
        assertThat(ok(IndicatorUnit.DATE, "06-05-2024", 4).quantity()).isEqualTo(Quantity.ofDate(LocalDate.of(2024, 5, 6)));
        assertThat(problem(IndicatorUnit.DATE, "06-05-2024", 1))
                .as("May is the fourth quarter's").isEqualTo("plan.progress.error.dateQuarter[06-05-2024, 01-07-2023, 30-09-2023]");
        assertThat(problem(IndicatorUnit.DATE, "15-08-2022", 1)).startsWith("plan.progress.error.dateQuarter[15-08-2022");
        assertThat(problem(IndicatorUnit.DATE, "30-02-2024", 3)).isEqualTo("plan.progress.error.date[30-02-2024]");
        assertThat(problem(IndicatorUnit.DATE, "কাল", 3)).isEqualTo("plan.progress.error.date[কাল]");
        FormErrors errors = new FormErrors();
        var future = ProgressRules.read(IndicatorUnit.DATE, "20-06-2024", YEAR, 4, LocalDate.of(2024, 6, 1), "f", errors);
        assertThat(future.blank()).isTrue();
        assertThat(errors.resolve((k, a) -> k)).containsEntry("f", "plan.progress.error.dateFuture");
    }

    @Test
    void yesOrNoIsAChoice() {
        assertThat(ok(IndicatorUnit.YES_NO, "YES", 2).value()).isEqualByComparingTo("1");
        assertThat(ok(IndicatorUnit.YES_NO, "NO", 2).value()).isEqualByComparingTo("0");
        assertThat(problem(IndicatorUnit.YES_NO, "maybe", 2)).isEqualTo("plan.progress.error.yesNo[]");
    }

    @Test
    void aFigureOtherThanTheProposalNeedsAReason() {
        var three = new ProgressRules.Figure(new BigDecimal("3"), null);
        assertThat(ProgressRules.needsReason(three, new BigDecimal("3.00"))).as("the proposal itself").isFalse();
        assertThat(ProgressRules.needsReason(three, new BigDecimal("2"))).isTrue();
        assertThat(ProgressRules.needsReason(three, null)).as("nothing proposed").isFalse();
        assertThat(ProgressRules.needsReason(ProgressRules.Figure.NONE, new BigDecimal("2"))).as("nothing reported").isFalse();
        LocalDate day = LocalDate.of(2023, 9, 3);
        assertThat(ProgressRules.needsReason(new ProgressRules.Figure(null, day), Quantity.ofDate(day))).isFalse();
        assertThat(ProgressRules.needsReason(new ProgressRules.Figure(null, day.plusDays(1)), Quantity.ofDate(day))).isTrue();
    }
}
