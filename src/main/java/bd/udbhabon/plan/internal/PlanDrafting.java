package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.PlanTemplate;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The office's writers drafting its plan (issue 14, point 2): the targets form saved onto the open
 * version when {@link PlanRules} find nothing wrong (else nothing is written), and a revision after a
 * version is issued, up to the cut-off ({@link PlanSettings#lastRevisionDay}), with its reason. Every
 * state check is {@link PlanWorkflow}'s; the issued version is never touched (V31's triggers say so too).
 */
@Service
public class PlanDrafting {

    static final int MAX_REASON = 2000;

    private final PlanRepository repository;
    private final PlanService plans;
    private final TemplateService templates;
    private final PeopleDirectory people;
    private final PlanSettings settings;
    private final AuditLog audit;
    private final AccessPolicy access;

    PlanDrafting(PlanRepository repository, PlanService plans, TemplateService templates, PeopleDirectory people,
                 PlanSettings settings, AuditLog audit, AccessPolicy access) {
        this.repository = repository;
        this.plans = plans;
        this.templates = templates;
        this.people = people;
        this.settings = settings;
        this.audit = audit;
        this.access = access;
    }

    /** An office's plans by year, the latest first: the latest version's number and status. */
    public record YearSummary(FiscalYear year, int version, ActionPlan.Status status) {
    }

    @Transactional(readOnly = true)
    public List<YearSummary> years(long officeId) {
        return repository.years(officeId).stream().map(y -> new YearSummary(y.year(), y.version(), y.status())).toList();
    }

    /** The reason each version was made (none for version 1), by version id. */
    @Transactional(readOnly = true)
    public Map<Long, String> reasons(long planId) {
        return repository.reasons(planId);
    }

    /** The template version the plan was made on (it keeps it). */
    @Transactional(readOnly = true)
    public PlanTemplate template(ActionPlan plan) {
        return templates.version(plan.templateVersionId()).orElseThrow();
    }

    /** Whether the plan's open version may be edited now; the refusal's message key if not. */
    public java.util.Optional<String> editRefusal(ActionPlan plan) {
        return PlanWorkflow.TRANSITIONS.refusal(plan.current().status(), PlanWorkflow.Step.EDIT);
    }

    /** Whether the plan may be revised now; the refusal's message key (and day) if not. */
    public java.util.Optional<String> reviseRefusal(ActionPlan plan, LocalDate today) {
        var refusal = PlanWorkflow.TRANSITIONS.refusal(plan.current().status(), PlanWorkflow.Step.REVISE);
        if (refusal.isPresent()) {
            return refusal;
        }
        return today.isAfter(lastRevisionDay(plan.fiscalYear())) ? java.util.Optional.of("plan.error.revisionClosed")
                : java.util.Optional.empty();
    }

    public LocalDate lastRevisionDay(FiscalYear year) {
        return settings.lastRevisionDay(year);
    }

    /**
     * The targets form saved on the plan's open version (an approved one goes back to a draft), or,
     * with any problem, nothing written and every problem returned.
     */
    @Transactional
    public PlanRules.Checked save(long officeId, FiscalYear year, List<PlanRules.Row> typed) {
        ActionPlan plan = existing(officeId, year);
        repository.lock(plan.id());
        plan = existing(officeId, year); // as it stands once locked
        PlanWorkflow.TRANSITIONS.next(plan.current().status(), PlanWorkflow.Step.EDIT);
        PlanTemplate template = template(plan);
        Set<Long> posts = people.posts(officeId).stream().map(Post::id).collect(Collectors.toSet());
        // a post kept from an earlier version stays acceptable even if it is no longer active
        plan.current().details().values().stream().map(ActionPlan.RowDetail::responsiblePostId)
                .filter(java.util.Objects::nonNull).forEach(posts::add);
        PlanRules.Checked checked = PlanRules.check(template, year, posts, typed);
        if (!checked.ok()) {
            return checked;
        }
        repository.replaceRows(plan.current().id(), plan.templateVersionId(), checked.lines());
        repository.reopen(plan.current().id());
        ActionPlan after = existing(officeId, year);
        audit.record(new AuditEvent(access.actor(), "plan.edited", "plan_version", Long.toString(plan.current().id()), officeId,
                Map.of("status", plan.current().status().name(), "content", plan.current().content(), "details", plan.current().details()),
                Map.of("status", after.current().status().name(), "content", after.current().content(), "details", after.current().details())));
        return checked;
    }

    /**
     * The next version of an issued plan, a draft copied from it, with the reason; refused (in the user's
     * language) before the plan is issued, after the cut-off, or without a reason.
     */
    @Transactional
    public ActionPlan revise(long officeId, FiscalYear year, String reason) {
        ActionPlan plan = existing(officeId, year);
        repository.lock(plan.id());
        plan = existing(officeId, year);
        PlanWorkflow.TRANSITIONS.next(plan.current().status(), PlanWorkflow.Step.REVISE);
        LocalDate last = lastRevisionDay(year);
        if (Dhaka.today().isAfter(last)) {
            throw UserFacingException.badRequest("plan.error.revisionClosed",
                    "%02d-%02d-%04d".formatted(last.getDayOfMonth(), last.getMonthValue(), last.getYear()));
        }
        FormErrors errors = new FormErrors();
        String clean = Inputs.text(errors, "reason", reason, MAX_REASON);
        if (clean == null) {
            errors.add("reason", "plan.error.reasonNeeded");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long issued = plan.current().id();
        long next = repository.createVersion(plan.id(), clean, access.accountId().orElse(null));
        repository.copyRows(next, issued);
        ActionPlan revised = existing(officeId, year);
        audit.record(new AuditEvent(access.actor(), "plan.revised", "plan_version", Long.toString(next), officeId, null,
                Map.of("fiscalYear", year.shortLabelLatin(), "version", revised.current().number(), "revises", issued,
                        "reason", clean)));
        return revised;
    }

    private ActionPlan existing(long officeId, FiscalYear year) {
        return plans.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("plan.error.noPlan", year.shortLabel()));
    }
}
