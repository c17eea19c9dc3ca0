package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.TemplateContent;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import java.util.List;

/**
 * What a plan version must keep before the coordination meeting's approval is recorded and before it is
 * issued (issue 14, point 2: "a plan cannot be issued with weights or targets out of order"), pure: the
 * indicators' weights add up to their objective's, the objectives' to the total; each indicator's targets
 * filled from the best column down, each column worse than the one before (for a day, later). The same
 * rules the template keeps ({@link TemplateRules}), read on the plan's rows. Problems are reported under
 * {@code content}, one message each, in Bangla digits.
 */
final class PlanContentCheck {

    private PlanContentCheck() {
    }

    static FormErrors check(TemplateContent content) {
        FormErrors errors = new FormErrors();
        BigDecimal sections = BigDecimal.ZERO;
        for (PlanTemplate.Section section : content.sections()) {
            BigDecimal sum = section.indicators().map(PlanTemplate.Indicator::weight).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(section.weight()) != 0) {
                errors.add("content.section" + section.number(), "plan.error.indicatorsSum", bn(section.number()), bn(sum), bn(section.weight()));
            }
            sections = sections.add(section.weight());
        }
        if (content.totalWeight() != null && sections.compareTo(content.totalWeight()) != 0) {
            errors.add("content.total", "plan.error.sectionsSum", bn(sections), bn(content.totalWeight()));
        }
        content.indicators().forEach(indicator -> {
            if (!ordered(indicator)) {
                errors.add("content." + indicator.code().latin(), indicator.unit() == IndicatorUnit.DATE
                        ? "plan.paper.error.targetsDate" : "plan.paper.error.targets", indicator.code().bangla());
            }
        });
        return errors;
    }

    private static boolean ordered(PlanTemplate.Indicator indicator) {
        if (indicator.unit() == IndicatorUnit.YES_NO) {
            return true;
        }
        List<BigDecimal> columns = indicator.targets().columns();
        int filled = indicator.targets().filled();
        if (filled == 0) {
            return false;
        }
        for (int i = filled; i < columns.size(); i++) {
            if (columns.get(i) != null) {
                return false; // a blank between filled columns
            }
        }
        for (int i = 1; i < filled; i++) {
            int c = columns.get(i).compareTo(columns.get(i - 1));
            if (indicator.unit().lowerIsBetter() ? c <= 0 : c >= 0) {
                return false;
            }
        }
        return true;
    }

    private static String bn(Object number) {
        return BanglaDigits.toBangla(number instanceof BigDecimal d ? d.stripTrailingZeros().toPlainString() : String.valueOf(number));
    }
}
