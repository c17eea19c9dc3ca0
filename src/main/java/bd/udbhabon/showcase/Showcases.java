package bd.udbhabon.showcase;

import java.util.List;
import java.util.Optional;

/** Reading showcases, for the module's pages and those built on it (the demo). */
public interface Showcases {

    Optional<Showcase> find(long showcaseId);

    /** The office's showcases, latest held first. */
    List<Showcase> ofOffice(long officeId);

    /** A showcase an initiative was entered in, and whether it was chosen among the best. */
    record Entered(Showcase showcase, boolean selected) {
    }

    /** The showcases the initiative was entered in (whichever office held them), latest held first. */
    List<Entered> enteredIn(long initiativeId);
}
