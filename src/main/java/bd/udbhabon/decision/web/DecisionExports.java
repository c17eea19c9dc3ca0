package bd.udbhabon.decision.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** An office's decision register as CSV or XLSX, its columns in the request's language. */
@Controller
class DecisionExports {

    private static final int[] WIDTHS = {6, 30, 12, 30, 60, 40, 12, 14, 12, 30};

    private final OfficeDirectory offices;
    private final Decisions decisions;
    private final MessageSource messages;

    DecisionExports(OfficeDirectory offices, Decisions decisions, MessageSource messages) {
        this.offices = offices;
        this.decisions = decisions;
        this.messages = messages;
    }

    @GetMapping("/offices/{officeId}/decisions.csv")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> csv(@PathVariable long officeId, Locale locale) {
        Office office = offices.require(officeId);
        Export export = new Export(new Ui(locale, messages, ""));
        List<Decision> all = decisions.ofOffice(officeId, Dhaka.today());
        byte[] body = TableExport.csv(export.headers(), row -> all.forEach(d -> row.accept(export.values(d))));
        return Downloads.attachment(body, TableExport.CSV, export.fileName(office, "csv"));
    }

    @GetMapping("/offices/{officeId}/decisions.xlsx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> xlsx(@PathVariable long officeId, Locale locale) {
        Office office = offices.require(officeId);
        Export export = new Export(new Ui(locale, messages, ""));
        List<Decision> all = decisions.ofOffice(officeId, Dhaka.today());
        byte[] body = TableExport.xlsx(export.ui.t("decision.sheet"), export.headers(), WIDTHS,
                row -> all.forEach(d -> row.accept(export.values(d))));
        return Downloads.attachment(body, TableExport.XLSX, export.fileName(office, "xlsx"));
    }

    /** The register's columns, in the request's language. */
    private record Export(Ui ui) {

        List<String> headers() {
            return List.of(ui.t("decision.serial"), ui.t("decision.source"), ui.t("decision.takenOn"), ui.t("decision.subject"),
                    ui.t("decision.text"), ui.t("decision.owners"), ui.t("decision.dueOn"), ui.t("decision.status"),
                    ui.t("decision.since"), ui.t("decision.reason"));
        }

        List<Object> values(Decision d) {
            List<Object> values = new ArrayList<>(10);
            values.add(d.id());
            values.add(d.sourceLabelBn());
            values.add(d.takenOn());
            values.add(d.subjectBn());
            values.add(d.textBn());
            values.add(d.owners().stream().map(Owner::labelBn).collect(Collectors.joining("; ")));
            values.add(d.dueOn());
            values.add(d.status().name(ui.bangla()) + (d.overdue() ? " (" + ui.t("decision.overdue") + ")" : ""));
            values.add(d.statusSince());
            values.add(d.reason());
            return values;
        }

        String fileName(Office office, String extension) {
            return ui.t("decision.fileName", office.place(ui.bangla()).replace(' ', '-'), Dhaka.today().toString()) + "." + extension;
        }
    }

}
