package bd.udbhabon.report.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.report.ReportingOffices;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Who owes which report: the offices the {@link ReportingOffices} beans name (those with an innovation team in the year)
 * and every office that started one; and which year's report is the one due by a day.
 */
@Component
class ReportDue {

    private final AnnualReportRepository reports;
    private final List<ReportingOffices> obliging;

    ReportDue(AnnualReportRepository reports, List<ReportingOffices> obliging) {
        this.reports = reports;
        this.obliging = obliging;
    }

    /** Of {@code officeIds} (every office when null), those that owe {@code year}'s report. */
    Set<Long> obliged(FiscalYear year, Collection<Long> officeIds) {
        Set<Long> owe = new HashSet<>();
        for (ReportingOffices source : obliging) {
            owe.addAll(source.obliged(year, officeIds));
        }
        reports.ofYear(year, officeIds).forEach(r -> owe.add(r.officeId()));
        return owe;
    }

    /** The latest year whose report falls due on or before {@code day}: on 31 July 2024 the 2023-24 report, before it 2022-23's. */
    static FiscalYear latestDueBy(LocalDate day) {
        FiscalYear year = FiscalYear.of(day).previous();
        return AnnualReport.dueOn(year).isAfter(day) ? year.previous() : year;
    }
}
