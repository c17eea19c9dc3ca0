package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An office's action plan for a fiscal year: made on one published template version (kept), in
 * versions; the version shown is {@code current}, the latest. Its rows are a {@link TemplateContent}
 * (the template's indicators with the office's targets, and the office's own rows), so the
 * {@link Scorer} reads a plan as it reads a template.
 */
public record ActionPlan(long id, long officeId, FiscalYear fiscalYear, long templateVersionId,
                         Version current, List<VersionSummary> versions) {

    public enum Status {
        /** The office's writers edit it. */
        DRAFT,
        /** Approved in the monthly coordination meeting; next, issued as a paper. */
        APPROVED,
        /** Issued: it never changes again; a revision is the next version. */
        ISSUED
    }

    /**
     * One version of the plan.
     *
     * @param reasonBn        why this revision (null for version 1)
     * @param approvalMeetingBn the coordination meeting that approved it ("মাসিক সমন্বয় সভা (জুলাই ২০২৩)")
     * @param decisionId      the register's decision recording the approval, if any
     * @param paperId         the issued paper (paper module's id) once issued
     * @param details         per indicator: the office's own extras (responsible post, quarter targets)
     */
    public record Version(long id, int number, Status status, String reasonBn, String approvalMeetingBn,
                          LocalDate approvalMeetingOn, LocalDate approvedOn, Long decisionId, Long paperId,
                          TemplateContent content, Map<IndicatorCode, RowDetail> details) {

        public Optional<RowDetail> detail(IndicatorCode code) {
            return Optional.ofNullable(details.get(code));
        }
    }

    /**
     * What a plan's row adds to its indicator.
     *
     * @param ownRow            the office's own row (not the template's)
     * @param quarterTargets    the targets per quarter (four, null where none), or null when not set
     * @param responsiblePostId the post answering for it, or null
     */
    public record RowDetail(boolean ownRow, List<BigDecimal> quarterTargets, Long responsiblePostId) {
    }

    public record VersionSummary(long id, int number, Status status, LocalDate approvedOn, Long paperId) {
    }
}
