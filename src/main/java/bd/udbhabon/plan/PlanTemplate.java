package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;

/**
 * One version of the Cabinet Division's action-plan template for a fiscal year and an office level.
 * A draft may still change; a published version never does (plans keep the version they were made
 * on), so a change to it is saved as the next version, copied from it.
 */
public record PlanTemplate(long versionId, long templateId, FiscalYear fiscalYear, OfficeLevel level, int version,
                           Status status, Instant publishedAt, TemplateContent content) {

    public enum Status {
        /** Still being written: the Cabinet Division may change it; no plan may use it. */
        DRAFT,
        /** Plans may be made on it: it never changes again. */
        PUBLISHED
    }

    public boolean published() {
        return status == Status.PUBLISHED;
    }

    public List<Section> sections() {
        return content.sections();
    }

    public Stream<Indicator> indicators() {
        return content.indicators();
    }

    /** A strategic objective (কৌশলগত উদ্দেশ্য) with its weight. */
    public record Section(int number, String titleBn, BigDecimal weight, List<Activity> activities) {

        public Stream<Indicator> indicators() {
            return activities.stream().flatMap(a -> a.indicators().stream());
        }
    }

    /** An activity (কার্যক্রম), numbered within its section. */
    public record Activity(int number, String titleBn, List<Indicator> indicators) {
    }

    /**
     * A performance indicator (কর্মসম্পাদন সূচক).
     *
     * @param weight  its মান, part of its section's weight
     * @param targets the five columns, best first; blank columns at the worse end are null; none for yes/no
     * @param measure the system figure that can fill it, or null
     */
    public record Indicator(IndicatorCode code, String titleBn, IndicatorUnit unit, Calculation calculation,
                            BigDecimal weight, Targets targets, String evidenceBn, SystemMeasure measure) {
    }
}
