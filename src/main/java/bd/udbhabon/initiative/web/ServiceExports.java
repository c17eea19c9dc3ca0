package bd.udbhabon.initiative.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.RegisteredService;
import bd.udbhabon.initiative.internal.ServiceRegister;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The register as CSV and XLSX ({@link TableExport}: formulas neutralised, Bangla in Excel), headers and
 * words in the reader's language, the day of the last check as a date cell, for whoever reads the register.
 */
@Controller
class ServiceExports {

    private final ServiceRegister register;
    private final Initiatives initiatives;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    ServiceExports(ServiceRegister register, Initiatives initiatives, OfficeDirectory offices, MessageSource messages) {
        this.register = register;
        this.initiatives = initiatives;
        this.offices = offices;
        this.messages = messages;
    }

    @GetMapping("/offices/{officeId}/services.csv")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> csv(@PathVariable long officeId, Locale locale) {
        Ui ui = new Ui(locale, messages, "");
        Office office = offices.require(officeId);
        return Downloads.attachment(TableExport.csv(headers(ui), rows(ui, officeId)), TableExport.CSV, fileName(ui, office, "csv"));
    }

    @GetMapping("/offices/{officeId}/services.xlsx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> xlsx(@PathVariable long officeId, Locale locale) {
        Ui ui = new Ui(locale, messages, "");
        Office office = offices.require(officeId);
        return Downloads.attachment(TableExport.xlsx(ui.t("initiative.services.sheet"), headers(ui), new int[]{40, 40, 16, 40, 14, 14, 40},
                rows(ui, officeId)), TableExport.XLSX, fileName(ui, office, "xlsx"));
    }

    private static List<String> headers(Ui ui) {
        return List.of(ui.t("initiative.service.nameBn"), ui.t("initiative.service.nameEn"), ui.t("initiative.service.kind"),
                ui.t("initiative.service.link"), ui.t("initiative.service.state"), ui.t("initiative.service.checkedOn"),
                ui.t("initiative.service.initiative"));
    }

    private TableExport.Rows rows(Ui ui, long officeId) {
        Map<Long, Initiative> byId = initiatives.ofOffice(officeId).stream().collect(Collectors.toMap(Initiative::id, Function.identity()));
        List<RegisteredService> services = register.services(officeId);
        return row -> {
            for (RegisteredService s : services) {
                Initiative from = s.initiativeId() == null ? null : byId.get(s.initiativeId());
                List<Object> values = new ArrayList<>();
                values.add(s.nameBn());
                values.add(s.nameEn());
                values.add(s.kind().name(ui.bangla()));
                values.add(s.link());
                values.add(ui.t(s.running() ? "initiative.service.running" : "initiative.service.notRunning"));
                values.add(s.checkedOn());
                values.add(from == null ? null : from.title(ui.bangla()));
                row.accept(values);
            }
        };
    }

    /** "সেবা-নিবন্ধন-দিনাজপুর.csv". */
    private static String fileName(Ui ui, Office office, String extension) {
        return ui.t("initiative.services.fileName", office.place(ui.bangla()).replace(' ', '-')) + "." + extension;
    }
}
