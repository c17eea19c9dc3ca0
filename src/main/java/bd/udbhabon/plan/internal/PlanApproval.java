package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Recording the monthly coordination meeting's approval of a plan version (issue 14, point 2): which meeting,
 * its day and the approval's day (inside the fiscal year or in the June just before it, never ahead of
 * today), the version's content keeping the plan rules, and the approval recorded as a decision of that
 * meeting in the register (a source label, not a meeting id: the meeting module's meetings are the team's).
 * Approved again (a correction of the meeting, or after an edit), the same decision is rewritten.
 */
@Component
public class PlanApproval {

    /** What the approval form supplies. */
    public record Input(String meetingBn, LocalDate meetingOn, LocalDate approvedOn) {
    }

    private final PlanRepository plans;
    private final PlanService service;
    private final PlanPaperStore store;
    private final DecisionRegister register;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final AuditLog audit;

    PlanApproval(PlanRepository plans, PlanService service, PlanPaperStore store, DecisionRegister register, OfficeDirectory offices,
                 AccessPolicy access, AuditLog audit) {
        this.plans = plans;
        this.service = service;
        this.store = store;
        this.register = register;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
    }

    @Transactional
    public ActionPlan approve(long officeId, FiscalYear year, Input input) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        long planId = plans.head(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound")).id();
        plans.lock(planId);
        ActionPlan plan = service.plan(planId).orElseThrow();
        ActionPlan.Version version = plan.current();
        PlanWorkflow.TRANSITIONS.next(version.status(), PlanWorkflow.Step.APPROVE);
        String meeting = Inputs.clean(input.meetingBn());
        FormErrors errors = check(year, meeting, input, Dhaka.today());
        errors.addAll("", PlanContentCheck.check(version.content()));
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Office office = offices.require(officeId);
        NewDecision decision = new NewDecision(null, null, PlanPaperBuilder.approval(meeting, input.meetingOn()), input.meetingOn(),
                null, version.content().titleBn() + " (সংস্করণ " + BanglaDigits.toBangla(version.number()) + ") অনুমোদিত",
                year.end(), List.of(Owner.office(officeId, office.nameBn())));
        long decisionId;
        if (version.decisionId() != null) {
            register.revise(version.decisionId(), officeId, decision);
            decisionId = version.decisionId();
        } else {
            decisionId = register.record(officeId, decision);
        }
        store.approve(version.id(), meeting, input.meetingOn(), input.approvedOn(), decisionId);
        audit.record(new AuditEvent(access.actor(), "plan.approved", "plan-version", Long.toString(version.id()), officeId,
                Map.of("status", version.status().name()),
                Map.of("status", "APPROVED", "meeting", meeting, "meetingOn", input.meetingOn().toString(),
                        "approvedOn", input.approvedOn().toString(), "decisionId", decisionId)));
        return service.plan(planId).orElseThrow();
    }

    /** The form's own checks, every problem at once: named meeting, both days given, in the year's window, not ahead of today. */
    static FormErrors check(FiscalYear year, String meeting, Input input, LocalDate today) {
        FormErrors errors = new FormErrors();
        if (meeting == null) {
            errors.add("meeting", "plan.approve.error.meeting");
        } else if (meeting.length() > 300) {
            errors.add("meeting", "plan.approve.error.meetingLong");
        }
        day(errors, "meetingOn", input.meetingOn(), year, today);
        day(errors, "approvedOn", input.approvedOn(), year, today);
        if (!errors.has("meetingOn") && !errors.has("approvedOn") && input.approvedOn().isBefore(input.meetingOn())) {
            errors.add("approvedOn", "plan.approve.error.beforeMeeting");
        }
        return errors;
    }

    /** The first day an approval of the year's plan may carry: 1 June before the year (the last monthly meeting before it). */
    static LocalDate earliest(FiscalYear year) {
        return LocalDate.of(year.startYear(), Month.JUNE, 1);
    }

    private static void day(FormErrors errors, String field, LocalDate day, FiscalYear year, LocalDate today) {
        if (day == null) {
            errors.add(field, "plan.approve.error.dayNeeded");
        } else if (day.isAfter(today)) {
            errors.add(field, "plan.approve.error.future");
        } else if (day.isBefore(earliest(year)) || day.isAfter(year.end())) {
            errors.add(field, "plan.approve.error.outsideYear", year.shortLabel());
        }
    }
}
