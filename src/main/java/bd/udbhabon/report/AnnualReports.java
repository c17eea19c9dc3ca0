package bd.udbhabon.report;

import bd.udbhabon.bangla.FiscalYear;

/** The annual report's steps for other modules (the demo), over the pages' service: nothing of its own. */
public interface AnnualReports {

    /** Drafts {@code year}'s report of the office from the modules' sections, as the "draft" button does; its id. */
    long draft(long officeId, FiscalYear year);
}
