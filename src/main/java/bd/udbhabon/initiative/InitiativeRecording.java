package bd.udbhabon.initiative;

import java.time.LocalDate;
import java.util.List;

/**
 * Writing initiatives for other modules (the demo), through the same services, rules and audit as the pages, and
 * the pages' access rule: the office's writers. A refusal throws the pages' exception with their field messages.
 */
public interface InitiativeRecording {

    /** The office's initiative recorded at its first stage. */
    Initiative record(long officeId, NewInitiative draft);

    /** Moved to another stage on a day, with the note, the reason a skip needs and the office's deciding decision (or null). */
    StageChange move(long initiativeId, Stage to, LocalDate on, String noteBn, String reasonBn, Long decisionId);

    /** A step of the process, before or after: what is done and who does it. */
    record Step(String text, String actor) {
    }

    /** The citizen's time (days), cost (taka) and visits per case before and after, the cases a year, as typed. */
    record Figures(String timeBefore, String timeAfter, String costBefore, String costAfter, String visitsBefore,
                   String visitsAfter, String casesPerYear, LocalDate measuredOn) {
    }

    /** The process before and after (its process map) and its TCV (null: the process alone), as the TCV page saves them. */
    void measure(long initiativeId, List<Step> before, List<Step> after, Figures figures);

    /** A service in the office's register, running or not when checked on a day. */
    record NewService(String nameBn, String nameEn, ServiceKind kind, String link, Long initiativeId, boolean running,
                      LocalDate checkedOn) {
    }

    RegisteredService register(long officeId, NewService service);
}
