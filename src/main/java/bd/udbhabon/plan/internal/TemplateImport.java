package bd.udbhabon.plan.internal;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.plan.TemplateRow;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Uploads;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A template imported from an XLSX or CSV file: every row checked by the template rules, every bad
 * one reported; written (as the latest version, {@link TemplateService#save}) only when every row is
 * good, else nothing is.
 */
@Service
public class TemplateImport {

    private final TemplateService templates;

    TemplateImport(TemplateService templates) {
        this.templates = templates;
    }

    /** A row of the file with its line and what is wrong with it (nothing when it is good). */
    public record ReportRow(int line, TemplateRow row, FormErrors problems) {

        public boolean ok() {
            return !problems.any();
        }
    }

    /**
     * What the import did: the version written (null when nothing was), the header's problems (the
     * file's as a whole under {@code file}, the sums under {@code total_weight}) and every row.
     */
    public record Report(TemplateService.Saved saved, FormErrors header, List<ReportRow> rows) {

        public boolean written() {
            return saved != null;
        }

        public long badRows() {
            return rows.stream().filter(r -> !r.ok()).count();
        }
    }

    @Transactional
    public Report importFile(FiscalYear year, OfficeLevel level, String titleBn, String titleEn, String totalWeight,
                             boolean officeRowsAllowed, Uploads.Accepted file) {
        TemplateFile.Read read = file.kind() == Uploads.Kind.XLSX ? TemplateFile.xlsx(file.bytes()) : TemplateFile.csv(file.bytes());
        if (!read.ok()) {
            return new Report(null, read.problem(), List.of());
        }
        var checked = TemplateRules.check(titleBn, titleEn, totalWeight,
                read.lines().stream().map(TemplateFile.Line::row).toList());
        List<ReportRow> rows = new ArrayList<>();
        for (int i = 0; i < read.lines().size(); i++) {
            rows.add(new ReportRow(read.lines().get(i).line(), read.lines().get(i).row(), checked.rows().get(i)));
        }
        if (!checked.ok()) {
            return new Report(null, checked.header(), rows);
        }
        return new Report(templates.save(year, level, checked.content().withOfficeRowsAllowed(officeRowsAllowed)),
                checked.header(), rows);
    }
}
