package bd.udbhabon.portal;

import bd.udbhabon.bangla.FiscalYear;
import java.util.List;
import java.util.Map;

/**
 * Portal completeness for other modules and the demo: the checklist of a fiscal year, an office's answers and rates,
 * and filling in a quarter (checked and audited as the form does: every link an http or https address).
 */
public interface PortalChecklist {

    /** The items asked in {@code year}, in order. */
    List<ChecklistItem> items(FiscalYear year);

    /** The office's links of the quarter by item. */
    Map<Long, String> links(long officeId, FiscalYear year, int quarter);

    /** The office's own rate and its offices below's in the quarter. */
    Completeness completeness(long officeId, FiscalYear year, int quarter);

    /**
     * Replaces the office's answers of the quarter: the links by item (a blank one: not done). Refused as a whole,
     * with a field error per bad link ({@code links[i].url}, {@code i} the item's place in {@code links}), when one is
     * not an http(s) address, an item is not on the year's checklist or the quarter has not begun.
     */
    void fill(long officeId, FiscalYear year, int quarter, List<Answer> links);

    /** One item's answer as typed. */
    record Answer(long itemId, String url) {
    }
}
