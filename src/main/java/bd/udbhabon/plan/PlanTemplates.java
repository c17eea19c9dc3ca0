package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import java.util.List;
import java.util.Optional;

/** The action-plan templates, read: what plans (and the pages) ask of them. */
public interface PlanTemplates {

    /** One version, draft or published. */
    Optional<PlanTemplate> version(long versionId);

    /** The version plans are made on for this year and level: the latest published, if any. */
    Optional<PlanTemplate> inForce(FiscalYear year, OfficeLevel level);

    /** Every template's versions, newest year first, each template's versions newest first. */
    List<VersionSummary> all();

    /** A version without its rows, for lists. */
    record VersionSummary(long versionId, long templateId, FiscalYear fiscalYear, OfficeLevel level, int version,
                          PlanTemplate.Status status, String titleBn, String titleEn, int indicators, boolean latest) {
    }
}
