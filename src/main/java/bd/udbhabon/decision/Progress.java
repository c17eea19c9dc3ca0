package bd.udbhabon.decision;

import java.time.LocalDate;
import java.util.List;

/** A progress report on a decision by the office that implements it, with its evidence files. */
public record Progress(long id, long officeId, LocalDate reportedOn, String textBn, List<Evidence> evidence) {

    public Progress {
        evidence = List.copyOf(evidence);
    }

    /** An evidence file as listed (its bytes are fetched on their own). */
    public record Evidence(long id, String fileName, String contentType, int size) {
    }
}
