package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanReport;
import bd.udbhabon.plan.ReportDeadline;
import bd.udbhabon.plan.Scores;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A plan's quarterly reports upward (issue 14, points 3, 5 and 10): the quarter as its page shows it,
 * the head's submission (with the plan's score and the subordinates' state as they stand then; late
 * marked, never refused; sent once, under the plan's row lock), and the direct superior's acceptance or
 * return. The steps are {@link ReportWorkflow}'s; the route checks the permission on the office in the
 * path, this checks that the path's office is the report's own (submission) or its superior (review).
 */
@Service
public class ReportService {

    /** The longest comment a step keeps (plan_report_step.comment_bn). */
    static final int COMMENT_MAX = 4000;

    private final ReportRepository reports;
    private final PlanRepository plans;
    private final PlanService planService;
    private final PlanScores scores;
    private final PlanDeadlines deadlines;
    private final ReportingLine line;
    private final AuditLog audit;
    private final AccessPolicy access;

    ReportService(ReportRepository reports, PlanRepository plans, PlanService planService, PlanScores scores,
                  PlanDeadlines deadlines, ReportingLine line, AuditLog audit, AccessPolicy access) {
        this.reports = reports;
        this.plans = plans;
        this.planService = planService;
        this.scores = scores;
        this.deadlines = deadlines;
        this.line = line;
        this.audit = audit;
        this.access = access;
    }

    /**
     * A quarter of an office's plan as its report page shows it.
     *
     * @param plan         the office's plan for the year, or null when it has none
     * @param report       the quarter's report, or null before its first submission
     * @param score        the plan's score to the quarter's end now, or null without a plan
     * @param subordinates the offices reporting to this one: as attached to the report when it was sent, else as they stand now
     */
    public record Quarter(long officeId, FiscalYear year, int quarter, ActionPlan plan, PlanReport report, LocalDate submitBy,
                          LocalDate reviewBy, Scores.PlanScore score, Long superiorId, List<PlanReport.Subordinate> subordinates) {

        public PlanReport.Status status() {
            return report == null ? ReportWorkflow.START : report.status();
        }

        /** Whether the plan was approved (a version approved or issued): only such a plan is reported on. */
        public boolean planApproved() {
            return plan != null && plan.versions().stream().anyMatch(v -> v.status() != ActionPlan.Status.DRAFT);
        }

        /** Whether the head may send it now. */
        public boolean maySend() {
            return planApproved() && superiorId != null && ReportWorkflow.maySend(status());
        }

        public boolean subordinatesAttached() {
            return report != null && status() != PlanReport.Status.DRAFT;
        }
    }

    @Transactional(readOnly = true)
    public Quarter quarter(long officeId, FiscalYear year, int quarter) {
        checkQuarter(quarter);
        ActionPlan plan = planService.find(officeId, year).orElse(null);
        PlanReport report = plan == null ? null : reports.find(plan.id(), quarter).orElse(null);
        ReportDeadline deadline = deadlines.quarter(year, quarter);
        Scores.PlanScore score = plan == null ? null : scores.toDate(plan, quarter);
        boolean sent = report != null && report.status() != PlanReport.Status.DRAFT;
        List<PlanReport.Subordinate> subordinates = sent ? report.subordinates()
                : reports.statesNow(line.reportingTo(officeId), year, quarter);
        return new Quarter(officeId, year, quarter, plan, report,
                sent ? report.dueOn() : deadline.submitBy(year), deadline.reviewBy(year), score,
                line.superiorOf(officeId).orElse(null), subordinates);
    }

    @Transactional(readOnly = true)
    public Optional<PlanReport> report(long reportId) {
        return reports.find(reportId);
    }

    /** The plan's report for the quarter, with its steps and the subordinates it carried; empty while none was started. */
    @Transactional(readOnly = true)
    public Optional<PlanReport> report(long planId, int quarter) {
        return reports.find(planId, quarter);
    }

    /**
     * The head sends the quarter's report to the office's direct superior, or sends a returned one again.
     * Refused in Bangla without an approved plan, and when it is already with the superior or accepted
     * (also when two submissions race: the second waits for the plan's row lock and then finds it sent).
     */
    @Transactional
    public PlanReport submit(long officeId, FiscalYear year, int quarter, String comment) {
        checkQuarter(quarter);
        String text = comment(comment, false);
        PlanRepository.Head head = plans.head(officeId, year)
                .orElseThrow(() -> UserFacingException.badRequest("plan.report.error.noPlan"));
        plans.lock(head.id());
        ActionPlan plan = planService.plan(head.id()).orElseThrow();
        Optional<PlanReport> existing = reports.find(plan.id(), quarter);
        PlanReport.Status from = existing.map(PlanReport::status).orElse(ReportWorkflow.START);
        ReportWorkflow.Step step = ReportWorkflow.sending(from);
        PlanReport.Status to = ReportWorkflow.next(from, step);
        if (plan.versions().stream().allMatch(v -> v.status() == ActionPlan.Status.DRAFT)) {
            throw UserFacingException.badRequest("plan.report.error.notApproved");
        }
        long superior = line.superiorOf(officeId)
                .orElseThrow(() -> UserFacingException.badRequest("plan.report.error.noSuperior"));
        // the due day of the first submission stays the report's; a draft row takes the calendar's now
        LocalDate due = existing.filter(r -> r.status() != PlanReport.Status.DRAFT).map(PlanReport::dueOn)
                .orElseGet(() -> deadlines.quarter(year, quarter).submitBy(year));
        boolean late = Dhaka.today().isAfter(due);
        Scores.PlanScore score = scores.toDate(plan, quarter);
        long id = existing.map(PlanReport::id).orElse(-1L);
        if (existing.isEmpty()) {
            id = reports.insert(plan.id(), quarter, to, superior, due, late, score.score(), score.rule());
        } else {
            // a draft row (kept by the progress pages) is sent for the first time: its lateness is this submission's
            reports.sent(id, to, superior, due, from == PlanReport.Status.DRAFT ? late : null, score.score(), score.rule());
        }
        List<PlanReport.Subordinate> subordinates = reports.statesNow(line.reportingTo(officeId), year, quarter);
        reports.attach(id, subordinates);
        reports.step(id, step.action(), to, text, officeId, access.accountId().orElse(null), access.fullNameBn().orElse(null), late);
        line.sent(officeId, superior, id, year, quarter);
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("fiscalYear", year.shortLabelLatin());
        after.put("quarter", quarter);
        after.put("status", to.name());
        after.put("superior", superior);
        after.put("late", late);
        after.put("score", score.score().toPlainString() + " " + score.rule().name());
        after.put("notReceived", subordinates.stream().filter(s -> !s.state().received()).map(PlanReport.Subordinate::officeId).toList());
        audit.record(new AuditEvent(access.actor(), step == ReportWorkflow.Step.SUBMIT ? "plan-report.submitted" : "plan-report.resubmitted",
                "plan_report", Long.toString(id), officeId, existing.isEmpty() ? null : Map.of("status", from.name()), after));
        return reports.find(id).orElseThrow();
    }

    /**
     * The direct superior accepts the report or returns it with a comment (required). Refused (403) at any
     * other office, a grand-superior or a sibling included, and to the account that sent it.
     */
    @Transactional
    public PlanReport review(long superiorId, long reportId, boolean accept, String comment) {
        reports.lock(reportId);
        PlanReport report = reports.find(reportId).orElseThrow(() -> UserFacingException.notFound("plan.report.error.notFound"));
        requireSuperior(superiorId, report);
        ReportWorkflow.Step step = accept ? ReportWorkflow.Step.ACCEPT : ReportWorkflow.Step.RETURN;
        PlanReport.Status to = ReportWorkflow.next(report.status(), step);
        String text = comment(comment, step.needsComment());
        Long account = access.accountId().orElse(null);
        boolean ownSubmission = account != null && report.steps().stream()
                .filter(s -> s.action() == PlanReport.Action.SUBMIT).reduce((a, b) -> b)
                .map(s -> account.equals(s.accountId())).orElse(false);
        if (ownSubmission) {
            throw new UserFacingException(403, "plan.report.error.ownReport");
        }
        LocalDate reviewBy = deadlines.quarter(report.fiscalYear(), report.quarter()).reviewBy(report.fiscalYear());
        boolean late = reviewBy != null && Dhaka.today().isAfter(reviewBy);
        reports.reviewed(reportId, to);
        reports.step(reportId, step.action(), to, text, superiorId, account, access.fullNameBn().orElse(null), late);
        audit.record(new AuditEvent(access.actor(), accept ? "plan-report.accepted" : "plan-report.returned", "plan_report",
                Long.toString(reportId), report.officeId(), Map.of("status", report.status().name()),
                text == null ? Map.of("status", to.name()) : Map.of("status", to.name(), "comment", text)));
        return reports.find(reportId).orElseThrow();
    }

    /** The report as its superior's review page shows it: refused (403) to any office but the one it was sent to. */
    @Transactional(readOnly = true)
    public PlanReport forReview(long superiorId, long reportId) {
        PlanReport report = reports.find(reportId).orElseThrow(() -> UserFacingException.notFound("plan.report.error.notFound"));
        requireSuperior(superiorId, report);
        return report;
    }

    /** How many reports wait for {@code superiorId}'s review, and the first of them. */
    @Transactional(readOnly = true)
    public Optional<Waiting> waitingFor(long superiorId) {
        long count = reports.waitingFor(superiorId);
        return count == 0 ? Optional.empty() : reports.firstWaitingFor(superiorId).map(first -> new Waiting(count, first));
    }

    public record Waiting(long count, long firstReportId) {
    }

    private static void requireSuperior(long superiorId, PlanReport report) {
        if (report.superiorId() == null || report.superiorId() != superiorId) {
            throw new UserFacingException(403, "plan.report.error.notTheSuperior");
        }
    }

    /** The step's comment, cleaned; a missing required one or a bad one is a field error on {@code comment}. */
    private static String comment(String typed, boolean required) {
        FormErrors errors = new FormErrors();
        String text = Inputs.text(errors, "comment", typed, COMMENT_MAX);
        if (required && text == null) {
            errors.add("comment", "plan.report.error.commentNeeded");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return text;
    }

    private static void checkQuarter(int quarter) {
        if (quarter < 1 || quarter > 4) {
            throw UserFacingException.notFound("plan.report.error.quarter");
        }
    }
}
