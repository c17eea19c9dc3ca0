package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanRollUp;
import bd.udbhabon.plan.Plans;
import bd.udbhabon.plan.RollUpState;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.plan.internal.ReportService;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Action plan reports", description = """
        The quarterly reports up the hierarchy (upazila → district → division → Cabinet Division; directorate → ministry
        → Cabinet Division) and a superior's roll-up of every office below it in both hierarchies. An office's `state`
        for a quarter is one of NO_PLAN, PLAN_NOT_ISSUED, MISSING (plan issued, no report), DRAFT, SUBMITTED,
        SUBMITTED_LATE, RETURNED, ACCEPTED; `score` is the plan's score to date its report carried, with its
        `scoreRule`. Reading needs the office's records (its own users, its superiors'); nothing outside the office's
        scope is given. Texts (`missingSentence`) are in the caller's language.""")
class ReportApiController {

    static final int MAX_SIZE = 200;

    private final Plans plans;
    private final PlanRollUp rollUp;
    private final ReportService reports;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    ReportApiController(Plans plans, PlanRollUp rollUp, ReportService reports, OfficeDirectory offices, MessageSource messages) {
        this.plans = plans;
        this.rollUp = rollUp;
        this.reports = reports;
        this.offices = offices;
        this.messages = messages;
    }

    record OfficeRef(long id, String name, String nameEn) {
    }

    record StepJson(String action, String status, String comment, OfficeRef office, Long accountId, Instant at, boolean late) {
    }

    record SubordinateJson(OfficeRef office, String state, boolean late, BigDecimal score) {
    }

    record ReportJson(long officeId, String fiscalYear, int quarter, String state, LocalDate dueOn, Long id, String status,
                      boolean late, Instant submittedAt, BigDecimal score, String scoreRule, OfficeRef superior,
                      List<StepJson> history, List<SubordinateJson> subordinates) {
    }

    record OfficeStateJson(long id, String name, String nameEn, String level, Long reportsTo, String state, boolean late,
                           LocalDate submittedOn, BigDecimal score, String scoreRule) {
    }

    record ChildJson(OfficeStateJson office, boolean reportsHere, Map<String, Long> below) {
    }

    record ListingJson(String state, long total, int page, int size, List<OfficeStateJson> items) {
    }

    record RollUpJson(long officeId, String fiscalYear, int quarter, LocalDate dueOn, OfficeStateJson own, Map<String, Long> counts,
                      Map<String, Map<String, Long>> countsByLevel, String missingSentence, List<OfficeRef> notReceived,
                      List<ChildJson> below, ListingJson listing) {
    }

    @GetMapping("/api/v1/offices/{officeId}/plans/{year}/reports/{quarter}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The office's report for a quarter: its state, every step (submitted, returned with a comment, "
            + "accepted: who and when) and the subordinates' state it carried; `id` null while none was started")
    ReportJson report(@PathVariable long officeId, @Parameter(description = "the fiscal year, e.g. 2023-24") @PathVariable String year,
                      @Parameter(description = "1-4") @PathVariable String quarter) {
        YearQuarter at = YearQuarter.read(year, quarter);
        ActionPlan plan = plans.find(officeId, at.year()).orElseThrow(() -> UserFacingException.notFound("plan.rollup.error.noPlan"));
        PlanRollUp.OfficeReport standing = rollUp.office(officeId, at.year(), at.quarter()).orElseThrow();
        PlanReport report = reports.report(plan.id(), at.quarter()).orElse(null);
        if (report == null) {
            return new ReportJson(officeId, at.yearLatin(), at.quarter(), standing.state().name(), rollUp.dueOn(at.year(), at.quarter()),
                    null, null, false, null, null, null, ref(standing.superiorId()), List.of(), List.of());
        }
        var steps = report.steps();
        var subordinates = report.subordinates();
        Map<Long, Office> names = offices.findAll(Stream.concat(steps.stream().map(PlanReport.Step::officeId),
                subordinates.stream().map(PlanReport.Subordinate::officeId)).distinct().toList());
        Long superior = report.superiorId() != null ? report.superiorId() : standing.superiorId();
        return new ReportJson(officeId, at.yearLatin(), at.quarter(), standing.state().name(), report.dueOn(), report.id(),
                report.status().name(), report.late(), report.submittedAt(), report.score(),
                report.scoreRule() == null ? null : report.scoreRule().name(), ref(superior),
                steps.stream().map(s -> new StepJson(s.action().name(), s.status().name(), s.commentBn(), ref(names.get(s.officeId()), s.officeId()),
                        s.accountId(), s.at(), s.late())).toList(),
                subordinates.stream().map(s -> new SubordinateJson(ref(names.get(s.officeId()), s.officeId()), s.state().name(), s.late(),
                        s.score())).toList());
    }

    @GetMapping("/api/v1/offices/{officeId}/plan-reports")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The roll-up: every office below this one counted per state (in all and per level), the offices "
            + "directly below with their own state and the offices below each counted, those reporting here whose report "
            + "has not come (with the sentence naming them); with `state`, the offices of the scope in that state, by pages")
    RollUpJson rollUp(@PathVariable long officeId,
                      @Parameter(description = "the fiscal year, e.g. 2023-24; with the quarter left out, the latest quarter ended")
                      @RequestParam(required = false) String year,
                      @Parameter(description = "1-4") @RequestParam(required = false) String quarter,
                      @Parameter(description = "one state's offices, e.g. MISSING") @RequestParam(required = false) String state,
                      @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "100") int size, Locale locale) {
        YearQuarter at = YearQuarter.read(year, quarter);
        RollUpState filter = null;
        if (state != null && !state.isBlank()) {
            filter = RollUpState.parse(state);
            if (filter == null) {
                throw UserFacingException.badRequest("plan.rollup.error.state", state);
            }
        }
        PlanRollUp.RollUp view = rollUp.rollUp(officeId, at.year(), at.quarter());
        Map<String, Map<String, Long>> byLevel = new LinkedHashMap<>();
        view.byLevel().forEach((level, tally) -> byLevel.put(level.name(), counts(tally)));
        List<ChildJson> below = new ArrayList<>();
        view.children().forEach(c -> below.add(new ChildJson(office(c.office()), c.reportsHere(), counts(c.below()))));
        ListingJson listing = null;
        if (filter != null) {
            int pageSize = Math.max(1, Math.min(MAX_SIZE, size));
            var found = rollUp.withState(officeId, at.year(), at.quarter(), filter, Math.max(0, page), pageSize);
            listing = new ListingJson(filter.name(), found.total(), found.page(), found.size(),
                    found.items().stream().map(ReportApiController::office).toList());
        }
        return new RollUpJson(officeId, at.yearLatin(), at.quarter(), view.dueOn(), view.own() == null ? null : office(view.own()),
                counts(view.total()), byLevel, RollUpText.missingSentence(new Ui(locale, messages, ""), view),
                view.notReceived().stream().map(o -> new OfficeRef(o.officeId(), o.nameBn(), o.nameEn())).toList(), below, listing);
    }

    private static Map<String, Long> counts(PlanRollUp.Tally tally) {
        Map<String, Long> counts = new LinkedHashMap<>();
        tally.counts().forEach((s, n) -> counts.put(s.name(), n));
        counts.put("TOTAL", tally.total());
        return counts;
    }

    private static OfficeStateJson office(PlanRollUp.OfficeReport o) {
        return new OfficeStateJson(o.officeId(), o.nameBn(), o.nameEn(), o.level().name(), o.superiorId(), o.state().name(), o.late(),
                o.submittedOn(), o.score(), o.scoreRule() == null ? null : o.scoreRule().name());
    }

    private OfficeRef ref(Long officeId) {
        return officeId == null ? null : ref(offices.find(officeId).orElse(null), officeId);
    }

    private static OfficeRef ref(Office office, long id) {
        return office == null ? new OfficeRef(id, null, null) : new OfficeRef(id, office.nameBn(), office.nameEn());
    }
}
