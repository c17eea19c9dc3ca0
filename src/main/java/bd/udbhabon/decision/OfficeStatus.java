package bd.udbhabon.decision;

import bd.udbhabon.bangla.Bilingual;
import java.time.LocalDate;

/**
 * One implementing office's own entry of a decision on a day: its status (its own latest, or the
 * deciding office's latest ruling on the whole decision if that is later), its last progress
 * report and the evidence file of it. A decision given to a group has one per office of the group.
 *
 * @param ruling        the status is the deciding office's ruling on the whole decision, not the office's own
 * @param lastEvidence  the latest evidence file the office sent, or null
 */
public record OfficeStatus(long officeId, String nameBn, String nameEn, DecisionStatus status, LocalDate since, String reason,
                           boolean ruling, LocalDate lastProgressOn, Progress.Evidence lastEvidence) implements Bilingual {
}
