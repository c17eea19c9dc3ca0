package bd.udbhabon.team.internal;

import bd.udbhabon.team.Finding;
import bd.udbhabon.team.Judgement;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamFormation;
import bd.udbhabon.team.TeamOrder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;

/** {@link TeamFormation} as one door onto its parts: who may write ({@link TeamAuthority}), drafts, issuing. */
@Service
class TeamFormationService implements TeamFormation {

    private final TeamAuthority authority;
    private final TeamDrafts drafts;
    private final TeamOrderIssuing issuing;
    private final SkillsDevelopmentFix skills;

    TeamFormationService(TeamAuthority authority, TeamDrafts drafts, TeamOrderIssuing issuing, SkillsDevelopmentFix skills) {
        this.authority = authority;
        this.drafts = drafts;
        this.issuing = issuing;
        this.skills = skills;
    }

    @Override
    public boolean mayDraft(long officeId) {
        return authority.mayDraft(officeId);
    }

    @Override
    public boolean mayIssue(long officeId) {
        return authority.mayIssue(officeId);
    }

    @Override
    public long formingOffice(long officeId, LocalDate date) {
        return authority.formingOffice(officeId, date);
    }

    @Override
    public DraftInput startingDraft(long officeId) {
        return drafts.startingDraft(officeId);
    }

    @Override
    public IssueInput startingIssue(long officeId) {
        return issuing.startingIssue(officeId);
    }

    @Override
    public List<Finding> check(long officeId, DraftInput draft) {
        return drafts.check(officeId, draft);
    }

    @Override
    public Judgement judge(long officeId, DraftInput draft) {
        return drafts.judge(officeId, draft);
    }

    @Override
    public Judgement judge(long officeId, Notification notification, List<PlannedMember> members, LocalDate date) {
        return drafts.judge(officeId, notification, members, date);
    }

    @Override
    @Transactional
    public TeamOrder saveDraft(long officeId, DraftInput draft) {
        return drafts.saveDraft(officeId, draft);
    }

    @Override
    @Transactional
    public void discardDraft(long officeId) {
        drafts.discardDraft(officeId);
    }

    @Override
    public void addSkillsDevelopmentOfficer(long postId, String nameBn, LocalDate from) {
        skills.addOfficer(postId, nameBn, from);
    }

    @Override
    public void markSkillsDevelopmentPost(long postId) {
        skills.markPost(postId);
    }

    @Override
    public String checkIssue(long officeId, IssueInput issue) {
        return issuing.nextMemo(officeId, issue);
    }

    @Override
    public byte[] issuePreview(long officeId, IssueInput issue) {
        return issuing.preview(officeId, issue);
    }

    @Override
    @Transactional
    public TeamOrder issue(long officeId, IssueInput issue) {
        return issuing.issue(officeId, issue, null);
    }

    @Override
    @Transactional
    public TeamOrder issue(long officeId, IssueInput issue, String confirmedMemo) {
        return issuing.issue(officeId, issue, confirmedMemo);
    }

    @Override
    @Transactional
    public void cabinetInformed(long orderId, LocalDate on) {
        issuing.cabinetInformed(orderId, on);
    }
}
