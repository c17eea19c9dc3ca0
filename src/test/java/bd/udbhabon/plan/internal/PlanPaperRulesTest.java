package bd.udbhabon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.PlanFixtures;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Targets;
import bd.udbhabon.plan.TemplateContent;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The rules a plan version keeps before its approval is recorded and before it is issued (issue 14, point 2), and the
 * approval form's days; plain JUnit on seed 004's plan and broken copies of it.
 */
class PlanPaperRulesTest {

    private static final FiscalYear YEAR = new FiscalYear(2023);
    private static final LocalDate TODAY = LocalDate.of(2023, 8, 1);

    private static TemplateContent seed() {
        var checked = TemplateRules.check("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪", "", "৫০",
                TemplateFile.csv(PlanFixtures.mowcaCsv()).lines().stream().map(TemplateFile.Line::row).toList());
        assertThat(checked.ok()).isTrue();
        return checked.content();
    }

    /** The seed with one indicator changed. */
    private static TemplateContent withIndicator(String code, UnaryOperator<PlanTemplate.Indicator> change) {
        TemplateContent seed = seed();
        List<PlanTemplate.Section> sections = new ArrayList<>();
        for (PlanTemplate.Section s : seed.sections()) {
            sections.add(new PlanTemplate.Section(s.number(), s.titleBn(), s.weight(), s.activities().stream()
                    .map(a -> new PlanTemplate.Activity(a.number(), a.titleBn(), a.indicators().stream()
                            .map(i -> i.code().latin().equals(code) ? change.apply(i) : i).toList())).toList()));
        }
        return new TemplateContent(seed.titleBn(), seed.titleEn(), seed.totalWeight(), sections);
    }

    private static PlanTemplate.Indicator targets(PlanTemplate.Indicator i, Integer... columns) {
        return new PlanTemplate.Indicator(i.code(), i.titleBn(), i.unit(), i.calculation(), i.weight(),
                new Targets(Arrays.stream(columns).map(c -> c == null ? null : BigDecimal.valueOf(c)).toList()), i.evidenceBn(), i.measure());
    }

    @Test
    void seed004sPlanKeepsTheRules() {
        assertThat(PlanContentCheck.check(seed()).any()).isFalse();
    }

    @Test
    void weightsThatDoNotAddUpAreNamedPerObjectiveAndForTheTotal() {
        FormErrors errors = PlanContentCheck.check(withIndicator("[1.4.1]", i -> new PlanTemplate.Indicator(i.code(), i.titleBn(), i.unit(),
                i.calculation(), BigDecimal.valueOf(7), i.targets(), i.evidenceBn(), i.measure())));
        assertThat(errors.has("content.section1")).isTrue();
        assertThat(errors.has("content.section2")).isFalse();
        TemplateContent seed = seed();
        assertThat(PlanContentCheck.check(new TemplateContent(seed.titleBn(), "", BigDecimal.valueOf(60), seed.sections())).has("content.total"))
                .isTrue();
    }

    @Test
    void targetsOutOfOrderOrWithAGapAreRefusedAndDaysMustGetLater() {
        assertThat(PlanContentCheck.check(withIndicator("[1.4.1]", i -> targets(i, 65, 70, 75, 80, 85))).has("content.[1.4.1]")).isTrue();
        assertThat(PlanContentCheck.check(withIndicator("[1.4.1]", i -> targets(i, 85, 85, 75, 70, 65))).has("content.[1.4.1]"))
                .as("equal columns").isTrue();
        assertThat(PlanContentCheck.check(withIndicator("[1.4.1]", i -> targets(i, 85, null, 75, null, null))).has("content.[1.4.1]"))
                .as("a blank between filled columns").isTrue();
        assertThat(PlanContentCheck.check(withIndicator("[1.4.1]", i -> targets(i, 85, 80, null, null, null))).any())
                .as("lower columns left blank").isFalse();
        // [1.1.1] is a day: earlier is better, so each column is later than the one before
        var days = withIndicator("[1.1.1]", i -> new PlanTemplate.Indicator(i.code(), i.titleBn(), i.unit(), i.calculation(), i.weight(),
                new Targets(List.of(i.targets().columns().get(1), i.targets().columns().get(0), i.targets().columns().get(2),
                        i.targets().columns().get(3), i.targets().columns().get(4))), i.evidenceBn(), i.measure()));
        assertThat(PlanContentCheck.check(days).has("content.[1.1.1]")).isTrue();
    }

    @Test
    void theApprovalIsDatedInTheYearOrTheJuneBeforeItNeverAheadOfTodayNorBeforeItsMeeting() {
        assertThat(check("মাসিক সমন্বয় সভা", "2023-07-10", "2023-07-10").any()).isFalse();
        assertThat(check("মাসিক সমন্বয় সভা", "2023-06-25", "2023-06-28").any()).as("the June meeting before the year").isFalse();
        assertThat(check("মাসিক সমন্বয় সভা", "2023-07-10", "2023-08-02").has("approvedOn")).as("ahead of today").isTrue();
        assertThat(check("মাসিক সমন্বয় সভা", "2023-05-30", "2023-07-10").has("meetingOn")).as("before June").isTrue();
        assertThat(check("মাসিক সমন্বয় সভা", "2023-07-10", "2023-07-09").has("approvedOn")).as("before its meeting").isTrue();
        FormErrors blank = check(null, null, null);
        assertThat(blank.has("meeting") && blank.has("meetingOn") && blank.has("approvedOn")).as("every problem at once").isTrue();
    }

    private static FormErrors check(String meeting, String meetingOn, String approvedOn) {
        return PlanApproval.check(YEAR, meeting, new PlanApproval.Input(meeting, day(meetingOn), day(approvedOn)), TODAY);
    }

    private static LocalDate day(String text) {
        return text == null ? null : LocalDate.parse(text);
    }
}
