package bd.udbhabon.team.internal;

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

import java.util.List;

/**
 * The issue form checked against the office's draft, the same for the confirmation, the preview and the issue
 * (issue 19, point 9): who may issue, the memo file, date and signatory ({@link OfficialPapers#check}), the rules
 * applied again (unmet rules need a justification). Nothing is written.
 */
@Component
class TeamIssueCheck {

    /** The team order's wording of the issue form's problems. */
    static final OfficialPapers.IssueMessages MESSAGES = new OfficialPapers.IssueMessages("team.issue.memoFile",
            "team.issue.date", "team.issue.signatory", "team.issue.designation");

    private final TeamOrderStore store;
    private final TeamAuthority authority;
    private final TeamDrafts drafts;
    private final OfficialPapers papers;

    TeamIssueCheck(TeamOrderStore store, TeamAuthority authority, TeamDrafts drafts, OfficialPapers papers) {
        this.store = store;
        this.authority = authority;
        this.drafts = drafts;
        this.papers = papers;
    }

    /** A form that passed its checks: what the order is built and issued from. */
    record Checked(Office office, Office forming, TeamOrder draft, Notification notification, List<Finding> findings,
                   boolean compliant, OfficialPapers.Issue paper) {
    }

    /** The form's problems as field errors, or what the order is built from. */
    Checked check(long officeId, IssueInput issue) {
        Office office = authority.office(officeId);
        if (!authority.mayIssue(officeId)) {
            throw new UserFacingException(403, "team.issue.forbidden");
        }
        TeamOrder draft = store.draft(officeId).orElseThrow(() -> UserFacingException.badRequest("team.draft.missing"));
        FormErrors errors = new FormErrors();
        OfficialPapers.Issue paper = new OfficialPapers.Issue(issue.memoFileId(), issue.issuedOn(),
                new OfficialPapers.Signatory(issue.signatoryNameBn(), issue.signatoryDesignationBn(),
                        blankToNull(issue.signatoryPhone()), blankToNull(issue.signatoryEmail())));
        papers.check(draft.formingOfficeId(), paper, MESSAGES, errors);
        Notification notification = drafts.notificationOf(draft);
        List<Finding> findings = drafts.findings(office, notification, draft.kind(), draft.members(), draft.effectiveFrom());
        boolean compliant = CompositionCheck.compliant(findings);
        if (!compliant && blank(issue.justification())) {
            errors.add("justification", "team.issue.justification");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return new Checked(office, authority.office(draft.formingOfficeId()), draft, notification, findings, compliant, paper);
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
