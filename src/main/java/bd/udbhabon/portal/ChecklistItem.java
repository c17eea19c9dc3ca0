package bd.udbhabon.portal;

import bd.udbhabon.bangla.Bilingual;
import bd.udbhabon.bangla.FiscalYear;

/**
 * One item of the web-portal checklist (the innovation corner sub-menu, the team order, the citizen charter…), asked
 * of every office from the fiscal year {@code from} until {@code until} (null: still asked).
 */
public record ChecklistItem(long id, String nameBn, String nameEn, int position, FiscalYear from, FiscalYear until)
        implements Bilingual {

    /** Whether the item is on {@code year}'s checklist. */
    public boolean askedIn(FiscalYear year) {
        return from.compareTo(year) <= 0 && (until == null || until.compareTo(year) >= 0);
    }
}
