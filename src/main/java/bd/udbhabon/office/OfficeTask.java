package bd.udbhabon.office;

import bd.udbhabon.access.Permission;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One line of a start page: what is waiting, how many, and the page where it is done.
 *
 * @param titleKey  the message key of its text (in the contributing module's bundle), given the count
 *                  as {0} and the day as {1}, each in the page's digits
 * @param count     how many (1 for a single paper)
 * @param day       the day it concerns (a meeting's, a period's end), or null
 * @param detailBn  a line under it in Bangla (a rule the team fails), or null
 * @param detailEn  the same in English, or null (then the Bangla)
 * @param href      where the work is done
 * @param testId    its {@code data-testid}
 * @param needs     the permission on the office the user must hold to be given it
 */
public record OfficeTask(String titleKey, long count, LocalDate day, String detailBn, String detailEn, String href,
                         String testId, Permission needs) {

    public OfficeTask {
        Objects.requireNonNull(titleKey);
        Objects.requireNonNull(href);
        Objects.requireNonNull(needs);
    }

    /** A task without a detail line. */
    public static OfficeTask of(Permission needs, String titleKey, long count, LocalDate day, String href, String testId) {
        return new OfficeTask(titleKey, count, day, null, null, href, testId, needs);
    }

    public String detail(boolean bangla) {
        return bangla || detailEn == null ? detailBn : detailEn;
    }
}
