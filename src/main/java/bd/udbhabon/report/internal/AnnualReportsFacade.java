package bd.udbhabon.report.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.report.AnnualReports;
import org.springframework.stereotype.Component;

/** {@link AnnualReports} over {@link AnnualReportService}, with the same checks. */
@Component
class AnnualReportsFacade implements AnnualReports {

    private final AnnualReportService reports;

    AnnualReportsFacade(AnnualReportService reports) {
        this.reports = reports;
    }

    @Override
    public long draft(long officeId, FiscalYear year) {
        return reports.draft(officeId, year).id();
    }
}
