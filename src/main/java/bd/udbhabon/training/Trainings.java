package bd.udbhabon.training;

import java.util.List;
import java.util.Optional;

/** Reading and recording an office's trainings, for the module's pages and the modules built on it (demo). */
public interface Trainings {

    Optional<Training> find(long trainingId);

    /** The office's trainings, the latest held first. */
    List<Training> ofOffice(long officeId);

    /** The learning sessions (any office's) that followed a visit to this initiative, the latest first. */
    List<Training> followingInitiative(long initiativeId);

    /**
     * Records what the office held; refused field by field (400, the form's errors), nothing written. The
     * evidence files are checked by the product's upload rules.
     */
    Training create(long officeId, NewTraining training, List<Upload> evidence);

    /** An evidence file as the browser sent it; its type is found from the bytes. */
    record Upload(String fileName, byte[] bytes) {
    }
}
