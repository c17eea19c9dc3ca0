package bd.udbhabon.report.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.report.internal.AnnualReport;
import bd.udbhabon.report.internal.ReportIssuing;
import bd.udbhabon.report.internal.AnnualReportService;
import bd.udbhabon.report.internal.ReportWorkflow;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The annual report's pages (issue 16, point 1): the office's reports by year and the one due now with its countdown to
 * 31 July; a report with its sections (the text beside the figures it rests on, and its chart), each section's text
 * edited in Bangla while a draft, the figures drafted again, approved and the approval taken back; its paper once issued.
 */
@Controller
class AnnualReportPages {

    private final AnnualReportService reports;
    private final ReportIssuing issuing;
    private final OfficeDirectory offices;

    AnnualReportPages(AnnualReportService reports, ReportIssuing issuing, OfficeDirectory offices) {
        this.reports = reports;
        this.issuing = issuing;
        this.offices = offices;
    }

    /** A section's text as typed: kept as typed when refused (V57: at most 20,000 characters, checked by the service). */
    record SectionForm(String textBn) {
    }

    @GetMapping("/offices/{officeId}/reports")
    @OfficeAccess(Permission.READ_RECORDS)
    String list(@PathVariable long officeId, Model model) {
        FiscalYear due = AnnualReportService.due(Dhaka.today());
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("reports", reports.all(officeId));
        model.addAttribute("due", due);
        model.addAttribute("dueReport", reports.find(officeId, due).orElse(null));
        model.addAttribute("mayDraft", reports.may(ReportWorkflow.Step.EDIT, officeId));
        model.addAttribute("today", Dhaka.today());
        return "report/reports";
    }

    @PostMapping("/offices/{officeId}/reports/{year}/draft")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String draft(@PathVariable long officeId, @PathVariable String year) {
        FiscalYear fiscalYear = year(year);
        reports.draft(officeId, fiscalYear);
        return "redirect:" + base(officeId, fiscalYear) + "?drafted";
    }

    @GetMapping("/offices/{officeId}/reports/{year}")
    @OfficeAccess(Permission.READ_RECORDS)
    String report(@PathVariable long officeId, @PathVariable String year, Model model) {
        return page(officeId, year(year), null, null, new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/reports/{year}/sections/{key}")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String edit(@PathVariable long officeId, @PathVariable String year, @PathVariable String key,
                @Valid @ModelAttribute SectionForm form, BindingResult binding, Model model) {
        FiscalYear fiscalYear = year(year);
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            reports.edit(officeId, fiscalYear, key, form.textBn());
            return "redirect:" + base(officeId, fiscalYear) + "?saved#section-" + key;
        }, refused -> page(officeId, fiscalYear, key, form.textBn(), refused, model));
    }

    @PostMapping("/offices/{officeId}/reports/{year}/redraft")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String redraft(@PathVariable long officeId, @PathVariable String year) {
        FiscalYear fiscalYear = year(year);
        reports.redraft(officeId, fiscalYear);
        return "redirect:" + base(officeId, fiscalYear) + "?redrafted";
    }

    @PostMapping("/offices/{officeId}/reports/{year}/approve")
    @OfficeAccess(Permission.SUBMIT_PLAN_REPORTS)
    String approve(@PathVariable long officeId, @PathVariable String year) {
        FiscalYear fiscalYear = year(year);
        reports.approve(officeId, fiscalYear);
        return "redirect:" + base(officeId, fiscalYear) + "?approved";
    }

    @PostMapping("/offices/{officeId}/reports/{year}/reopen")
    @OfficeAccess(Permission.SUBMIT_PLAN_REPORTS)
    String reopen(@PathVariable long officeId, @PathVariable String year) {
        FiscalYear fiscalYear = year(year);
        reports.reopen(officeId, fiscalYear);
        return "redirect:" + base(officeId, fiscalYear) + "?reopened";
    }

    @GetMapping("/offices/{officeId}/reports/{year}/report.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable String year) {
        return download(issuing, officeId, year(year), true);
    }

    @GetMapping("/offices/{officeId}/reports/{year}/report.docx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable String year) {
        return download(issuing, officeId, year(year), false);
    }

    /** The issued report's paper, named "বার্ষিক-প্রতিবেদন-২০২৩-২৪.pdf"; 404 unless issued. */
    static ResponseEntity<byte[]> download(ReportIssuing issuing, long officeId, FiscalYear year, boolean pdf) {
        byte[] bytes = issuing.paper(officeId, year, pdf).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        String name = "বার্ষিক-প্রতিবেদন-" + BanglaDigits.toBangla(year.shortLabelLatin()) + (pdf ? ".pdf" : ".docx");
        return Downloads.attachment(bytes, pdf ? MediaType.APPLICATION_PDF : Downloads.DOCX, name);
    }

    private String page(long officeId, FiscalYear year, String editedKey, String typed, FormErrors errors, Model model) {
        AnnualReport report = reports.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("report", report);
        model.addAttribute("today", Dhaka.today());
        model.addAttribute("editedKey", editedKey);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("mayEdit", reports.may(ReportWorkflow.Step.EDIT, officeId)
                && ReportWorkflow.allows(report.status(), ReportWorkflow.Step.EDIT));
        model.addAttribute("mayApprove", reports.may(ReportWorkflow.Step.APPROVE, officeId)
                && ReportWorkflow.allows(report.status(), ReportWorkflow.Step.APPROVE));
        model.addAttribute("mayReopen", reports.may(ReportWorkflow.Step.REOPEN, officeId)
                && ReportWorkflow.allows(report.status(), ReportWorkflow.Step.REOPEN));
        model.addAttribute("mayIssue", reports.may(ReportWorkflow.Step.ISSUE, officeId)
                && ReportWorkflow.allows(report.status(), ReportWorkflow.Step.ISSUE));
        return "report/report";
    }

    static FiscalYear year(String year) {
        try {
            return FiscalYear.parse(year);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.notFound("error.notFound");
        }
    }

    static String base(long officeId, FiscalYear year) {
        return "/offices/" + officeId + "/reports/" + year.shortLabelLatin();
    }

}
