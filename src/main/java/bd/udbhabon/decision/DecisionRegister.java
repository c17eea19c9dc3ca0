package bd.udbhabon.decision;

import java.time.LocalDate;
import java.util.List;

/**
 * Writing the register. The deciding office (whoever writes its records) records decisions and
 * may set any status, dropping with a reason and reopening included; an implementing office
 * reports progress with evidence and may mark a decision in progress or implemented. Every change
 * is audited; malformed input is refused field by field.
 */
public interface DecisionRegister {

    long record(long officeId, NewDecision decision);

    /**
     * Sets a status as the acting office would by default: the deciding office rules on the whole
     * decision (counting for every implementing office), an implementing office sets its own entry.
     */
    void changeStatus(long decisionId, long actingOfficeId, DecisionStatus status, LocalDate since, String reason);

    /**
     * Sets the status of one implementing office's entry ({@code forOfficeId}), or of the whole
     * decision (null: the deciding office only). An implementing office sets only its own entry, and
     * not after the deciding office closed the decision as a whole; the deciding office sets any.
     */
    void changeStatus(long decisionId, long actingOfficeId, Long forOfficeId, DecisionStatus status, LocalDate since, String reason);

    long reportProgress(long decisionId, long actingOfficeId, LocalDate reportedOn, String textBn, List<Upload> evidence);

    /** Gives the decision new implementing authorities (the deciding office only); the rates of their lists follow. */
    void reassign(long decisionId, long actingOfficeId, List<Owner> owners);

    /**
     * Rewrites a decision as corrected minutes state it (the deciding office only): its item, subject,
     * text, due date and owners; the status history stays. Audited with before and after.
     */
    void revise(long decisionId, long actingOfficeId, NewDecision decision);

    /** The authorities the office can name: itself, its posts, the offices directly below, every office of a level below. */
    List<OwnerChoice> ownerChoices(long officeId);

    /** Whether the current user may give the decision other owners: a writer of the deciding office. */
    boolean mayReassign(long decisionId, long actingOfficeId);

    /** Whether the current user may report progress on the decision for the office. */
    boolean mayReport(long decisionId, long actingOfficeId);

    /** Whether the current user may set the decision's status for the office, and to what. */
    List<DecisionStatus> statusesAllowed(long decisionId, long actingOfficeId);

    /**
     * An uploaded evidence file as the browser sent it. {@code contentType} is only what the browser
     * declared: the register detects the type from the bytes (shell's {@code Uploads}) and cleans the name.
     */
    record Upload(String fileName, String contentType, byte[] bytes) {
    }
}
