package bd.udbhabon.office;

import bd.udbhabon.access.Permission;
import java.util.Objects;

/**
 * A link an office's page ({@code /offices/{id}}) shows to a module's page for that office.
 *
 * @param place     where the page shows it
 * @param order     the place among the links of the same place, smallest first
 * @param href      the address, for this office
 * @param titleKey  the message key of its text (in the contributing module's bundle)
 * @param testId    its {@code data-testid}, or null
 * @param needs     the permission on the office the current user must hold to see it; null: everyone
 */
public record OfficePageLink(Place place, int order, String href, String titleKey, String testId, Permission needs) {

    /**
     * A plain line under the office's facts, one of the buttons to the office's daily work (team,
     * meetings, decisions), or one of its administration (people, posts, accounts, import, audit).
     */
    public enum Place { NOTICE, ACTION, ADMIN }

    public OfficePageLink {
        Objects.requireNonNull(place);
        Objects.requireNonNull(href);
        Objects.requireNonNull(titleKey);
    }

    /** A line everyone sees, signed in or not. */
    public static OfficePageLink notice(int order, String href, String titleKey, String testId) {
        return new OfficePageLink(Place.NOTICE, order, href, titleKey, testId, null);
    }

    /** An administration button shown to whoever holds {@code needs} on the office. */
    public static OfficePageLink admin(int order, Permission needs, String href, String titleKey, String testId) {
        return new OfficePageLink(Place.ADMIN, order, href, titleKey, testId, Objects.requireNonNull(needs));
    }

    /** A daily-work button shown to whoever holds {@code needs} on the office. */
    public static OfficePageLink action(int order, Permission needs, String href, String titleKey, String testId) {
        return new OfficePageLink(Place.ACTION, order, href, titleKey, testId, Objects.requireNonNull(needs));
    }
}
