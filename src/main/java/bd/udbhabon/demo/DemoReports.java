package bd.udbhabon.demo;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.report.AnnualReports;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Issue 16, point 1: the Ministry of Women and Children Affairs' annual report of 2023-24 drafted from what the demo
 * put in its records (the action plan and its first quarter, seed 004), as its "draft" button does; left a draft for
 * the ministry's team to edit, approve and issue.
 */
@Component
@ConditionalOnProperty(name = "udbhabon.demo", havingValue = "true")
class DemoReports {

    static final FiscalYear YEAR = new FiscalYear(2023);

    private final AnnualReports reports;

    DemoReports(AnnualReports reports) {
        this.reports = reports;
    }

    void load(long mowca) {
        reports.draft(mowca, YEAR);
    }
}
