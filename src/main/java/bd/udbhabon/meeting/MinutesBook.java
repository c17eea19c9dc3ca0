package bd.udbhabon.meeting;

import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Rate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * The minutes of an office's meetings and their workflow: drafted once the meeting is held,
 * optionally circulated to the members for comments, approved by the chair, issued with a memo
 * number (PDF and DOCX kept as issued), published on the office's innovation corner and recorded as
 * sent to the Cabinet Division. Issuing records the agenda decisions in the register, forms the
 * sub-committees decided and opens the team's change order for a co-opted member. A correction is a
 * new version; its decisions map onto the same register rows. Every method takes the office the
 * caller's path names; writes check the office again and are audited.
 */
public interface MinutesBook {

    /**
     * Standing item 2 as it stands for a meeting: the last held meeting before it, the rate of that
     * meeting's decisions as of this meeting's day, and every decision still open carried into it.
     * The sentence and the list are what the minutes print.
     */
    record Standing(Meeting previous, Rate rate, List<Decision> carried, String rateSentenceBn, List<String> carriedLinesBn) {
    }

    /** What issuing adds: the memo file, date, signatory, distribution and copy lists. */
    record IssueInput(long memoFileId, LocalDate issuedOn, String signatoryNameBn, String signatoryDesignationBn,
                      String signatoryPhone, String signatoryEmail, List<String> distribution, List<String> copies,
                      boolean sendToCabinet) {
        public IssueInput {
            distribution = distribution == null ? List.of() : List.copyOf(distribution);
            copies = copies == null ? List.of() : List.copyOf(copies);
        }
    }

    record Comment(long id, String authorBn, String textBn, Instant at) {
    }

    /** Issued minutes as the public corner lists them. */
    record Published(long minutesId, long meetingId, int version, LocalDate meetingDate, String serialBn, String serialEn,
                     String memoNumber, LocalDate issuedOn, boolean correction) {

        /** "২০২৩-২০২৪ অর্থবছরের ১ম সভা" or "meeting 1 of fiscal year 2023-2024"; empty when the meeting has none. */
        public String serial(boolean bangla) {
            String serial = bangla ? serialBn : serialEn;
            return serial == null ? "" : serial;
        }
    }

    /** The versions of a meeting's minutes, the first first. */
    List<MinutesVersion> versions(long officeId, long meetingId);

    Optional<MinutesVersion> version(long officeId, long minutesId);

    /** Where a first draft starts: the two standing items filled in, then the meeting's agenda. */
    MinutesContent startingContent(long officeId, long meetingId);

    Standing standing(long officeId, long meetingId);

    /** Saves the meeting's open version (creating version 1); the meeting must be held. Approved minutes go back to draft. */
    MinutesVersion saveDraft(long officeId, long meetingId, MinutesContent content);

    /** Sends the draft to the members for comments: marks it, then e-mails its PDF after the commit. */
    MinutesVersion circulate(long officeId, long minutesId);

    /** E-mails the circulated draft's PDF to every member with an e-mail; outside any transaction. */
    Meetings.Mailing mailCirculated(long officeId, long minutesId);

    /** E-mails issued minutes' PDF to the members, and to the Cabinet Division's address when recorded as sent; after the commit. */
    Meetings.Mailing mailIssued(long officeId, long minutesId);

    /** What was mailed for the version: the draft circulated and the minutes issued. */
    Meetings.Mailing mailing(long officeId, long minutesId);

    void comment(long officeId, long minutesId, String textBn);

    List<Comment> comments(long officeId, long minutesId);

    /** Whether the current user may approve minutes as chair (the team head, or the office's administrator). */
    boolean mayApprove(long officeId);

    boolean mayComment(long officeId);

    /**
     * Approves as the chair on the day given: not before the meeting, not after today (Dhaka). An
     * office entering past minutes records the day the chair signed, which then prints beside the signature.
     */
    MinutesVersion approve(long officeId, long minutesId, LocalDate approvedOn);

    /** Approved today (Dhaka). */
    default MinutesVersion approve(long officeId, long minutesId) {
        return approve(officeId, minutesId, bd.udbhabon.bangla.Dhaka.today());
    }

    /** The Cabinet Division's e-mail address in the registry, where minutes recorded as sent to it are mailed; empty when unknown. */
    Optional<String> cabinetDivisionEmail();

    /**
     * Where the issue form starts (issue 19, point 9): the office's usual signatory (who signed its last
     * minutes) or the chair; the previous minutes' distribution and copies, with the offices these
     * minutes name as implementers and the members who joined since added. Memo file 0: none chosen.
     */
    IssueInput startingIssue(long officeId, long minutesId);

    /** Checks the issue form as {@link #issue} would and answers the memo number the minutes would take; nothing is issued. */
    String checkIssue(long officeId, long minutesId, IssueInput input);

    /** The minutes exactly as {@link #issue} would print them now, with the file's next number; nothing is stored. */
    byte[] issuePreview(long officeId, long minutesId, IssueInput input);

    /**
     * Issues approved minutes: the memo number, the paper rendered and stored as PDF and DOCX, the
     * decisions recorded in the register, sub-committees formed and a co-opted member put on the team's
     * change draft, published on the corner, in one transaction.
     */
    default MinutesVersion issue(long officeId, long minutesId, IssueInput input) {
        return issue(officeId, minutesId, input, null);
    }

    /**
     * As {@link #issue(long, long, IssueInput)}, only under the number the user confirmed ({@code confirmedMemo}; null:
     * whatever number comes): when another paper took it meanwhile, nothing is issued and
     * {@code paper.OfficialPapers.NumberTaken} is thrown (issue 19, point 9).
     */
    MinutesVersion issue(long officeId, long minutesId, IssueInput input, String confirmedMemo);

    /** Starts a correction of issued minutes: a new draft version with their content, saying what it corrects. */
    MinutesVersion startCorrection(long officeId, long minutesId, String noteBn);

    void sentToCabinet(long officeId, long minutesId, LocalDate on);

    /** The version as it would print now (a draft's preview, with the figures of today). */
    byte[] previewPdf(long officeId, long minutesId);

    Optional<byte[]> pdf(long officeId, long minutesId);

    Optional<byte[]> docx(long officeId, long minutesId);

    /** The office's issued minutes, newest first, for its public corner. No access check: they are public. */
    List<Published> published(long officeId);

    /** An issued version's PDF for the public corner; empty for anything not issued. */
    Optional<byte[]> publishedPdf(long officeId, long minutesId);
}
