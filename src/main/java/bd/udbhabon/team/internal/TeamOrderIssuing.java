package bd.udbhabon.team.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.document.Recipients;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.team.Finding;
import bd.udbhabon.team.TeamFormation.IssueInput;
import bd.udbhabon.team.TeamOrder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * Issuing the office's draft as an office order: the form checked ({@link TeamIssueCheck}), the paper issued through
 * {@link OfficialPapers} under the forming office's memo file, the compliance view refreshed, all in one
 * transaction; before that, the number it will take and its preview (issue 19, point 9); and the day the Cabinet
 * Division was informed.
 */
@Component
class TeamOrderIssuing {

    private final TeamOrderStore store;
    private final TeamAuthority authority;
    private final TeamIssueCheck check;
    private final OfficeOrderPaper orderPaper;
    private final OfficialPapers papers;
    private final ComplianceUpdater compliance;
    private final AccessPolicy access;
    private final AuditLog audit;

    TeamOrderIssuing(TeamOrderStore store, TeamAuthority authority, TeamIssueCheck check, OfficeOrderPaper orderPaper,
                     OfficialPapers papers, ComplianceUpdater compliance, AccessPolicy access,
                     AuditLog audit) {
        this.store = store;
        this.authority = authority;
        this.check = check;
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

    /** The form checked; the memo number the order would take now (as {@code MemoNumber.formatLatin}), nothing taken. */
    String nextMemo(long officeId, IssueInput issue) {
        TeamIssueCheck.Checked c = check.check(officeId, issue);
        return papers.next(c.forming().id(), c.paper()).formatLatin();
    }

    /** The order exactly as it would be issued now, with the file's next number, as a PDF; nothing taken or stored. */
    byte[] preview(long officeId, IssueInput issue) {
        TeamIssueCheck.Checked c = check.check(officeId, issue);
        return papers.preview(c.forming().id(), c.paper(),
                memo -> orderPaper.document(c.office(), c.forming(), c.draft(), c.notification(), memo, issue));
    }

    /** Issues under whatever number comes ({@code confirmed} null), or only under the number confirmed. */
    @Transactional
    TeamOrder issue(long officeId, IssueInput issue, String confirmed) {
        TeamIssueCheck.Checked c = check.check(officeId, issue);
        TeamOrder draft = c.draft();
        List<Finding> findings = c.findings();
        OfficialPapers.IssuedPaper paper = papers.issue(c.forming().id(), c.paper(), "team-order:" + draft.id(), confirmed,
                memo -> orderPaper.document(c.office(), c.forming(), draft, c.notification(), memo, issue));
        store.markIssued(draft.id(), paper.memoNumber(), issue.issuedOn(), access.accountId().orElse(null),
                blank(issue.justification()) ? null : issue.justification().strip(), blankToNull(issue.sectionBn()),
                findings, c.compliant(), issue.signatoryNameBn().strip(), issue.signatoryDesignationBn().strip(),
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
        return TeamIssueCheck.blank(s);
    }

    private static String blankToNull(String s) {
        return TeamIssueCheck.blankToNull(s);
    }
}
