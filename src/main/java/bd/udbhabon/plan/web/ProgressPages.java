package bd.udbhabon.plan.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.plan.Scorer;
import bd.udbhabon.plan.TargetColumn;
import bd.udbhabon.plan.internal.ProgressService;
import bd.udbhabon.plan.internal.ProgressSheet;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;

/**
 * A plan's quarterly progress (issue 14, points 3 and 4): per indicator the quarter's achievement, note
 * and evidence, the system's proposal, and the scores to date with the rule in force. The office's
 * readers (its own people, its superiors') read it; its writers save the draft.
 */
@Controller
class ProgressPages {

    private static final String PAGE = "/offices/{officeId}/plans/{year}/progress/{quarter}";

    private final ProgressService progress;
    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final Scorer scorer;

    ProgressPages(ProgressService progress, OfficeDirectory offices, AccessPolicy access, Scorer scorer) {
        this.progress = progress;
        this.offices = offices;
        this.access = access;
        this.scorer = scorer;
    }

    @GetMapping(PAGE)
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @PathVariable String year, @PathVariable String quarter, Locale locale, Model model) {
        FiscalYear fiscalYear = year(year);
        int q = quarter(quarter);
        ProgressSheet sheet = progress.sheet(officeId, fiscalYear, q);
        return show(officeId, sheet, ProgressView.stored(sheet, Ui.isBangla(locale)), new FormErrors(), model);
    }

    @PostMapping(PAGE)
    @OfficeAccess(Permission.WRITE_RECORDS)
    String save(@PathVariable long officeId, @PathVariable String year, @PathVariable String quarter,
                @ModelAttribute("progressForm") ProgressForm form, BindingResult binding, Model model) {
        FiscalYear fiscalYear = year(year);
        int q = quarter(quarter);
        List<ProgressService.Input> inputs = new ArrayList<>();
        for (ProgressForm.Row row : form.rows()) {
            inputs.add(new ProgressService.Input(row.code(), row.achieved(), row.note(), row.overrideReason(), uploads(row.evidence()),
                    row.remove()));
        }
        return Forms.saveOrShow(Forms.errors(binding), () -> {
            progress.save(officeId, fiscalYear, q, inputs);
            return "redirect:/offices/" + officeId + "/plans/" + fiscalYear.shortLabelLatin() + "/progress/" + q;
        }, errors -> {
            ProgressSheet sheet = progress.sheet(officeId, fiscalYear, q);
            return show(officeId, sheet, ProgressView.typed(sheet, form), errors, model);
        });
    }

    @GetMapping(PAGE + "/evidence/{evidenceId}")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> evidence(@PathVariable long officeId, @PathVariable String year, @PathVariable String quarter,
                                    @PathVariable long evidenceId) {
        var file = progress.evidence(officeId, year(year), quarter(quarter), evidenceId);
        return Uploads.download(file.fileName(), file.contentType(), file.bytes());
    }

    private String show(long officeId, ProgressSheet sheet, List<ProgressView.Typed> typed, FormErrors errors, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("sheet", sheet);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("mayWrite", !sheet.locked() && access.allows(Permission.WRITE_RECORDS, officeId));
        model.addAttribute("rule", scorer.rule());
        model.addAttribute("columns", List.of(TargetColumn.values()));
        model.addAttribute("base", "/offices/" + officeId + "/plans/" + sheet.plan().fiscalYear().shortLabelLatin() + "/progress/");
        return "plan/progress";
    }

    private static List<ProgressService.Upload> uploads(List<MultipartFile> files) {
        List<ProgressService.Upload> uploads = new ArrayList<>();
        for (MultipartFile file : files) {
            if (file != null && !file.isEmpty()) {
                try {
                    uploads.add(new ProgressService.Upload(file.getOriginalFilename(), file.getBytes()));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return uploads;
    }

    static FiscalYear year(String text) {
        try {
            return FiscalYear.parse(text);
        } catch (IllegalArgumentException e) {
            throw UserFacingException.notFound("plan.error.fiscalYear", text);
        }
    }

    static int quarter(String text) {
        return switch (text) {
            case "1", "2", "3", "4" -> Integer.parseInt(text);
            default -> throw UserFacingException.notFound("plan.progress.error.quarter");
        };
    }
}
