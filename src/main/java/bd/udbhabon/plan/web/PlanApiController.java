package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IndicatorCode;
import bd.udbhabon.plan.IndicatorUnit;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.plan.Plans;
import bd.udbhabon.plan.Quantity;
import bd.udbhabon.plan.Scores;
import bd.udbhabon.plan.internal.PlanScores;
import bd.udbhabon.plan.internal.QuarterRecords;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Action plans", description = """
        An office's e-governance and innovation action plan for a fiscal year (`year` as 2023-24) and its quarterly
        progress (`quarter` 1-4, July-September first). Figures are strings: numbers as written (85, 97.76), days as
        yyyy-mm-dd, yes/no as 1/0. Scores are to date (the quarter's figure by each indicator's calculation), each
        with the rule between two target columns in force (STEP or LINEAR). Reading needs the office's records: its
        own users and its superiors'. 404 when the office has no plan for the year.""")
class PlanApiController {

    private final Plans plans;
    private final PlanScores scores;
    private final QuarterRecords records;

    PlanApiController(Plans plans, PlanScores scores, QuarterRecords records) {
        this.plans = plans;
        this.scores = scores;
        this.records = records;
    }

    record RowJson(String code, String codeBn, String title, String unit, String calculation, BigDecimal weight,
                   List<String> targets, List<String> quarterTargets, String evidence, String systemMeasure, boolean ownRow,
                   Long responsiblePostId) {
    }

    record ActivityJson(int number, String title, List<RowJson> indicators) {
    }

    record SectionJson(int number, String title, BigDecimal weight, List<ActivityJson> activities) {
    }

    record VersionJson(long id, int number, String status, String reason, String approvalMeeting, LocalDate approvalMeetingOn,
                       LocalDate approvedOn, Long decisionId, Long paperId, String title, BigDecimal totalWeight,
                       List<SectionJson> sections) {
    }

    record VersionSummaryJson(long id, int number, String status, LocalDate approvedOn, Long paperId) {
    }

    record PlanJson(long id, long officeId, String fiscalYear, long templateVersionId, VersionJson current,
                    List<VersionSummaryJson> versions) {
    }

    record EvidenceJson(long id, String name, String contentType, int size) {
    }

    record IndicatorProgressJson(String code, String codeBn, String title, String unit, String calculation, BigDecimal weight,
                                 String achieved, String note, String proposed, String proposedSource, boolean overridden,
                                 String overrideReason, List<EvidenceJson> evidence, String toDate, String reached,
                                 BigDecimal percent, BigDecimal score) {
    }

    record SectionScoreJson(int number, BigDecimal weight, BigDecimal score) {
    }

    record ProgressJson(long planId, long officeId, String fiscalYear, int quarter, String scoreRule, BigDecimal totalWeight,
                        BigDecimal score, List<SectionScoreJson> sections, List<IndicatorProgressJson> indicators) {
    }

    @GetMapping("/api/v1/offices/{officeId}/plans/{year}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The office's plan for the year: its current (latest) version's rows and targets, and every version")
    PlanJson plan(@PathVariable long officeId, @Parameter(description = "the fiscal year, e.g. 2023-24") @PathVariable String year) {
        ActionPlan plan = require(officeId, year);
        ActionPlan.Version v = plan.current();
        List<SectionJson> sections = v.content().sections().stream().map(s -> new SectionJson(s.number(), s.titleBn(), s.weight(),
                s.activities().stream().map(a -> new ActivityJson(a.number(), a.titleBn(),
                        a.indicators().stream().map(i -> row(i, v.detail(i.code()).orElse(null))).toList())).toList())).toList();
        return new PlanJson(plan.id(), plan.officeId(), plan.fiscalYear().shortLabelLatin(), plan.templateVersionId(),
                new VersionJson(v.id(), v.number(), v.status().name(), v.reasonBn(), v.approvalMeetingBn(), v.approvalMeetingOn(),
                        v.approvedOn(), v.decisionId(), v.paperId(), v.content().titleBn(), v.content().totalWeight(), sections),
                plan.versions().stream().map(s -> new VersionSummaryJson(s.id(), s.number(), s.status().name(), s.approvedOn(),
                        s.paperId())).toList());
    }

    @GetMapping("/api/v1/offices/{officeId}/plans/{year}/progress/{quarter}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "A quarter's progress: each indicator's figure, the system's proposal and its source, the override "
            + "and its reason, the evidence files' names, and the scores to date with the rule in force")
    ProgressJson progress(@PathVariable long officeId, @Parameter(description = "the fiscal year, e.g. 2023-24") @PathVariable String year,
                          @Parameter(description = "1-4") @PathVariable String quarter) {
        ActionPlan plan = require(officeId, year);
        int q = YearQuarter.quarter(quarter);
        Map<IndicatorCode, QuarterRecords.Progress> recorded = new HashMap<>();
        records.progress(plan.id(), q).forEach(p -> recorded.put(p.code(), p));
        Scores.PlanScore score = scores.toDate(plan, q);
        Map<IndicatorCode, Scores.IndicatorScore> byCode = new HashMap<>();
        score.sections().forEach(s -> s.indicators().forEach(i -> byCode.put(i.code(), i)));
        List<IndicatorProgressJson> indicators = plan.current().content().indicators().map(i -> {
            QuarterRecords.Progress p = recorded.get(i.code());
            Scores.IndicatorScore s = byCode.get(i.code());
            return new IndicatorProgressJson(i.code().latin(), i.code().bangla(), i.titleBn(), i.unit().name(), i.calculation().name(),
                    i.weight(), p == null ? null : p.achievedOn() != null ? p.achievedOn().toString() : figure(i.unit(), p.achieved()),
                    p == null ? null : p.noteBn(), p == null ? null : figure(i.unit(), p.proposed()),
                    p == null ? null : p.proposedSourceBn(), p != null && p.overrideReasonBn() != null,
                    p == null ? null : p.overrideReasonBn(),
                    p == null ? List.of() : p.evidence().stream().map(e -> new EvidenceJson(e.id(), e.fileName(), e.contentType(), e.size())).toList(),
                    s == null ? null : figure(i.unit(), s.achieved()), s == null || s.reached() == null ? null : s.reached().name(),
                    s == null ? null : s.percent(), s == null ? null : s.score());
        }).toList();
        return new ProgressJson(plan.id(), plan.officeId(), plan.fiscalYear().shortLabelLatin(), q, score.rule().name(),
                score.totalWeight(), score.score(),
                score.sections().stream().map(s -> new SectionScoreJson(s.section(), s.weight(), s.score())).toList(), indicators);
    }

    private ActionPlan require(long officeId, String year) {
        FiscalYear fiscalYear = YearQuarter.read(year, "1").year();
        return plans.find(officeId, fiscalYear).orElseThrow(() -> UserFacingException.notFound("plan.rollup.error.noPlan"));
    }

    private static RowJson row(PlanTemplate.Indicator i, ActionPlan.RowDetail detail) {
        return new RowJson(i.code().latin(), i.code().bangla(), i.titleBn(), i.unit().name(), i.calculation().name(), i.weight(),
                i.unit() == IndicatorUnit.YES_NO ? List.of() : i.targets().columns().stream().map(c -> figure(i.unit(), c)).toList(),
                detail == null || detail.quarterTargets() == null ? null
                        : detail.quarterTargets().stream().map(c -> figure(i.unit(), c)).toList(),
                i.evidenceBn(), i.measure() == null ? null : i.measure().name(), detail != null && detail.ownRow(),
                detail == null ? null : detail.responsiblePostId());
    }

    /** A figure as the API writes it: a day as yyyy-mm-dd, else the number as written. */
    static String figure(IndicatorUnit unit, BigDecimal value) {
        if (value == null) {
            return null;
        }
        return unit == IndicatorUnit.DATE ? Quantity.toDate(value).toString() : Quantity.canonical(value).toPlainString();
    }
}
