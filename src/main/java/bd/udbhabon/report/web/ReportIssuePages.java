package bd.udbhabon.report.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.document.Recipients;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.IssueConfirmation;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.report.internal.AnnualReport;
import bd.udbhabon.report.internal.ReportIssuing;
import bd.udbhabon.report.internal.ReportPaper;
import bd.udbhabon.report.internal.AnnualReportService;
import bd.udbhabon.report.internal.ReportWorkflow;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * Issuing the approved annual report as an official paper, as the plan and the minutes are issued: the form (memo file,
 * which may be opened here, date, signatory, copies), then the confirmation naming the number the paper will take, with
 * its preview; only a POST confirming that number issues it. Issuing twice is refused with a clear message.
 */
@Controller
class ReportIssuePages {

    private static final List<String> SHOWN = List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation", "signatoryPhone",
            "signatoryEmail", "copies", "fileNumber", "subject", "nextSerial");

    private final AnnualReportService reports;
    private final ReportIssuing issuing;
    private final OfficialPapers papers;
    private final OfficeDirectory offices;
    private final MemoNumbering numbering;

    ReportIssuePages(AnnualReportService reports, ReportIssuing issuing, OfficialPapers papers, OfficeDirectory offices, MemoNumbering numbering) {
        this.reports = reports;
        this.issuing = issuing;
        this.papers = papers;
        this.offices = offices;
        this.numbering = numbering;
    }

    @GetMapping("/offices/{officeId}/reports/{year}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String form(@PathVariable long officeId, @PathVariable String year, Model model) {
        FiscalYear fiscalYear = AnnualReportPages.year(year);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("issuedOn", Dhaka.today().toString());
        papers.lastSignatory(officeId, "annual-report:").or(() -> papers.lastSignatory(officeId, "plan:")).ifPresent(s -> {
            form.put("signatoryName", s.nameBn());
            form.put("signatoryDesignation", s.designationBn());
            form.put("signatoryPhone", s.phone());
            form.put("signatoryEmail", s.email());
        });
        return page(officeId, fiscalYear, form, new FormErrors(), new FormErrors(), null, model);
    }

    @PostMapping("/offices/{officeId}/reports/{year}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String issue(@PathVariable long officeId, @PathVariable String year, @Valid @ModelAttribute ReportIssueForm form,
                 BindingResult binding, Model model) {
        FiscalYear fiscalYear = AnnualReportPages.year(year);
        Map<String, String> typed = Forms.typed(form, binding);
        if (IssueConfirmation.back(form.back())) {
            return page(officeId, fiscalYear, typed, new FormErrors(), new FormErrors(), null, model);
        }
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "report.issue.error.issuedOn"));
        return Forms.saveOrShow(errors, () -> {
            ReportIssuing.Input input = input(form);
            return IssueConfirmation.issueOnceConfirmed(form.confirmed(), () -> issuing.next(officeId, fiscalYear, input), memo -> {
                issuing.issue(officeId, fiscalYear, input, memo);
                return "redirect:" + AnnualReportPages.base(officeId, fiscalYear) + "?issued";
            }, (memo, changed) -> page(officeId, fiscalYear, typed, new FormErrors(), new FormErrors(),
                    IssueConfirmation.of(memo, AnnualReportPages.base(officeId, fiscalYear) + "/issue", typed, ReportIssueForm.FIELDS, changed), model));
        }, refused -> page(officeId, fiscalYear, typed, refused, new FormErrors(), null, model));
    }

    /** The report's paper exactly as it would be issued now (the file's next number), shown and not kept. */
    @PostMapping("/offices/{officeId}/reports/{year}/issue/preview")
    @OfficeAccess(Permission.WRITE_RECORDS)
    ResponseEntity<byte[]> preview(@PathVariable long officeId, @PathVariable String year, @Valid @ModelAttribute ReportIssueForm form,
                                   BindingResult binding) {
        FiscalYear fiscalYear = AnnualReportPages.year(year);
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "report.issue.error.issuedOn"));
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return IssueConfirmation.preview(issuing.preview(officeId, fiscalYear, input(form)), "বার্ষিক-প্রতিবেদন-পূর্বরূপ.pdf");
    }

    /** Opens a memo file of the office from the issue page, and selects it. */
    @PostMapping("/offices/{officeId}/reports/{year}/issue/file")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String openFile(@PathVariable long officeId, @PathVariable String year, @Valid @ModelAttribute ReportIssueForm form,
                    BindingResult binding, Model model) {
        FiscalYear fiscalYear = AnnualReportPages.year(year);
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors fileErrors = Forms.errors(binding);
        if (fileErrors.has("subject")) {
            return page(officeId, fiscalYear, typed, new FormErrors(), fileErrors, null, model);
        }
        MemoNumbering.Opened opened = numbering.openFrom(officeId, typed);
        return page(officeId, fiscalYear, opened.selectedIn(typed), new FormErrors(), opened.errors(), null, model);
    }

    private static ReportIssuing.Input input(ReportIssueForm form) {
        long file;
        try {
            file = form.memoFile() == null ? 0 : Long.parseLong(form.memoFile().strip());
        } catch (NumberFormatException e) {
            file = -1;
        }
        List<String> copies = Recipients.mendAll(Arrays.stream(nz(form.copies()).split("\\R"))
                .map(c -> c.replaceFirst("^\\s*\\(?[০-৯0-9]+[।.)]\\s*", "")).map(Inputs::clean)
                .filter(c -> c != null && !c.isEmpty()).toList());
        return new ReportIssuing.Input(file, new ReportPaper.Issue(form.issuedOn(), Inputs.clean(form.signatoryName()),
                Inputs.clean(form.signatoryDesignation()), Inputs.clean(form.signatoryPhone()), Inputs.clean(form.signatoryEmail()), copies));
    }

    private String page(long officeId, FiscalYear year, Map<String, String> form, FormErrors errors, FormErrors fileErrors,
                        IssueConfirmation confirmation, Model model) {
        AnnualReport report = reports.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        // an issued report, or one not approved yet, has no issue form: the workflow's own message says why
        ReportWorkflow.next(report.status(), ReportWorkflow.Step.ISSUE);
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : SHOWN) {
            values.put(field, nz(form.get(field)));
        }
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("report", report);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("files", numbering.files(officeId));
        model.addAttribute("confirmation", confirmation);
        model.addAttribute("today", Dhaka.today());
        return "report/issue";
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
