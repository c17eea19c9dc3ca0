package bd.udbhabon.initiative;

import java.util.List;
import java.util.Optional;

/** Reading initiatives, for the module's pages and the modules built on it (showcase, training, plan, demo). */
public interface Initiatives {

    Optional<Initiative> find(long initiativeId);

    /** The office's initiatives, newest first. */
    List<Initiative> ofOffice(long officeId);

    /** Every stage it entered, oldest first. */
    List<StageChange> history(long initiativeId);

    /** The initiatives that replicate this one (their offices' own), oldest first. */
    List<Initiative> replications(long initiativeId);
}
