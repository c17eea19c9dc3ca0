package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.DualDate;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.ActionPlanPaper;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.Letterhead;
import bd.udbhabon.document.Signature;
import bd.udbhabon.office.Office;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Quantity;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * A plan version as its paper ({@link ActionPlanPaper}, the annex table on landscape A4), pure: every number
 * in Bangla digits, as the template's import file writes them ("৮৫%", "০৬-০৫-২০২৪", "১০"); the approval as
 * "মাসিক সমন্বয় সভা, ১০ জুলাই ২০২৩".
 */
public final class PlanPaperBuilder {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd-MM-yyyy");

    private PlanPaperBuilder() {
    }

    /** The issue form's words: the signatory and the copy list. */
    public record Issue(LocalDate issuedOn, String signatoryNameBn, String signatoryDesignationBn, String phone, String email,
                 List<String> copies) {
    }

    static Document document(Office office, FiscalYear year, ActionPlan.Version version, MemoNumber memo, Issue issue) {
        List<ActionPlanPaper.Objective> objectives = new ArrayList<>();
        for (PlanTemplate.Section section : version.content().sections()) {
            List<ActionPlanPaper.Activity> activities = new ArrayList<>();
            for (PlanTemplate.Activity activity : section.activities()) {
                activities.add(new ActionPlanPaper.Activity(bn(section.number() + "." + activity.number()),
                        activity.titleBn() == null ? "" : activity.titleBn(),
                        activity.indicators().stream().map(PlanPaperBuilder::indicator).toList()));
            }
            objectives.add(new ActionPlanPaper.Objective(bn(String.valueOf(section.number())), section.titleBn(),
                    number(section.weight()), activities));
        }
        return new ActionPlanPaper(new Letterhead(List.of(office.nameBn()), office.website()), memo, issue.issuedOn(),
                version.content().titleBn(), "লক্ষ্যমাত্রা " + year.shortLabel(), approval(version), version.number(),
                version.reasonBn(), objectives, version.content().totalWeight() == null ? null : number(version.content().totalWeight()),
                new Signature(issue.signatoryNameBn(), issue.signatoryDesignationBn(), issue.phone(), issue.email(), issue.issuedOn()),
                issue.copies()).document();
    }

    /** "মাসিক সমন্বয় সভা, ১০ জুলাই ২০২৩": the meeting and its day, as the paper and the register's decision name it. */
    static String approval(ActionPlan.Version version) {
        return approval(version.approvalMeetingBn(), version.approvalMeetingOn());
    }

    static String approval(String meetingBn, LocalDate meetingOn) {
        return meetingBn + ", " + DualDate.gregorianDate(meetingOn);
    }

    private static ActionPlanPaper.Indicator indicator(PlanTemplate.Indicator indicator) {
        List<String> targets = new ArrayList<>();
        for (BigDecimal column : indicator.targets().columns()) {
            targets.add(column == null ? "" : target(indicator.unit(), column));
        }
        return new ActionPlanPaper.Indicator(indicator.code().bangla(), indicator.titleBn(), indicator.unit().nameBn(),
                number(indicator.weight()), targets, indicator.evidenceBn());
    }

    private static String target(IndicatorUnit unit, BigDecimal value) {
        return switch (unit) {
            case DATE -> bn(DAY.format(Quantity.toDate(value)));
            case PERCENT -> number(value) + "%";
            default -> number(value);
        };
    }

    private static String number(BigDecimal value) {
        return bn(Quantity.canonical(value).toPlainString());
    }

    private static String bn(String text) {
        return BanglaDigits.toBangla(text);
    }
}
