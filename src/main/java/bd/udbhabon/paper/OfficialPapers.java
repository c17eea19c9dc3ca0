package bd.udbhabon.paper;

import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Document;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issuing an official paper: a memo file of the issuing office, the date on the paper and the
 * signatory, and the paper itself, built once its memo number is known. The number is taken, the
 * paper rendered to PDF and DOCX, both stored and the issue audited, all in the caller's
 * transaction, so a paper that fails to render or store takes its number back with it. The stored
 * bytes are the paper exactly as issued; where they live is this module's business (issue 17).
 */
public interface OfficialPapers {

    /** The officer who signs the paper, as printed under it; phone and e-mail may be null. */
    record Signatory(String nameBn, String designationBn, String phone, String email) {
    }

    /** What an issue form supplies: the memo file, the date on the paper, the signatory. */
    record Issue(long memoFileId, LocalDate issuedOn, Signatory signatory) {
    }

    /** A stored issued paper. {@code subject} names what it is for: "team-order:12". */
    record IssuedPaper(long id, long officeId, MemoNumber memoNumber, LocalDate issuedOn, String subject, long memoFileId) {
    }

    /**
     * The message keys a page shows for each problem of the issue form, so that each page keeps
     * its own wording ("team.issue.memoFile", "meeting.error.memoFile" …).
     */
    record IssueMessages(String memoFile, String issuedOn, String signatoryName, String signatoryDesignation) {
    }

    /**
     * Adds to {@code errors} the problems of the form's memo file (missing, or not a file of
     * {@code officeId}), date (missing) and signatory (name or designation blank), under the fields
     * {@code memoFile}, {@code issuedOn}, {@code signatoryName}, {@code signatoryDesignation}, with
     * the caller's message keys. A page's own checks (a date after the meeting …) go after it.
     */
    void check(long officeId, Issue issue, IssueMessages messages, FormErrors errors);

    /**
     * Takes the file's next number, builds the paper with it, renders PDF and DOCX, stores them and
     * audits ("paper.issued"), all in the caller's transaction (must be called inside one; a failure
     * rolls back the number too). The form must have passed {@link #check}. {@code subject} names
     * what the paper is for, e.g. "team-order:12", "meeting-notice:5", "minutes:7"; it is also what
     * the memo number is recorded as issued for. A document the renderers refuse (a character no font
     * covers) throws their {@link IllegalArgumentException}.
     */
    IssuedPaper issue(long officeId, Issue issue, String subject, Function<MemoNumber, Document> paper);

    /**
     * As {@link #issue(long, Issue, String, Function)}, only under the number the user confirmed ({@code confirmed},
     * as {@link MemoNumber#formatLatin()} writes it; issue 19, point 9): when the file's next number is another (a
     * paper took it meanwhile), nothing is built and {@link NumberTaken} is thrown, so the caller's transaction rolls
     * back and the confirmation is asked again. Null confirms whatever number comes.
     */
    IssuedPaper issue(long officeId, Issue issue, String subject, String confirmed, Function<MemoNumber, Document> paper);

    /** The number the form's file would give a paper now (its next serial), as a confirmation names it; nothing is taken. */
    MemoNumber next(long officeId, Issue issue);

    /**
     * The paper exactly as it would be issued now: built with the file's next number and rendered to PDF. Nothing is
     * taken, stored or audited (issue 19, point 9: the preview before the confirmation). The form must have passed {@link #check}.
     */
    byte[] preview(long officeId, Issue issue, Function<MemoNumber, Document> paper);

    /** The number a confirmation named was taken by another paper before the issue: ask again with {@link #taken()}'s. */
    final class NumberTaken extends UserFacingException {

        private final transient MemoNumber taken;

        public NumberTaken(MemoNumber taken) {
            super(409, "paper.confirm.numberChanged");
            this.taken = taken;
        }

        /** The number the paper would have taken instead. */
        public MemoNumber taken() {
            return taken;
        }
    }

    Optional<IssuedPaper> find(long paperId);

    /**
     * Who signed the office's last paper whose subject starts with {@code subjectPrefix} ("minutes:",
     * "meeting-notice"): the office's usual signatory for that kind of paper, to start the next issue
     * form with (issue 19, point 9). Empty when the office has issued none.
     */
    Optional<Signatory> lastSignatory(long officeId, String subjectPrefix);

    /** The paper's PDF exactly as issued. No access check: the caller's page checks its record. */
    Optional<byte[]> pdf(long paperId);

    /** The paper's DOCX exactly as issued. */
    Optional<byte[]> docx(long paperId);
}
