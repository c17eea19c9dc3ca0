package bd.udbhabon.report.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.corner.CornerFragment;
import bd.udbhabon.corner.CornerSection;
import bd.udbhabon.office.Office;
import bd.udbhabon.report.internal.ReportIssuing;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The office's issued annual reports on its public corner (duty ৫: "নিজ ওয়েবসাইটে প্রকাশ"): per fiscal year its
 * memo number and date, late ones marked, the PDF and DOCX as issued, for anyone; a draft never shows.
 */
@Controller
class ReportsOnTheCorner implements CornerSection {

    private final ReportIssuing issuing;

    ReportsOnTheCorner(ReportIssuing issuing) {
        this.issuing = issuing;
    }

    @Override
    public int order() {
        return 260;
    }

    @Override
    public Optional<CornerFragment> show(Office office, LocalDate today) {
        List<ReportIssuing.Issued> reports = issuing.published(office.id());
        return reports.isEmpty() ? Optional.empty() : Optional.of(CornerFragment.of("report/corner-section", "reports", reports));
    }

    @GetMapping("/corner/{officeId}/reports/{year}/report.pdf")
    @PublicAccess
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable String year) {
        return AnnualReportPages.download(issuing, officeId, AnnualReportPages.year(year), true);
    }

    @GetMapping("/corner/{officeId}/reports/{year}/report.docx")
    @PublicAccess
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable String year) {
        return AnnualReportPages.download(issuing, officeId, AnnualReportPages.year(year), false);
    }
}
