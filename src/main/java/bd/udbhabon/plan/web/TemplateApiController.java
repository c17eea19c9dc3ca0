package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.PlanTemplates;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.Scorer;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Action plan templates", description = """
        The Cabinet Division's e-governance and innovation action plan template an office's plan is made on: the
        published version in force for the office's level and a fiscal year. Sections, activities and indicators
        with their code, unit (COUNT, PERCENT, DATE, YES_NO), calculation over the quarters (SUM, AVERAGE, DATE,
        CUMULATIVE), weight, the five target columns best first (100, 90, 80, 70, 60 %; numbers, or days as
        yyyy-mm-dd; null where a lower column is blank) and the evidence required. `scoreRule` is how an
        achievement between two columns scores here (STEP or LINEAR). Reading needs the office's records.""")
class TemplateApiController {

    private final PlanTemplates templates;
    private final OfficeDirectory offices;
    private final Scorer scorer;

    TemplateApiController(PlanTemplates templates, OfficeDirectory offices, Scorer scorer) {
        this.templates = templates;
        this.offices = offices;
        this.scorer = scorer;
    }

    record IndicatorJson(String code, String codeBn, String title, String unit, String calculation, BigDecimal weight,
                         List<String> targets, String evidence, String systemMeasure) {
    }

    record ActivityJson(int number, String title, List<IndicatorJson> indicators) {
    }

    record SectionJson(int number, String title, BigDecimal weight, List<ActivityJson> activities) {
    }

    record TemplateJson(long versionId, String fiscalYear, String level, int version, String publishedAt, String title,
                        String titleEn, BigDecimal totalWeight, String scoreRule, List<SectionJson> sections) {
    }

    @GetMapping("/api/v1/offices/{officeId}/plan-template")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The published template in force for the office's level and a fiscal year (404 when there is none yet)")
    TemplateJson template(@PathVariable long officeId,
                          @Parameter(description = "the fiscal year, e.g. 2023-24; today's if absent") @RequestParam(required = false) String year) {
        Office office = offices.require(officeId);
        FiscalYear fiscalYear;
        try {
            fiscalYear = year == null || year.isBlank() ? FiscalYear.of(Dhaka.today()) : FiscalYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.badRequest("plan.error.fiscalYear", year);
        }
        PlanTemplate t = templates.inForce(fiscalYear, office.level())
                .orElseThrow(() -> UserFacingException.notFound("plan.template.noneForLevel"));
        return new TemplateJson(t.versionId(), t.fiscalYear().shortLabelLatin(), t.level().name(), t.version(),
                t.publishedAt() == null ? null : t.publishedAt().toString(), t.content().titleBn(), t.content().titleEn(),
                t.content().totalWeight(), scorer.rule().name(), t.sections().stream().map(s -> new SectionJson(s.number(), s.titleBn(),
                        s.weight(), s.activities().stream().map(a -> new ActivityJson(a.number(), a.titleBn(),
                                a.indicators().stream().map(TemplateApiController::indicator).toList())).toList())).toList());
    }

    private static IndicatorJson indicator(PlanTemplate.Indicator i) {
        List<String> targets = i.targets().columns().stream()
                .map(v -> v == null ? null : i.unit() == IndicatorUnit.DATE ? Quantity.toDate(v).toString() : v.toPlainString())
                .toList();
        return new IndicatorJson(i.code().latin(), i.code().bangla(), i.titleBn(), i.unit().name(), i.calculation().name(),
                i.weight(), i.unit() == IndicatorUnit.YES_NO ? List.of() : targets, i.evidenceBn(),
                i.measure() == null ? null : i.measure().name());
    }
}
