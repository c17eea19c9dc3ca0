package bd.udbhabon.initiative;

/**
 * One step of a service's process as the citizen meets it, before or after the initiative (a2i's process
 * map in words): what happens, and who does it (the citizen, a desk, an officer).
 */
public record ProcessStep(Phase phase, int stepNo, String textBn, String actorBn) {

    /** Before the initiative changed the process, or after. */
    public enum Phase {
        BEFORE, AFTER
    }
}
