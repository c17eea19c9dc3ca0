package bd.udbhabon.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A training, workshop or learning session as the office records it: its first day and how many days, the
 * topic, venue and resource persons, for a learning session the innovation visited (an initiative recorded
 * here, any office's, or one named in words), and who took part: officers of the office's people registry
 * and guests by name and designation.
 */
public record NewTraining(TrainingKind kind, LocalDate heldOn, int days, String topicBn, String topicEn, String venueBn,
                          String resourcePersonsBn, Long initiativeId, String visitedBn, List<Long> officerIds,
                          List<Guest> guests) {

    /** A participant who is not on the office's list. */
    public record Guest(String nameBn, String designationBn) {
    }

    public NewTraining {
        officerIds = officerIds == null ? List.of() : officerIds.stream().filter(java.util.Objects::nonNull).toList();
        // a row left out of the form's numbering stays a blank row, so that each row's problem keeps its place
        guests = guests == null ? List.of() : guests.stream().map(g -> g == null ? new Guest(null, null) : g).toList();
    }
}
