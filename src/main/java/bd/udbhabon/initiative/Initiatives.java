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

    /**
     * The initiatives of the office and every office below it (office_scope), whose title, service, problem or
     * solution contains {@code text} (null or blank: any), newest first, at most {@code limit}: what a showcase's
     * organiser chooses its entries from.
     */
    List<Initiative> inScope(long officeId, String text, int limit);
}
