package bd.udbhabon.initiative;

import bd.udbhabon.access.Permission;
import java.util.List;
import java.util.Objects;

/**
 * What a part of issue 15 offers on an initiative's page ({@code /offices/{o}/initiatives/{id}}): links to
 * its own pages for that initiative (its TCV, its field visits, "adopt this in my office"). Each part
 * declares one bean of this type in its web package; the initiative page shows every bean's links that the
 * current user may follow, smallest order first, and names no part itself. Orders: TCV 100, visits 200,
 * services 300, adopt 400, showcasing 500, trainings 600.
 */
public interface InitiativePageLinks {

    /** The links for {@code initiative}, whoever is asking: the page drops those the user may not follow. */
    List<Link> links(Initiative initiative);

    /**
     * @param href     the address
     * @param titleKey the message key of its text (in the contributing module's bundle)
     * @param testId   its {@code data-testid}
     * @param needs    the permission the current user must hold on {@code onOffice}; null: anyone who may read the initiative
     * @param onOffice the office the permission is checked on (the initiative's, usually)
     */
    record Link(int order, String href, String titleKey, String testId, Permission needs, long onOffice) {

        public Link {
            Objects.requireNonNull(href);
            Objects.requireNonNull(titleKey);
        }
    }
}
