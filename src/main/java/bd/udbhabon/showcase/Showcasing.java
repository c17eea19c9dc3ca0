package bd.udbhabon.showcase;

import bd.udbhabon.paper.OfficialPapers;
import java.time.LocalDate;
import java.util.List;

/**
 * Holding a showcase for other modules (the demo), through the same services, rules and audit as the pages, and the
 * pages' access rule (the office's writers set it up, choose and publish; a judge scores as the signed-in account).
 * A refusal throws the pages' exception with their field messages.
 */
public interface Showcasing {

    /** A criterion as typed: its name, weight (the weights add up to 100) and highest score. */
    record Criterion(String nameBn, String weight, String maxScore) {
    }

    Showcase create(long officeId, String titleBn, String titleEn, LocalDate heldOn, String venueBn);

    void criteria(long officeId, long showcaseId, List<Criterion> criteria);

    /** An initiative of the office or of an office below it entered. */
    void enter(long officeId, long showcaseId, long initiativeId);

    /** A judge by user name (their office: the one they hold a role at). */
    void judge(long officeId, long showcaseId, String username, String designationBn);

    void openScoring(long officeId, long showcaseId);

    /** The signed-in judge's scores for the initiative's entry, one per criterion in the criteria's order, as typed. */
    void score(long officeId, long showcaseId, long initiativeId, List<String> scores);

    /** The best initiative(s) chosen among the entries. */
    void select(long officeId, long showcaseId, List<Long> initiativeIds);

    /** Who signs the result paper, and its copies. */
    record Signatory(String nameBn, String designationBn, String phone, String email) {
    }

    /** The result issued as an official paper from the memo file (its next number) on the day, and the showcase published. */
    OfficialPapers.IssuedPaper publish(long officeId, long showcaseId, long memoFileId, LocalDate issuedOn, Signatory signatory,
                                       List<String> copies);
}
