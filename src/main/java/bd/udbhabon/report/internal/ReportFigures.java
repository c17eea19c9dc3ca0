package bd.udbhabon.report.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.supervision.OfficeFigures;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * The annual reports on the supervision dashboards: for a fiscal year's dashboard, the report of the year before (due
 * 31 July, the year's first month), as quarter 0 of the year: of the offices that owe it, how many issued it on time,
 * late, and how many have not (missing only once its due day has passed).
 */
@Component
class ReportFigures implements OfficeFigures {

    static final String ON_TIME = "report.onTime";
    static final String LATE = "report.late";
    static final String MISSING = "report.missing";

    private final AnnualReportRepository reports;
    private final ReportDue due;

    ReportFigures(AnnualReportRepository reports, ReportDue due) {
        this.reports = reports;
        this.due = due;
    }

    @Override
    public List<Measure> measures() {
        return List.of(new Measure(ON_TIME, "বার্ষিক প্রতিবেদন সময়মতো জারি", "Annual reports issued on time", true),
                new Measure(LATE, "বার্ষিক প্রতিবেদন বিলম্বে জারি", "Annual reports issued late", true),
                new Measure(MISSING, "বার্ষিক প্রতিবেদন জারি হয়নি", "Annual reports missing", true));
    }

    @Override
    public Set<String> recordTypes() {
        return Set.of("annual-report", "team-order");
    }

    @Override
    public List<Figure> figures(FiscalYear year, Collection<Long> officeIds, LocalDate asOf) {
        FiscalYear reported = year.previous();
        Set<Long> owe = due.obliged(reported, officeIds);
        Map<Long, AnnualReport> byOffice = reports.ofYear(reported, officeIds).stream()
                .collect(Collectors.toMap(AnnualReport::officeId, Function.identity()));
        boolean pastDue = asOf.isAfter(AnnualReport.dueOn(reported));
        List<Figure> figures = new ArrayList<>();
        for (long officeId : owe) {
            AnnualReport report = byOffice.get(officeId);
            boolean issued = report != null && report.status() == AnnualReport.Status.ISSUED
                    && !report.issuedOn().isAfter(asOf);
            boolean late = issued && report.late();
            figures.add(new Figure(officeId, 0, ON_TIME, issued && !late ? 1 : 0, 1));
            figures.add(new Figure(officeId, 0, LATE, late ? 1 : 0, 1));
            figures.add(new Figure(officeId, 0, MISSING, !issued && pastDue ? 1 : 0, 1));
        }
        return figures;
    }
}
