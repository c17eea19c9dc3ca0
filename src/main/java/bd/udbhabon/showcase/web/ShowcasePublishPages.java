package bd.udbhabon.showcase.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.document.Recipients;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.paper.IssueConfirmation;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.ShowcaseStatus;
import bd.udbhabon.showcase.internal.ShowcasePaper;
import bd.udbhabon.showcase.internal.ShowcasePublishing;
import bd.udbhabon.showcase.internal.ShowcaseResults;
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
 * Publishing a showcase's result as an official paper, as the plan and the minutes are issued: the form (memo
 * file, which may be opened here, date, signatory, copies), then the confirmation naming the number the paper will
 * take, with its preview; only a POST confirming that number issues it and publishes the showcase. The result's
 * PDF and DOCX for whoever reads the office's records (and on the corner, for anyone).
 */
@Controller
class ShowcasePublishPages {

    private static final List<String> SHOWN = List.of("memoFile", "issuedOn", "signatoryName", "signatoryDesignation", "signatoryPhone",
            "signatoryEmail", "copies", "fileNumber", "subject", "nextSerial");
    private static final Map<String, String> UNREADABLE = Map.of("issuedOn", "showcase.issue.error.issuedOn");

    private final ShowcasePublishing publishing;
    private final ShowcaseResults results;
    private final OfficialPapers papers;
    private final MemoNumbering numbering;

    ShowcasePublishPages(ShowcasePublishing publishing, ShowcaseResults results, OfficialPapers papers, MemoNumbering numbering) {
        this.publishing = publishing;
        this.results = results;
        this.papers = papers;
        this.numbering = numbering;
    }

    @GetMapping("/offices/{officeId}/showcases/{showcaseId}/publish")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String form(@PathVariable long officeId, @PathVariable long showcaseId, Model model) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("issuedOn", Dhaka.today().toString());
        // started with the office's usual signatory of its showcase results
        papers.lastSignatory(officeId, "showcase:").ifPresent(s -> {
            form.put("signatoryName", s.nameBn());
            form.put("signatoryDesignation", s.designationBn());
            form.put("signatoryPhone", s.phone());
            form.put("signatoryEmail", s.email());
        });
        return page(officeId, showcaseId, form, new FormErrors(), new FormErrors(), null, model);
    }

    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/publish")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String publish(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute PublishForm form,
                   BindingResult binding, Model model) {
        Map<String, String> typed = Forms.typed(form, binding);
        if (IssueConfirmation.back(form.back())) {
            return page(officeId, showcaseId, typed, new FormErrors(), new FormErrors(), null, model);
        }
        return Forms.saveOrShow(Forms.errors(binding, UNREADABLE), () -> {
            ShowcasePublishing.Input input = input(form);
            return IssueConfirmation.issueOnceConfirmed(form.confirmed(), () -> publishing.next(officeId, showcaseId, input), memo -> {
                publishing.publish(officeId, showcaseId, input, memo);
                return "redirect:/offices/" + officeId + "/showcases/" + showcaseId + "?published";
            }, (memo, changed) -> page(officeId, showcaseId, typed, new FormErrors(), new FormErrors(),
                    IssueConfirmation.of(memo, base(officeId, showcaseId) + "/publish", typed, PublishForm.FIELDS, changed), model));
        }, refused -> page(officeId, showcaseId, typed, refused, new FormErrors(), null, model));
    }

    /** The result paper exactly as it would be issued now (the file's next number), shown and not kept. */
    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/publish/preview")
    @OfficeAccess(Permission.WRITE_RECORDS)
    ResponseEntity<byte[]> preview(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute PublishForm form,
                                   BindingResult binding) {
        FormErrors errors = Forms.errors(binding, UNREADABLE);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        return IssueConfirmation.preview(publishing.preview(officeId, showcaseId, input(form)), "শোকেসিং-ফলাফল-পূর্বরূপ.pdf");
    }

    /** Opens a memo file of the office from the publish page, and selects it. */
    @PostMapping("/offices/{officeId}/showcases/{showcaseId}/publish/file")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String openFile(@PathVariable long officeId, @PathVariable long showcaseId, @Valid @ModelAttribute PublishForm form,
                    BindingResult binding, Model model) {
        results.view(officeId, showcaseId); // 404 for another office's showcase before any file is opened
        Map<String, String> typed = Forms.typed(form, binding);
        FormErrors fileErrors = Forms.errors(binding);
        if (fileErrors.has("subject")) {
            return page(officeId, showcaseId, typed, new FormErrors(), fileErrors, null, model);
        }
        MemoNumbering.Opened opened = numbering.openFrom(officeId, typed);
        return page(officeId, showcaseId, opened.selectedIn(typed), new FormErrors(), opened.errors(), null, model);
    }

    @GetMapping("/offices/{officeId}/showcases/{showcaseId}/result.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable long showcaseId) {
        return download(publishing, officeId, showcaseId, true);
    }

    @GetMapping("/offices/{officeId}/showcases/{showcaseId}/result.docx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> docx(@PathVariable long officeId, @PathVariable long showcaseId) {
        return download(publishing, officeId, showcaseId, false);
    }

    /** The published result as issued, named "শোকেসিং-ফলাফল.pdf"; 404 unless the office's showcase is published. */
    static ResponseEntity<byte[]> download(ShowcasePublishing publishing, long officeId, long showcaseId, boolean pdf) {
        byte[] bytes = publishing.paper(officeId, showcaseId, pdf).orElseThrow(() -> UserFacingException.notFound("showcase.error.notFound"));
        return Downloads.attachment(bytes, pdf ? MediaType.APPLICATION_PDF : Downloads.DOCX, "শোকেসিং-ফলাফল" + (pdf ? ".pdf" : ".docx"));
    }

    private static ShowcasePublishing.Input input(PublishForm form) {
        long file;
        try {
            file = form.memoFile() == null ? 0 : Long.parseLong(form.memoFile().strip());
        } catch (NumberFormatException e) {
            file = -1;
        }
        List<String> copies = Recipients.mendAll(Arrays.stream(nz(form.copies()).split("\\R"))
                .map(c -> c.replaceFirst("^\\s*\\(?[০-৯0-9]+[।.)]\\s*", "")).map(Inputs::clean)
                .filter(c -> c != null && !c.isEmpty()).toList());
        return new ShowcasePublishing.Input(file, new ShowcasePaper.Issue(form.issuedOn(), Inputs.clean(form.signatoryName()),
                Inputs.clean(form.signatoryDesignation()), Inputs.clean(form.signatoryPhone()), Inputs.clean(form.signatoryEmail()), copies));
    }

    private String page(long officeId, long showcaseId, Map<String, String> form, FormErrors errors, FormErrors fileErrors,
                        IssueConfirmation confirmation, Model model) {
        ShowcaseResults.View view = results.view(officeId, showcaseId);
        if (view.showcase().status() != ShowcaseStatus.SCORING) {
            throw UserFacingException.badRequest(view.showcase().status() == ShowcaseStatus.PUBLISHED
                    ? "showcase.error.published" : "showcase.error.notScoring");
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (String field : SHOWN) {
            values.put(field, nz(form.get(field)));
        }
        model.addAttribute("view", view);
        model.addAttribute("form", values);
        model.addAttribute("errors", errors);
        model.addAttribute("fileErrors", fileErrors);
        model.addAttribute("files", numbering.files(officeId));
        model.addAttribute("confirmation", confirmation);
        return "showcase/publish";
    }

    private static String base(long officeId, long showcaseId) {
        return "/offices/" + officeId + "/showcases/" + showcaseId;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
