package bd.udbhabon.training;

import java.time.LocalDate;
import java.util.List;

/**
 * A training, workshop or learning session an office held, as recorded: what {@link NewTraining} says, the
 * participants (officers with their names as the registry has them, guests), and the evidence files' names.
 */
public record Training(long id, long officeId, TrainingKind kind, LocalDate heldOn, int days, String topicBn, String topicEn,
                       String venueBn, String resourcePersonsBn, Long initiativeId, String visitedBn,
                       List<Participant> participants, List<Evidence> evidence) {

    /** An officer of the registry ({@code officerId} set) or a guest; the name as shown. */
    public record Participant(Long officerId, String nameBn, String nameEn, String designationBn) {

        public boolean guest() {
            return officerId == null;
        }

        public String name(boolean bangla) {
            return bangla || nameEn == null ? nameBn : nameEn;
        }
    }

    /** An evidence file (its bytes are served by the training's own page). */
    public record Evidence(long id, String fileName, String contentType, int size) {
    }

    public Training {
        participants = participants == null ? List.of() : List.copyOf(participants);
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
    }

    public String topic(boolean bangla) {
        return bangla || topicEn == null ? topicBn : topicEn;
    }

    /** The last day it ran. */
    public LocalDate lastDay() {
        return heldOn.plusDays(days - 1L);
    }

    public List<Long> officerIds() {
        return participants.stream().filter(p -> !p.guest()).map(Participant::officerId).toList();
    }

    public List<NewTraining.Guest> guests() {
        return participants.stream().filter(Participant::guest).map(p -> new NewTraining.Guest(p.nameBn(), p.designationBn())).toList();
    }
}
