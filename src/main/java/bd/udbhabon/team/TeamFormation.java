package bd.udbhabon.team;

import java.time.LocalDate;
import java.util.List;

/**
 * Drafting and issuing office orders on teams. Drafts may be written by whoever writes the team
 * office's records or the forming office's; issuing needs the forming office's administrator.
 * Every change is audited.
 */
public interface TeamFormation {

    /** A draft as the form sends it. */
    record DraftInput(OrderKind kind, LocalDate effectiveFrom, String preambleBn, String closingBn,
                      List<PlannedMember> members) {
        public DraftInput {
            members = members == null ? List.of() : List.copyOf(members);
        }
    }

    /** What issuing adds: the memo file to number it from, the date, the signatory, the copy list. */
    record IssueInput(long memoFileId, LocalDate issuedOn, String sectionBn, String justification,
                      String signatoryNameBn, String signatoryDesignationBn, String signatoryPhone,
                      String signatoryEmail, List<String> copies) {
        public IssueInput {
            copies = copies == null ? List.of() : List.copyOf(copies);
        }
    }

    /** Whether the current user may draft orders on the office's team (its own or the forming office's writer). */
    boolean mayDraft(long officeId);

    /** Whether the current user may issue them: an administrator of the forming office. */
    boolean mayIssue(long officeId);

    /** The office that issues the team's orders under the notification in force on {@code date}. */
    long formingOffice(long officeId, LocalDate date);

    /**
     * Where a new draft starts: the office's draft if there is one, else its team in effect as a
     * change, else a formation with the preamble citing the notification in force.
     */
    DraftInput startingDraft(long officeId);

    /** Where the issue form starts: the signatory, section and copy list of the office's last order. */
    IssueInput startingIssue(long officeId);

    /** The rules in force on the draft's effective date applied to it, without saving anything. */
    List<Finding> check(long officeId, DraftInput draft);

    /** As {@link #check}, with the members that counted for each rule. */
    Judgement judge(long officeId, DraftInput draft);

    /**
     * The office's team places judged under {@code notification} with the posts' holders on {@code date}: the team
     * page judges the order in effect under the notification in force, whatever it was issued under. No access check.
     */
    Judgement judge(long officeId, Notification notification, List<PlannedMember> members, LocalDate date);

    /**
     * Saves the office's one draft (creating or replacing it). A draft may break the rules; the
     * findings come back with it. Malformed input (no date, a post not on the office's list, a post
     * twice) is refused with the fields' problems.
     */
    TeamOrder saveDraft(long officeId, DraftInput draft);

    void discardDraft(long officeId);

    /**
     * The draft's fix for an unmet "officer able to develop skills" rule: a new officer so flagged joins the post
     * from {@code from} (a first posting). Through {@code people}, with its checks; all or nothing. Refused with
     * field errors ({@code skills_post}, {@code skills_name}, {@code skills_from}, or the people registry's).
     */
    void addSkillsDevelopmentOfficer(long postId, String nameBn, LocalDate from);

    /** The other fix: the post is marked as one whose work is developing skills, so whoever holds it counts. */
    void markSkillsDevelopmentPost(long postId);

    /**
     * Issues the draft: the next memo number of the forming office's file, the office order as PDF
     * and DOCX, the compliance view updated, all in one transaction. A draft that breaks the rules
     * needs a justification.
     */
    TeamOrder issue(long officeId, IssueInput issue);

    /**
     * The issue form checked as {@link #issue} checks it (refused with the fields' problems), nothing written: the
     * memo number the order would take now, as {@code MemoNumber.formatLatin} writes it, for the confirmation before
     * the issue (issue 19, point 9).
     */
    String checkIssue(long officeId, IssueInput issue);

    /** The order exactly as it would be issued now (the file's next number), as a PDF; nothing is taken or stored. */
    byte[] issuePreview(long officeId, IssueInput issue);

    /**
     * As {@link #issue(long, IssueInput)}, only under the number the user confirmed: when another paper took it
     * meanwhile, nothing is issued and {@code paper.OfficialPapers.NumberTaken} is thrown.
     */
    TeamOrder issue(long officeId, IssueInput issue, String confirmedMemo);

    /** Records the day the Cabinet Division was informed of an issued order. */
    void cabinetInformed(long orderId, LocalDate on);
}
