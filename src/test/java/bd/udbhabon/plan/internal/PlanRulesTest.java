package bd.udbhabon.plan.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanFixtures;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * The rules an office's plan keeps, on seed 004's ministry template for 2023-24 (11 indicators, sections of
 * 30 and 20): the template's own targets pass; each broken copy is refused beside its cell, every problem at once.
 */
class PlanRulesTest {

    static final FiscalYear YEAR = new FiscalYear(2023);
    static final Set<Long> POSTS = Set.of(7L, 8L);

    static PlanTemplate template(boolean ownRows) {
        var read = TemplateFile.csv(PlanFixtures.mowcaCsv());
        var checked = TemplateRules.check("কর্মপরিকল্পনা ২০২৩-২৪", "", "50", read.lines().stream().map(TemplateFile.Line::row).toList());
        return new PlanTemplate(1, 1, YEAR, OfficeLevel.MINISTRY, 1, PlanTemplate.Status.PUBLISHED, null,
                checked.content().withOfficeRowsAllowed(ownRows));
    }

    /** The template's indicators as the form first shows them: its targets, in Latin digits. */
    static List<PlanRules.Row> asTyped(PlanTemplate template) {
        List<PlanRules.Row> rows = new ArrayList<>();
        template.indicators().forEach(i -> {
            List<String> t = i.targets().columns().stream().map(v -> v == null ? "" : i.unit() == IndicatorUnit.DATE
                    ? "%1$td-%1$tm-%1$tY".formatted(Quantity.toDate(v)) : v.toPlainString()).toList();
            rows.add(new PlanRules.Row(i.code().latin(), "", "", "", "", "", i.weight().toPlainString(), t.get(0), t.get(1), t.get(2),
                    t.get(3), t.get(4), "", "", "", "", "", ""));
        });
        return rows;
    }

    static List<PlanRules.Row> with(List<PlanRules.Row> rows, int index, UnaryOperator<PlanRules.Row> change) {
        List<PlanRules.Row> copy = new ArrayList<>(rows);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    static PlanRules.Row targets(PlanRules.Row r, String... five) {
        return new PlanRules.Row(r.code(), r.own(), r.activityTitle(), r.title(), r.unit(), r.calculation(), r.weight(),
                five[0], five[1], five[2], five[3], five[4], r.q1(), r.q2(), r.q3(), r.q4(), r.post(), r.evidence());
    }

    static PlanRules.Row quarters(PlanRules.Row r, String... four) {
        return new PlanRules.Row(r.code(), r.own(), r.activityTitle(), r.title(), r.unit(), r.calculation(), r.weight(),
                r.target100(), r.target90(), r.target80(), r.target70(), r.target60(), four[0], four[1], four[2], four[3], r.post(), r.evidence());
    }

    static PlanRules.Row weight(PlanRules.Row r, String weight) {
        return new PlanRules.Row(r.code(), r.own(), r.activityTitle(), r.title(), r.unit(), r.calculation(), weight,
                r.target100(), r.target90(), r.target80(), r.target70(), r.target60(), r.q1(), r.q2(), r.q3(), r.q4(), r.post(), r.evidence());
    }

    static PlanRules.Row post(PlanRules.Row r, String post) {
        return new PlanRules.Row(r.code(), r.own(), r.activityTitle(), r.title(), r.unit(), r.calculation(), r.weight(),
                r.target100(), r.target90(), r.target80(), r.target70(), r.target60(), r.q1(), r.q2(), r.q3(), r.q4(), post, r.evidence());
    }

    static Map<String, String> messages(FormErrors errors) {
        return errors.resolve((key, args) -> key);
    }

    @Test
    void theTemplatesOwnTargetsPassWithTheTemplatesWeights() {
        var checked = PlanRules.check(template(false), YEAR, POSTS, asTyped(template(false)));
        assertThat(checked.ok()).as(checked.rows().stream().map(PlanRulesTest::messages).toList().toString()).isTrue();
        assertThat(checked.lines()).hasSize(11);
        assertThat(checked.lines()).allSatisfy(l -> assertThat(l.weight()).as("the template's weight stands").isNull());
        var efile = checked.lines().get(3);
        assertThat(efile.code()).isEqualTo(new IndicatorCode(1, 4, 1));
        assertThat(efile.targets().columns()).containsExactly(new BigDecimal("85"), new BigDecimal("80"), new BigDecimal("75"),
                new BigDecimal("70"), new BigDecimal("65"));
        assertThat(efile.quarterTargets()).isNull();
    }

    @Test
    void banglaDigitsQuarterTargetsAndAPostAreRead() {
        var rows = asTyped(template(false));
        rows = with(rows, 4, r -> post(quarters(targets(r, "৪টি", "৩", "২", "১", ""), "১", "১", "১", "১"), "7")); // [1.5.1] sum 4
        rows = with(rows, 1, r -> quarters(r, "1", "2", "২", "4"));                                      // [1.2.1] cumulative to 4
        rows = with(rows, 0, r -> targets(r, "০৬-০৫-২০২৪", "2024-05-13", "২০-০৫-২০২৪", "", ""));
        var checked = PlanRules.check(template(false), YEAR, POSTS, rows);
        assertThat(checked.ok()).as(checked.rows().stream().map(PlanRulesTest::messages).toList().toString()).isTrue();
        var workshops = checked.lines().get(4);
        assertThat(workshops.targets().columns()).containsExactly(new BigDecimal("4"), new BigDecimal("3"), new BigDecimal("2"),
                new BigDecimal("1"), null);
        assertThat(workshops.quarterTargets()).containsExactly(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE);
        assertThat(workshops.postId()).isEqualTo(7L);
        assertThat(checked.lines().get(1).quarterTargets()).extracting(BigDecimal::intValue).containsExactly(1, 2, 2, 4);
        assertThat(checked.lines().getFirst().targets().filled()).isEqualTo(3);
    }

    @Test
    void targetsOutOfOrderADayOutsideTheYearBadQuartersAndAStrangePostAreAllSaidBesideTheirCells() {
        var rows = asTyped(template(false));
        rows = with(rows, 3, r -> targets(r, "80%", "85%", "75", "70", "65"));          // [1.4.1] out of order
        rows = with(rows, 0, r -> targets(r, "06-05-2024", "13-05-2024", "20-07-2024", "", "")); // [1.1.1] after 30 June 2024
        rows = with(rows, 4, r -> quarters(r, "1", "1", "1", "2"));                       // [1.5.1] sums to 5, not 4
        rows = with(rows, 1, r -> quarters(r, "3", "2", "4", "5"));                       // [1.2.1] cumulative going down
        rows = with(rows, 6, r -> quarters(r, "1", "", "1", "2"));                        // [2.1.1] a quarter missing
        rows = with(rows, 3, r -> quarters(targets(r, "80%", "85%", "75", "70", "65"), "80", "", "", ""));  // average: no quarters
        rows = with(rows, 7, r -> post(r, "999"));                                        // [2.1.2] not the office's post
        rows = with(rows, 8, r -> targets(r, "2", "", "1", "", ""));                      // [2.2.1] a gap between columns
        var checked = PlanRules.check(template(false), YEAR, POSTS, rows);

        assertThat(checked.ok()).isFalse();
        assertThat(messages(checked.rows().get(3))).containsEntry("target90", "plan.error.targetOrder")
                .containsEntry("quarters", "plan.error.quartersNotUsed");
        assertThat(messages(checked.rows().get(0))).containsOnlyKeys("target80").containsEntry("target80", "plan.error.targetOutsideYear");
        assertThat(checked.rows().get(0).resolve((k, a) -> List.of(a).toString()).get("target80")).isEqualTo("[01-07-2023, 30-06-2024]");
        assertThat(messages(checked.rows().get(4))).containsEntry("quarters", "plan.error.quarterSum");
        assertThat(checked.rows().get(4).resolve((k, a) -> List.of(a).toString()).get("quarters")).isEqualTo("[5, 4]");
        assertThat(messages(checked.rows().get(1))).containsEntry("q2", "plan.error.quarterCumulativeDown");
        assertThat(messages(checked.rows().get(6))).containsEntry("q2", "plan.error.quarterNeeded");
        assertThat(messages(checked.rows().get(7))).containsEntry("post", "plan.error.post");
        assertThat(messages(checked.rows().get(8))).containsEntry("target80", "plan.error.targetAfterBlank");
        assertThat(checked.rows().stream().filter(FormErrors::any).count()).as("the other rows are fine").isEqualTo(7);
    }

    @Test
    void aCumulativeQuarterThatDoesNotEndAtTheYearsTargetIsRefused() {
        var rows = with(asTyped(template(false)), 1, r -> quarters(r, "1", "2", "3", "3")); // [1.2.1] ends at 3, target 4
        var checked = PlanRules.check(template(false), YEAR, POSTS, rows);
        assertThat(messages(checked.rows().get(1))).containsEntry("quarters", "plan.error.quarterCumulativeEnd");
    }

    @Test
    void withoutOwnRowsTheTemplatesWeightsStandAndOwnRowsAreRefused() {
        var rows = with(asTyped(template(false)), 0, r -> weight(r, "99"));
        assertThat(PlanRules.check(template(false), YEAR, POSTS, rows).ok()).as("a weight typed is not the office's to change").isTrue();
        rows = new ArrayList<>(asTyped(template(false)));
        rows.add(ownRow("1.5.3", "", "নিজস্ব কর্মশালা", "সংখ্যা", "সমষ্টি", "2", "2", "1"));
        var checked = PlanRules.check(template(false), YEAR, POSTS, rows);
        assertThat(messages(checked.header())).containsEntry("rows", "plan.error.ownRowsNotAllowed");
    }

    static PlanRules.Row ownRow(String code, String activity, String title, String unit, String calculation, String weight,
                                String target100, String target90) {
        return new PlanRules.Row(code, "true", activity, title, unit, calculation, weight, target100, target90, "", "", "",
                "", "", "", "", "", "অফিস আদেশ");
    }

    @Test
    void ownRowsShareTheirSectionsWeightWhichMustStillAddUp() {
        PlanTemplate template = template(true);
        List<PlanRules.Row> rows = new ArrayList<>(asTyped(template));
        rows.add(ownRow("[১.৬.১]", "দপ্তরের নিজস্ব উদ্যোগ", "নিজস্ব কর্মশালা আয়োজিত", "সংখ্যা", "সমষ্টি", "২", "২", "১"));
        var unbalanced = PlanRules.check(template, YEAR, POSTS, rows);
        assertThat(unbalanced.ok()).isFalse();
        assertThat(messages(unbalanced.header())).containsOnlyKeys("sections[1]").containsEntry("sections[1]", "plan.error.indicatorsSum");
        assertThat(unbalanced.header().resolve((k, a) -> List.of(a).toString()).get("sections[1]")).isEqualTo("[1, 32, 30]");

        rows = with(rows, 0, r -> weight(r, "8")); // [1.1.1] 10 -> 8: section 1 adds up again
        var balanced = PlanRules.check(template, YEAR, POSTS, rows);
        assertThat(balanced.ok()).as(balanced.rows() + " " + balanced.header().resolve((k, a) -> k)).isTrue();
        assertThat(balanced.lines().getFirst().weight()).isEqualByComparingTo("8");
        var own = balanced.lines().getLast();
        assertThat(own.own()).isTrue();
        assertThat(own.code()).isEqualTo(new IndicatorCode(1, 6, 1));
        assertThat(own.activityTitle()).isEqualTo("দপ্তরের নিজস্ব উদ্যোগ");
        assertThat(own.unit()).isEqualTo(IndicatorUnit.COUNT);
        assertThat(own.weight()).isEqualByComparingTo("2");
    }

    @Test
    void anOwnRowMustBeCompleteAndPlacedInOneOfTheTemplatesSections() {
        PlanTemplate template = template(true);
        List<PlanRules.Row> rows = new ArrayList<>(asTyped(template));
        rows.add(ownRow("3.1.1", "নতুন", "ক", "সংখ্যা", "সমষ্টি", "1", "1", ""));                 // no section 3
        rows.add(ownRow("1.1.1", "", "খ", "সংখ্যা", "সমষ্টি", "1", "1", ""));                     // the template's code
        rows.add(ownRow("1.7.1", "", "", "মিটার", "গড়", "", "", ""));                            // new activity untitled, and the rest
        var checked = PlanRules.check(template, YEAR, POSTS, rows);
        assertThat(messages(checked.rows().get(11))).containsEntry("code", "plan.error.ownSection");
        assertThat(messages(checked.rows().get(12))).containsEntry("code", "plan.error.codeRepeated");
        assertThat(messages(checked.rows().get(13))).containsEntry("activityTitle", "plan.error.activityNeeded")
                .containsEntry("title", "plan.error.indicatorNeeded").containsEntry("unit", "plan.error.unit")
                .containsEntry("weight", "plan.error.weightNeeded");
    }

    @Test
    void aTemplateIndicatorLeftOutOrForeignCodeIsSaid() {
        List<PlanRules.Row> rows = new ArrayList<>(asTyped(template(false)));
        rows.remove(10);
        rows.set(9, new PlanRules.Row("9.9.9", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", ""));
        var checked = PlanRules.check(template(false), YEAR, POSTS, rows);
        assertThat(messages(checked.rows().get(9))).containsEntry("code", "plan.error.notInTemplate");
        assertThat(messages(checked.header())).containsEntry("rows", "plan.error.indicatorMissing");
    }
}
