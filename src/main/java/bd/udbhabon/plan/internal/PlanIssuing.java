package bd.udbhabon.plan.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.IssuedPlan;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing an approved plan version as an official paper (issue 14, point 2), the way every paper is issued
 * ({@link OfficialPapers}: the office's memo file, the date, the signatory; the number confirmed first, the
 * preview exactly the paper): its content kept the plan rules, the day not before the approval nor ahead of
 * today; then the version is final (V31's triggers) and published on the corner. Once per version: the
 * workflow refuses a second issue, and the plan's row lock orders two at once.
 */
@Component
public class PlanIssuing {

    /** The plan paper's wording of the issue form's problems. */
    static final OfficialPapers.IssueMessages MESSAGES = new OfficialPapers.IssueMessages("plan.issue.error.memoFile",
            "plan.issue.error.issuedOn", "plan.issue.error.signatoryName", "plan.issue.error.signatoryDesignation");

    /** What the issue form supplies. */
    public record Input(long memoFileId, PlanPaperBuilder.Issue paper) {
    }

    private record Checked(Office office, ActionPlan plan, OfficialPapers.Issue issue) {
    }

    private final PlanRepository plans;
    private final PlanService service;
    private final PlanPaperStore store;
    private final OfficialPapers papers;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final AuditLog audit;

    PlanIssuing(PlanRepository plans, PlanService service, PlanPaperStore store, OfficialPapers papers, OfficeDirectory offices,
                AccessPolicy access, AuditLog audit) {
        this.plans = plans;
        this.service = service;
        this.store = store;
        this.papers = papers;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
    }

    /** The form checked; the memo number the plan would take now (as {@code MemoNumber.formatLatin}), nothing taken. */
    @Transactional(readOnly = true)
    public String next(long officeId, FiscalYear year, Input input) {
        Checked c = check(officeId, year, input);
        return papers.next(officeId, c.issue()).formatLatin();
    }

    /** The paper exactly as it would be issued now, as a PDF; nothing taken or stored. */
    @Transactional(readOnly = true)
    public byte[] preview(long officeId, FiscalYear year, Input input) {
        Checked c = check(officeId, year, input);
        return papers.preview(officeId, c.issue(), memo -> paper(c, year, memo, input));
    }

    /** Issues the current version under the number confirmed ({@code confirmed} null: whatever comes). */
    @Transactional
    public IssuedPlan issue(long officeId, FiscalYear year, Input input, String confirmed) {
        plans.head(officeId, year).ifPresent(head -> plans.lock(head.id()));
        Checked c = check(officeId, year, input);
        ActionPlan.Version version = c.plan().current();
        OfficialPapers.IssuedPaper paper = papers.issue(officeId, c.issue(), "plan:" + version.id(), confirmed,
                memo -> paper(c, year, memo, input));
        store.issued(version.id(), paper.id());
        audit.record(new AuditEvent(access.actor(), "plan.issued", "plan-version", Long.toString(version.id()), officeId,
                Map.of("status", version.status().name()),
                Map.of("status", "ISSUED", "paperId", paper.id(), "memoNumber", paper.memoNumber().formatLatin(),
                        "issuedOn", paper.issuedOn().toString())));
        return new IssuedPlan(officeId, year, version.number(), paper.id(), paper.memoNumber().format(), paper.issuedOn());
    }

    /** The office's issued plans in force, one per fiscal year (the latest version issued), latest year first. */
    @Transactional(readOnly = true)
    public List<IssuedPlan> published(long officeId) {
        return store.current(officeId).stream().map(i -> papers.find(i.paperId()).map(p -> new IssuedPlan(officeId,
                new FiscalYear(i.fiscalYear()), i.version(), p.id(), p.memoNumber().format(), p.issuedOn()))).flatMap(Optional::stream)
                .toList();
    }

    /** The issued version's paper: {@code pdf} true for the PDF, else the DOCX; empty unless that version is issued. */
    @Transactional(readOnly = true)
    public Optional<byte[]> paper(long officeId, FiscalYear year, int version, boolean pdf) {
        return store.paper(officeId, year, version).flatMap(id -> pdf ? papers.pdf(id) : papers.docx(id));
    }

    private Checked check(long officeId, FiscalYear year, Input input) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        ActionPlan plan = service.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        ActionPlan.Version version = plan.current();
        PlanWorkflow.TRANSITIONS.next(version.status(), PlanWorkflow.Step.ISSUE);
        PlanPaperBuilder.Issue paper = input.paper();
        OfficialPapers.Issue issue = new OfficialPapers.Issue(input.memoFileId(), paper.issuedOn(),
                new OfficialPapers.Signatory(paper.signatoryNameBn(), paper.signatoryDesignationBn(), paper.phone(), paper.email()));
        FormErrors errors = new FormErrors();
        papers.check(officeId, issue, MESSAGES, errors);
        if (!errors.has("issuedOn")) {
            if (paper.issuedOn().isBefore(version.approvedOn())) {
                errors.add("issuedOn", "plan.issue.error.beforeApproval");
            } else if (paper.issuedOn().isAfter(Dhaka.today())) {
                errors.add("issuedOn", "plan.issue.error.future");
            }
        }
        errors.addAll("", PlanContentCheck.check(version.content()));
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return new Checked(offices.require(officeId), plan, issue);
    }

    private static bd.udbhabon.document.Document paper(Checked c, FiscalYear year, MemoNumber memo, Input input) {
        return PlanPaperBuilder.document(c.office(), year, c.plan().current(), memo, input.paper());
    }
}
