package bd.udbhabon.plan;

import bd.udbhabon.bangla.FiscalYear;
import java.util.Optional;

/** The offices' action plans, read. */
public interface Plans {

    /** The office's plan for the year, with its latest version. */
    Optional<ActionPlan> find(long officeId, FiscalYear year);

    Optional<ActionPlan> plan(long planId);
}
