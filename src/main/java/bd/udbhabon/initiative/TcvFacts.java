package bd.udbhabon.initiative;

import bd.udbhabon.office.OfficeLevel;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The process before and after and the citizen's time, cost and visits (issue 15, point 2), for the other
 * parts' pages and roll-ups. Totals count every measured initiative that is not stopped (a stopped one
 * saves no one anything any more), over an office's scope ({@code office_scope}: the office and every
 * office below it in either hierarchy).
 */
public interface TcvFacts {

    /** The initiative's TCV, if it was measured. */
    Optional<Tcv> tcv(long initiativeId);

    /** The process's steps, before then after, each in its order. */
    List<ProcessStep> process(long initiativeId);

    /** The office's and its subtree's savings: the office's, the district's, the division's, the ministry's total. */
    TcvTotals totals(long officeId);

    /** The subtree's savings split by the level of the office each initiative belongs to (levels with none left out). */
    Map<OfficeLevel, TcvTotals> totalsByLevel(long officeId);

    /** For each office directly below {@code officeId}, that office's subtree's savings (those with none left out). */
    Map<Long, TcvTotals> totalsBelow(long officeId);

    /** The country's savings: every office's measured initiatives. */
    TcvTotals country();
}
