package bd.udbhabon.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

import bd.udbhabon.initiative.ProcessStep;
import bd.udbhabon.initiative.ProcessStep.Phase;
import bd.udbhabon.initiative.Tcv;
import bd.udbhabon.initiative.internal.TcvRules.Figures;
import bd.udbhabon.initiative.internal.TcvRules.Step;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The TCV's and the process's rules, pure (issue 15, point 2): digits in either script, impossible values refused. */
class TcvRulesTest {

    static final LocalDate TODAY = LocalDate.of(2025, 11, 6);

    static Figures figures(String timeBefore, String timeAfter, String costBefore, String costAfter, String visitsBefore,
                           String visitsAfter, String cases) {
        return new Figures(timeBefore, timeAfter, costBefore, costAfter, visitsBefore, visitsAfter, cases, LocalDate.of(2025, 10, 1));
    }

    /** Each refused field with its message key. */
    static Map<String, String> problems(FormErrors errors) {
        return errors.resolve((key, args) -> key);
    }

    @Test
    void banglaAndLatinDigitsGroupingAndDecimalsAreRead() {
        FormErrors errors = new FormErrors();
        var checked = TcvRules.check(List.of(), List.of(),
                figures("১৫", "2.5", "১,২০০.৫০", "300", "৪", "1", "১২,০০০"), TODAY, errors);
        assertThat(problems(errors)).isEmpty();
        Tcv tcv = checked.tcv();
        assertThat(tcv.timeBefore()).isEqualByComparingTo("15");
        assertThat(tcv.timeAfter()).isEqualByComparingTo("2.5");
        assertThat(tcv.costBefore()).isEqualByComparingTo("1200.5");
        assertThat(tcv.visitsBefore()).isEqualTo(4);
        assertThat(tcv.casesPerYear()).isEqualTo(12_000);
        assertThat(tcv.timeSavedPerYear()).isEqualByComparingTo("150000");
        assertThat(tcv.costSavedPerCase()).isEqualByComparingTo("900.5");
        assertThat(tcv.visitsSavedPerYear()).isEqualTo(36_000);
    }

    @Test
    void negativeImpossibleAndNonNumbersAreRefusedEachOnItsField() {
        FormErrors errors = new FormErrors();
        var checked = TcvRules.check(List.of(), List.of(),
                figures("৩৬৫১", "-২", "অনেক", "10000001", "1001", "১.৫", "100000001"), TODAY, errors);
        assertThat(checked.tcv()).isNull();
        assertThat(problems(errors)).containsOnly(
                entry("timeBefore", "initiative.tcv.error.timeTooLong"),
                entry("timeAfter", "initiative.tcv.error.negative"),
                entry("costBefore", "initiative.tcv.error.notNumber"),
                entry("costAfter", "initiative.tcv.error.costTooHigh"),
                entry("visitsBefore", "initiative.tcv.error.tooManyVisits"),
                entry("visitsAfter", "initiative.tcv.error.notWhole"),
                entry("casesPerYear", "initiative.tcv.error.tooManyCases"));
        assertThat(errors.resolve((key, args) -> args.length == 0 ? "" : args[0].toString())).containsEntry("costBefore", "অনেক");
    }

    @Test
    void theLimitsThemselvesAndAWordProcessorsMinusAndThreeDecimals() {
        FormErrors errors = new FormErrors();
        TcvRules.check(List.of(), List.of(), figures("3650", "0", "10000000", "0", "1000", "0", "100000000"), TODAY, errors);
        assertThat(problems(errors)).as("the limits are allowed").isEmpty();

        errors = new FormErrors();
        TcvRules.check(List.of(), List.of(), figures("\u22125", "1.255", "5%", "", "৩", "২", "১০"), TODAY, errors);
        assertThat(problems(errors)).containsOnly(
                entry("timeBefore", "initiative.tcv.error.negative"),
                entry("timeAfter", "initiative.tcv.error.decimals"),
                entry("costBefore", "initiative.tcv.error.notNumber"),
                entry("costAfter", "initiative.error.required"));
    }

    @Test
    void afterWorseThanBeforeIsAllowedAndComesOutAsALoss() {
        FormErrors errors = new FormErrors();
        Tcv tcv = TcvRules.check(List.of(), List.of(), figures("3", "5", "100", "150", "2", "3", "10"), TODAY, errors).tcv();
        assertThat(problems(errors)).isEmpty();
        assertThat(tcv.timeSavedPerCase()).isEqualByComparingTo("-2");
        assertThat(tcv.costSavedPerYear()).isEqualByComparingTo("-500");
        assertThat(tcv.visitsSavedPerYear()).isEqualTo(-10);
    }

    @Test
    void noFiguresAtAllIsTheProcessAloneButSomeFiguresNeedThemAllAndTheDay() {
        FormErrors errors = new FormErrors();
        var alone = TcvRules.check(List.of(new Step("আবেদন জমা", "নাগরিক")), List.of(),
                new Figures(" ", "", null, "", "", "", "", TODAY), TODAY, errors);
        assertThat(problems(errors)).isEmpty();
        assertThat(alone.tcv()).isNull();
        assertThat(alone.before()).hasSize(1);

        errors = new FormErrors();
        TcvRules.check(List.of(), List.of(), new Figures("5", "", "", "", "", "", "", null), TODAY, errors);
        assertThat(problems(errors)).containsOnlyKeys("timeAfter", "costBefore", "costAfter", "visitsBefore", "visitsAfter",
                "casesPerYear", "measuredOn");

        errors = new FormErrors();
        TcvRules.check(List.of(), List.of(), new Figures("5", "1", "0", "0", "1", "1", "0", TODAY.plusDays(1)), TODAY, errors);
        assertThat(problems(errors)).containsOnly(entry("measuredOn", "initiative.error.future"));
    }

    @Test
    void stepsAreNumberedInOrderBlankRowsDroppedAndProblemsKeepTheFormsRowNumbers() {
        FormErrors errors = new FormErrors();
        var checked = TcvRules.check(
                List.of(new Step("আবেদন জমা", "নাগরিক"), new Step("", ""), new Step(" যাচাই ", null)),
                List.of(new Step(null, null), new Step("", "অফিস সহকারী"), new Step("অনলাইনে আবেদন", "")),
                null, TODAY, errors);
        assertThat(problems(errors)).containsOnly(entry("after[1].text", "initiative.tcv.error.stepText"));
        assertThat(checked.before()).containsExactly(new ProcessStep(Phase.BEFORE, 1, "আবেদন জমা", "নাগরিক"),
                new ProcessStep(Phase.BEFORE, 2, "যাচাই", null));
        assertThat(checked.after()).containsExactly(new ProcessStep(Phase.AFTER, 1, "অনলাইনে আবেদন", null));
    }

    @Test
    void aStepTooLongOrUnprintableOrTooManyStepsAreRefused() {
        FormErrors errors = new FormErrors();
        List<Step> many = new ArrayList<>(Collections.nCopies(TcvRules.MAX_STEPS + 1, new Step("ধাপ", null)));
        many.set(0, new Step("ক".repeat(1001), null));
        many.set(1, new Step("ধাপ", "\uD83D\uDE00"));
        TcvRules.check(many, List.of(), null, TODAY, errors);
        assertThat(problems(errors)).containsOnly(entry("before[0].text", "input.tooLong"), entry("before[1].actor", "input.unprintable"),
                entry("before", "initiative.tcv.error.tooManySteps"));
    }

    @Test
    void trailingZerosAreNotDecimalsAndWholeNumbersMayBeWrittenWithThem() {
        assertThat(TcvRules.whole(new FormErrors(), "f", "১০.০০", BigDecimal.valueOf(1000), "x")).isEqualByComparingTo("10");
        assertThat(TcvRules.decimal(new FormErrors(), "f", "2.500", BigDecimal.valueOf(3650), "x")).isEqualByComparingTo("2.5");
    }
}
