package bd.udbhabon.report;

import bd.udbhabon.bangla.FiscalYear;
import java.util.Collection;
import java.util.Set;

/**
 * Which offices owe an annual report for a fiscal year: those with an innovation team during it (duty ৫ is the team's).
 * {@code team} declares the bean, from its issued orders; the report names no module. Without a bean, only the offices
 * that started a report are expected.
 */
public interface ReportingOffices {

    /** Of {@code officeIds} (every office when null), those that owe {@code year}'s report. */
    Set<Long> obliged(FiscalYear year, Collection<Long> officeIds);
}
