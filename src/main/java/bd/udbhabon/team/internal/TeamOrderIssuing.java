package bd.udbhabon.team.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.document.Recipients;
import bd.udbhabon.office.Office;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.CompositionCheck;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.TeamFormation.IssueInput;
import bd.udbhabon.team.TeamOrder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Issuing the office's draft as an office order: the rules applied again, the paper issued through
 * {@link OfficialPapers} under the forming office's memo file, the compliance view refreshed, all in one
 * transaction; and the day the Cabinet Division was informed.
 */
@Component
class TeamOrderIssuing {

    /** The team order's wording of the issue form's problems. */
    static final OfficialPapers.IssueMessages MESSAGES = new OfficialPapers.IssueMessages("team.issue.memoFile",
            "team.issue.date", "team.issue.signatory", "team.issue.designation");

    private final TeamOrderStore store;
    private final TeamAuthority authority;
    private final TeamDrafts drafts;
    private final OfficeOrderPaper orderPaper;
    private final OfficialPapers papers;
    private final ComplianceUpdater compliance;
    private final AccessPolicy access;
    private final AuditLog audit;

    TeamOrderIssuing(TeamOrderStore store, TeamAuthority authority, TeamDrafts drafts, OfficeOrderPaper orderPaper,
                     OfficialPapers papers, ComplianceUpdater compliance, AccessPolicy access,
                     AuditLog audit) {
        this.store = store;
        this.authority = authority;
        this.drafts = drafts;
        this.orderPaper = orderPaper;
        this.papers = papers;
        this.compliance = compliance;
        this.access = access;
        this.audit = audit;
    }

    /** The last order's file, signatory and copy list; its copy lines mended where a part was empty (issue 19, point 9). */
    IssueInput startingIssue(long officeId) {
        LocalDate today = Dhaka.today();
        return store.lastIssue(officeId, today)
                .map(last -> withFile(last.issue(), last.paperId() == null ? 0L
                        : papers.find(last.paperId()).map(OfficialPapers.IssuedPaper::memoFileId).orElse(0L)))
                .orElse(new IssueInput(0, today, null, null, null, null, null, null, List.of()));
    }

    private static IssueInput withFile(IssueInput i, long memoFileId) {
        return new IssueInput(memoFileId, i.issuedOn(), i.sectionBn(), i.justification(), i.signatoryNameBn(),
                i.signatoryDesignationBn(), i.signatoryPhone(), i.signatoryEmail(), Recipients.mendAll(i.copies()));
    }

    @Transactional
    TeamOrder issue(long officeId, IssueInput issue) {
        Office office = authority.office(officeId);
        if (!authority.mayIssue(officeId)) {
            throw new UserFacingException(403, "team.issue.forbidden");
        }
        TeamOrder draft = store.draft(officeId).orElseThrow(() -> UserFacingException.badRequest("team.draft.missing"));
        FormErrors errors = new FormErrors();
        OfficialPapers.Issue paperIssue = new OfficialPapers.Issue(issue.memoFileId(), issue.issuedOn(),
                new OfficialPapers.Signatory(issue.signatoryNameBn(), issue.signatoryDesignationBn(),
                        blankToNull(issue.signatoryPhone()), blankToNull(issue.signatoryEmail())));
        papers.check(draft.formingOfficeId(), paperIssue, MESSAGES, errors);
        Notification notification = drafts.notificationOf(draft);
        List<Finding> findings = drafts.findings(office, notification, draft.kind(), draft.members(), draft.effectiveFrom());
        boolean compliant = CompositionCheck.compliant(findings);
        if (!compliant && blank(issue.justification())) {
            errors.add("justification", "team.issue.justification");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        Office forming = authority.office(draft.formingOfficeId());
        OfficialPapers.IssuedPaper paper = papers.issue(forming.id(), paperIssue, "team-order:" + draft.id(),
                memo -> orderPaper.document(office, forming, draft, notification, memo, issue));
        store.markIssued(draft.id(), paper.memoNumber(), issue.issuedOn(), access.accountId().orElse(null),
                blank(issue.justification()) ? null : issue.justification().strip(), blankToNull(issue.sectionBn()),
                findings, compliant, issue.signatoryNameBn().strip(), issue.signatoryDesignationBn().strip(),
                blankToNull(issue.signatoryPhone()), blankToNull(issue.signatoryEmail()), copies(issue).toArray(String[]::new),
                paper.id());
        TeamOrder issued = store.order(draft.id()).orElseThrow();
        compliance.refresh(officeId);
        audit.record(new AuditEvent(access.actor(), "team-order.issued", "team-order", String.valueOf(draft.id()), officeId,
                draft, issued));
        return issued;
    }

    static List<String> copies(IssueInput issue) {
        return issue.copies().stream().map(String::strip).filter(c -> !c.isEmpty()).toList();
    }

    @Transactional
    void cabinetInformed(long orderId, LocalDate on) {
        TeamOrder order = store.order(orderId).filter(TeamOrder::issued)
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (!authority.mayWriteRecordsOf(order)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        if (on == null || on.isBefore(order.issuedOn())) {
            throw UserFacingException.invalid(new FormErrors().add("informedOn", "team.informed.date"));
        }
        store.cabinetInformed(orderId, on);
        audit.record(new AuditEvent(access.actor(), "team-order.cabinet-informed", "team-order", String.valueOf(orderId),
                order.officeId(), Map.of("cabinetInformedOn", String.valueOf(order.cabinetInformedOn())),
                Map.of("cabinetInformedOn", on.toString())));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
