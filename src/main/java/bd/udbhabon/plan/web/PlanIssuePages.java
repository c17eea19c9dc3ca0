package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.document.Recipients;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.paper.IssueConfirmation;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.plan.ActionPlan;
import bd.udbhabon.plan.Plans;
import bd.udbhabon.plan.internal.PlanIssuing;
import bd.udbhabon.plan.internal.PlanPaperBuilder;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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
 * Issuing the approved plan as an official paper (issue 14, point 2), as the team order and the minutes are issued:
 * the form (memo file, which may be opened here, date, signatory, copies), then the confirmation naming the number the
 * paper will take, with its preview; only a POST confirming that number issues it. The issued versions' PDF and DOCX
 * for whoever reads the office's records.
 */
@Controller
class PlanIssuePages {

    private static final List<String> SHOWN = List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation", "signatoryPhone",
            "signatoryEmail", "copies", "fileNumber", "subject", "nextSerial");

    private final Plans plans;
    private final PlanIssuing issuing;
    private final OfficialPapers papers;
    private final OfficeDirectory offices;
    private final MemoNumbering numbering;

    PlanIssuePages(Plans plans, PlanIssuing issuing, OfficialPapers papers, OfficeDirectory offices, MemoNumbering numbering) {
        this.plans = plans;
        this.issuing = issuing;
        this.papers = papers;
        this.offices = offices;
        this.numbering = numbering;
    }

    @GetMapping("/offices/{officeId}/plans/{year}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String form(@PathVariable long officeId, @PathVariable String year, Model model) {
        FiscalYear fiscalYear = PlanApprovalPages.year(year);
        Map<String, String> form = new LinkedHashMap<>();
        form.put("issuedOn", Dhaka.today().toString());
        // started with the office's usual signatory of its plans, as the minutes' form starts
        papers.lastSignatory(officeId, "plan:").ifPresent(s -> {
            form.put("signatoryName", s.nameBn());
            form.put("signatoryDesignation", s.designationBn());
            form.put("signatoryPhone", s.phone());
            form.put("signatoryEmail", s.email());
        });
        return page(officeId, fiscalYear, form, new FormErrors(), new FormErrors(), null, model);
    }

    @PostMapping("/offices/{officeId}/plans/{year}/issue")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String issue(@PathVariable long officeId, @PathVariable String year, @Valid @ModelAttribute PlanIssueForm form,
                 BindingResult binding, Model model) {
        FiscalYear fiscalYear = PlanApprovalPages.year(year);
        Map<String, String> typed = Forms.typed(form, binding);
        if (IssueConfirmation.back(form.back())) {
            return page(officeId, fiscalYear, typed, new FormErrors(), new FormErrors(), null, model);
        }
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "plan.issue.error.issuedOn"));
        return Forms.saveOrShow(errors, () -> {
            PlanIssuing.Input input = input(form);
            return IssueConfirmation.issueOnceConfirmed(form.confirmed(), () -> issuing.next(officeId, fiscalYear, input), memo -> {
                issuing.issue(officeId, fiscalYear, input, memo);
                return "redirect:/offices/" + officeId + "/plans/" + fiscalYear.shortLabelLatin() + "/approve?issued";
            }, (memo, changed) -> page(officeId, fiscalYear, typed, new FormErrors(), new FormErrors(),
                    IssueConfirmation.of(memo, base(officeId, fiscalYear) + "/issue", typed, PlanIssueForm.FIELDS, changed), model));
        }, refused -> page(officeId, fiscalYear, typed, refused, new FormErrors(), null, model));
    }

    /** The plan paper exactly as it would be issued now (the file's next number), shown and not kept. */
    @PostMapping("/offices/{officeId}/plans/{year}/issue/preview")
    @OfficeAccess(Permission.WRITE_RECORDS)
    ResponseEntity<byte[]> preview(@PathVariable long officeId, @PathVariable String year, @Valid @ModelAttribute PlanIssueForm form,
                                   BindingResult binding) {
        FiscalYear fiscalYear = PlanApprovalPages.year(year);
        FormErrors errors = Forms.errors(binding, Map.of("issuedOn", "plan.issue.error.issuedOn"));
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return IssueConfirmation.preview(issuing.preview(officeId, fiscalYear, input(form)), "কর্মপরিকল্পনা-পূর্বরূপ.pdf");
    }

    /** Opens a memo file of the office from the issue page, and selects it. */
    @PostMapping("/offices/{officeId}/plans/{year}/issue/file")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String openFile(@PathVariable long officeId, @PathVariable String year, @Valid @ModelAttribute PlanIssueForm form,
                    BindingResult binding, Model model) {
        FiscalYear fiscalYear = PlanApprovalPages.year(year);
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors fileErrors = Forms.errors(binding);
        if (fileErrors.has("subject")) {
            return page(officeId, fiscalYear, typed, new FormErrors(), fileErrors, null, model);
        }
        MemoNumbering.Opened opened = numbering.openFrom(officeId, typed);
        return page(officeId, fiscalYear, opened.selectedIn(typed), new FormErrors(), opened.errors(), null, model);
    }

    @GetMapping("/offices/{officeId}/plans/{year}/versions/{version}.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable String year, @PathVariable int version) {
        return download(issuing, officeId, PlanApprovalPages.year(year), version, true);
    }

    @GetMapping("/offices/{officeId}/plans/{year}/versions/{version}.docx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable String year, @PathVariable int version) {
        return download(issuing, officeId, PlanApprovalPages.year(year), version, false);
    }

    /** An issued version's paper as issued, named "কর্মপরিকল্পনা-২০২৩-২৪-সংস্করণ-১.pdf"; 404 for any other. */
    static ResponseEntity<byte[]> download(PlanIssuing issuing, long officeId, FiscalYear year, int version, boolean pdf) {
        byte[] bytes = issuing.paper(officeId, year, version, pdf).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        String name = "কর্মপরিকল্পনা-" + year.shortLabel() + "-সংস্করণ-" + BanglaDigits.toBangla(version) + (pdf ? ".pdf" : ".docx");
        return Downloads.attachment(bytes, pdf ? MediaType.APPLICATION_PDF : Downloads.DOCX, name);
    }

    private static PlanIssuing.Input input(PlanIssueForm form) {
        long file;
        try {
            file = form.memoFile() == null ? 0 : Long.parseLong(form.memoFile().strip());
        } catch (NumberFormatException e) {
            file = -1;
        }
        List<String> copies = Recipients.mendAll(Arrays.stream(nz(form.copies()).split("\\R"))
                .map(c -> c.replaceFirst("^\\s*\\(?[০-৯0-9]+[।.)]\\s*", "")).map(Inputs::clean)
                .filter(c -> c != null && !c.isEmpty()).toList());
        return new PlanIssuing.Input(file, new PlanPaperBuilder.Issue(form.issuedOn(), Inputs.clean(form.signatoryName()),
                Inputs.clean(form.signatoryDesignation()), Inputs.clean(form.signatoryPhone()), Inputs.clean(form.signatoryEmail()), copies));
    }

    private String page(long officeId, FiscalYear year, Map<String, String> form, FormErrors errors, FormErrors fileErrors,
                        IssueConfirmation confirmation, Model model) {
        ActionPlan plan = plans.find(officeId, year).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        if (plan.current().status() != ActionPlan.Status.APPROVED) {
            throw UserFacingException.badRequest(plan.current().status() == ActionPlan.Status.ISSUED
                    ? "plan.error.versionIssued" : "plan.error.notApproved");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : SHOWN) {
            values.put(field, nz(form.get(field)));
        }
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("year", year);
        model.addAttribute("plan", plan);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("files", numbering.files(officeId));
        model.addAttribute("confirmation", confirmation);
        return "plan/issue";
    }

    private static String base(long officeId, FiscalYear year) {
        return "/offices/" + officeId + "/plans/" + year.shortLabelLatin();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
