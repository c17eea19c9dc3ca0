package bd.udbhabon.report.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issuing an approved annual report as an official paper, the way every paper is issued ({@link OfficialPapers}: the
 * memo file, the date, the signatory; the number confirmed first, the preview exactly the paper), subject
 * "annual-report:{id}". Issuing is sending it to the Cabinet Division: the inbox takes it from {@code paper.PaperIssued};
 * the corner publishes it. Once: the workflow refuses a second issue with a clear message, the row lock orders two at once.
 */
@Component
public class ReportIssuing {

    static final OfficialPapers.IssueMessages MESSAGES = new OfficialPapers.IssueMessages("report.issue.error.memoFile",
            "report.issue.error.issuedOn", "report.issue.error.signatoryName", "report.issue.error.signatoryDesignation");

    /** What the issue form supplies. */
    public record Input(long memoFileId, ReportPaper.Issue paper) {
    }

    /** An issued report as the corner and the pages list it. */
    public record Issued(long officeId, FiscalYear year, long paperId, String memoNumber, java.time.LocalDate issuedOn, boolean late) {
    }

    private record Checked(Office office, AnnualReport report, OfficialPapers.Issue issue) {
    }

    private final AnnualReportRepository reports;
    private final AnnualReportService service;
    private final OfficialPapers papers;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final AuditLog audit;

    ReportIssuing(AnnualReportRepository reports, AnnualReportService service, OfficialPapers papers, OfficeDirectory offices,
                  AccessPolicy access, AuditLog audit) {
        this.reports = reports;
        this.service = service;
        this.papers = papers;
        this.offices = offices;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public String next(long officeId, FiscalYear year, Input input) {
        Checked c = check(officeId, year, input);
        return papers.next(officeId, c.issue()).formatLatin();
    }

    @Transactional(readOnly = true)
    public byte[] preview(long officeId, FiscalYear year, Input input) {
        Checked c = check(officeId, year, input);
        return papers.preview(officeId, c.issue(), memo -> ReportPaper.document(c.office(), c.report(), memo, input.paper()));
    }

    /** Issues the approved report under the number confirmed ({@code confirmed} null: whatever comes). */
    @Transactional
    public Issued issue(long officeId, FiscalYear year, Input input, String confirmed) {
        reports.lock(officeId, year);
        Checked c = check(officeId, year, input);
        AnnualReport report = c.report();
        OfficialPapers.IssuedPaper paper = papers.issue(officeId, c.issue(), "annual-report:" + report.id(), confirmed,
                memo -> ReportPaper.document(c.office(), report, memo, input.paper()));
        reports.issued(report.id(), paper.id(), paper.issuedOn());
        boolean late = paper.issuedOn().isAfter(report.dueOn());
        audit.record(new AuditEvent(access.actor(), "annual-report.issued", "annual-report", Long.toString(report.id()), officeId,
                Map.of("status", report.status().name()),
                Map.of("status", "ISSUED", "paperId", paper.id(), "memoNumber", paper.memoNumber().formatLatin(),
                        "issuedOn", paper.issuedOn().toString(), "late", late)));
        return new Issued(officeId, year, paper.id(), paper.memoNumber().format(), paper.issuedOn(), late);
    }

    /** The office's issued reports, latest year first. */
    @Transactional(readOnly = true)
    public List<Issued> published(long officeId) {
        return reports.issued(officeId).stream().map(r -> papers.find(r.paperId()).map(p -> new Issued(officeId, r.year(), p.id(),
                p.memoNumber().format(), p.issuedOn(), r.late()))).flatMap(Optional::stream).toList();
    }

    /** The issued report's paper: {@code pdf} true for the PDF, else the DOCX; empty unless issued. */
    @Transactional(readOnly = true)
    public Optional<byte[]> paper(long officeId, FiscalYear year, boolean pdf) {
        return reports.find(officeId, year).filter(r -> r.paperId() != null).flatMap(r -> pdf ? papers.pdf(r.paperId()) : papers.docx(r.paperId()));
    }

    private Checked check(long officeId, FiscalYear year, Input input) {
        service.need(ReportWorkflow.Step.ISSUE, officeId);
        AnnualReport report = reports.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        ReportWorkflow.next(report.status(), ReportWorkflow.Step.ISSUE);
        ReportPaper.Issue paper = input.paper();
        OfficialPapers.Issue issue = new OfficialPapers.Issue(input.memoFileId(), paper.issuedOn(),
                new OfficialPapers.Signatory(paper.signatoryNameBn(), paper.signatoryDesignationBn(), paper.phone(), paper.email()));
        FormErrors errors = new FormErrors();
        papers.check(officeId, issue, MESSAGES, errors);
        if (!errors.has("issuedOn")) {
            if (paper.issuedOn().isBefore(report.approvedOn())) {
                errors.add("issuedOn", "report.issue.error.beforeApproval");
            } else if (paper.issuedOn().isAfter(Dhaka.today())) {
                errors.add("issuedOn", "report.issue.error.future");
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return new Checked(offices.require(officeId), report, issue);
    }
}
