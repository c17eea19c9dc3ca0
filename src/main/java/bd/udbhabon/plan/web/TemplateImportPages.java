package bd.udbhabon.plan.web;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.TemplateRow;
import bd.udbhabon.plan.internal.TemplateImport;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Uploads;
import java.io.IOException;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * A template from an XLSX or CSV file: every row checked as the form checks it; with any bad row,
 * every one is shown with what is wrong and nothing is written; with none, the template is saved as
 * the year's and level's latest version (a published one is never changed: the next is made).
 */
@Controller
public class TemplateImportPages {

    static final int MAX_IMPORT_BYTES = 2_000_000;

    private final TemplateImport importer;

    TemplateImportPages(TemplateImport importer) {
        this.importer = importer;
    }

    /** The import form's fields besides the file. */
    public record ImportForm(@org.springframework.web.bind.annotation.BindParam("fiscal_year") String fiscalYear, String level,
                      @org.springframework.web.bind.annotation.BindParam("title_bn") String titleBn,
                      @org.springframework.web.bind.annotation.BindParam("title_en") String titleEn,
                      @org.springframework.web.bind.annotation.BindParam("total_weight") String totalWeight,
                      @org.springframework.web.bind.annotation.BindParam("office_rows_allowed") String officeRows) {

        public ImportForm {
            fiscalYear = fiscalYear == null ? "" : fiscalYear;
            level = level == null ? "" : level;
            titleBn = titleBn == null ? "" : titleBn;
            titleEn = titleEn == null ? "" : titleEn;
            totalWeight = totalWeight == null ? "" : totalWeight;
            officeRows = officeRows == null ? "" : officeRows;
        }

        /** The checkbox "offices may add rows of their own" ticked. */
        public boolean allowsOfficeRows() {
            return !officeRows.isBlank();
        }
    }

    @GetMapping("/plan-templates/import")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String form(Model model) {
        return page(new ImportForm(FiscalYear.of(Dhaka.today()).shortLabelLatin(), "", "", "", "", ""), new FormErrors(), null, model);
    }

    /** The header row in Bangla, with a byte order mark so that Excel opens it as UTF-8. */
    @GetMapping("/plan-templates/import/template.csv")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    ResponseEntity<byte[]> csvTemplate() {
        var header = TemplateRow.COLUMNS.stream().map(TemplateRow.Column::headerBn).toList();
        return Downloads.attachment(TableExport.csv(header, row -> { }), TableExport.CSV, "plan-template.csv");
    }

    @PostMapping("/plan-templates/import")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String importFile(@ModelAttribute("importForm") ImportForm form,
                      @RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        FormErrors errors = new FormErrors();
        FiscalYear year = TemplatePages.year(form.fiscalYear(), errors);
        OfficeLevel level = TemplatePages.level(form.level(), errors);
        Uploads.Accepted accepted = null;
        if (file == null || file.isEmpty()) {
            errors.add("file", "plan.import.error.noFile");
        } else if (file.getSize() > MAX_IMPORT_BYTES) {
            errors.add("file", "import.error.size", MAX_IMPORT_BYTES / 1000);
        } else {
            accepted = Uploads.SPREADSHEETS.check(file.getOriginalFilename(), file.getBytes(), "plan-template.csv", "file", errors);
        }
        if (errors.any()) {
            return page(form, errors, null, model);
        }
        var report = importer.importFile(year, level, form.titleBn(), form.titleEn(), form.totalWeight(), form.allowsOfficeRows(), accepted);
        if (report.written()) {
            return "redirect:/plan-templates/" + report.saved().versionId() + "?imported=" + report.rows().size();
        }
        return page(form, report.header(), report, model);
    }

    private String page(ImportForm form, FormErrors errors, TemplateImport.Report report, Model model) {
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("report", report);
        model.addAttribute("levels", TemplatePages.levels());
        model.addAttribute("columns", TemplateRow.COLUMNS);
        return "plan/import";
    }
}
