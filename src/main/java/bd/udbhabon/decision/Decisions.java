package bd.udbhabon.decision;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Reading the register, every status as of a day. No access checks: the web layer checks the
 * office first, and {@link #concerns} says whether a decision is the office's to see.
 */
public interface Decisions {

    Optional<Decision> find(long decisionId, LocalDate asOf);

    /** The decisions the office's team took, in the order taken. */
    List<Decision> ofOffice(long officeId, LocalDate asOf);

    /**
     * The decisions other offices (or the office itself) gave this office to implement, each with the
     * status of this office's own entry (for a group's decision: its part, not the whole).
     */
    List<Decision> assignedTo(long officeId, LocalDate asOf);

    /** The decisions of one meeting, in agenda order. */
    List<Decision> ofMeeting(long meetingId, LocalDate asOf);

    /** What a meeting on {@code date} carries over: the office's earlier decisions still open that day. */
    List<Decision> carriedInto(long officeId, LocalDate date);

    /** The rates over the office's scope and over each office directly below it, as of a day. */
    ScopeRates scope(long officeId, LocalDate asOf);

    /**
     * How a page in the reader's language names these owners: as printed on a Bangla page, by the
     * English names of their offices and posts on an English one ({@link OwnerNames}).
     */
    OwnerNames ownerNames(Collection<Owner> owners, boolean bangla);

    /** Whether the decision is the office's: taken by its team, or given to it (or one of its posts) to implement. */
    boolean concerns(long decisionId, long officeId);

    /** Every status row: rulings on the whole decision and each implementing office's own entries, in order. */
    List<StatusChange> history(long decisionId);

    /**
     * Each implementing office's own entry as of a day (the offices the owners name now, a group
     * expanded), by name. The decision's own status is these combined: implemented when all are.
     */
    List<OfficeStatus> offices(long decisionId, LocalDate asOf);

    List<Progress> progress(long decisionId);

    /** An evidence file of the decision, with its bytes. */
    Optional<EvidenceFile> evidence(long decisionId, long evidenceId);

    record EvidenceFile(String fileName, String contentType, byte[] bytes) {
    }
}
