package bd.udbhabon.team.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.team.ComplianceTally;
import bd.udbhabon.team.Notification;
import bd.udbhabon.team.OfficeCompliance;
import bd.udbhabon.team.Policies;
import bd.udbhabon.team.TeamCompliance;
import bd.udbhabon.team.Verdict;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Whether the teams of an office and every office below it comply with the notification in force:
 * counts per level, the offices directly below with their own standing and their scopes' counts,
 * the offices with one verdict, and the whole scope as CSV or XLSX.
 */
@Controller
class CompliancePages {

    static final int PAGE_SIZE = 100;

    private final OfficeDirectory offices;
    private final TeamCompliance compliance;
    private final Policies policies;
    private final MessageSource messages;

    CompliancePages(OfficeDirectory offices, TeamCompliance compliance, Policies policies, MessageSource messages) {
        this.offices = offices;
        this.compliance = compliance;
        this.policies = policies;
        this.messages = messages;
    }

    @GetMapping("/offices/{officeId}/compliance")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @RequestParam(required = false) String verdict,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Office office = office(officeId);
        Verdict filter = Verdict.parse(verdict);
        Map<OfficeLevel, ComplianceTally> tallies = compliance.tallies(officeId);
        model.addAttribute("office", office);
        model.addAttribute("own", TeamCompliance.COUNTED.contains(office.level())
                ? compliance.office(officeId).orElse(null) : null);
        model.addAttribute("tallies", tallies);
        model.addAttribute("total", tallies.values().stream().reduce(ComplianceTally.NONE, ComplianceTally::plus));
        model.addAttribute("verdict", filter);
        model.addAttribute("children", filter == null ? compliance.children(officeId) : List.of());
        model.addAttribute("listing", filter == null ? null
                : compliance.withVerdict(officeId, filter, Math.max(0, page), PAGE_SIZE));
        model.addAttribute("notifications", notifications());
        return "team/compliance";
    }

    @GetMapping("/offices/{officeId}/compliance.csv")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> csv(@PathVariable long officeId, Locale locale) {
        Office office = office(officeId);
        Export export = new Export(new Ui(locale, messages, ""), notifications());
        byte[] body = TableExport.csv(export.headers(), row -> compliance.forEachInScope(officeId, o -> row.accept(export.values(o))));
        return Downloads.attachment(body, TableExport.CSV, export.fileName(office, "csv"));
    }

    @GetMapping("/offices/{officeId}/compliance.xlsx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> xlsx(@PathVariable long officeId, Locale locale) {
        Office office = office(officeId);
        Export export = new Export(new Ui(locale, messages, ""), notifications());
        byte[] body = TableExport.xlsx(export.ui.t("team.compliance.sheet"), export.headers(), WIDTHS,
                row -> compliance.forEachInScope(officeId, o -> row.accept(export.values(o))));
        return Downloads.attachment(body, TableExport.XLSX, export.fileName(office, "xlsx"));
    }

    /** Column widths in characters: names and rules wide, the rest narrow. */
    private static final int[] WIDTHS = {40, 40, 24, 36, 22, 30, 30, 60, 60, 14};

    /** The columns of both exports, in the request's language. */
    private record Export(Ui ui, Map<Long, Notification> notifications) {

        List<String> headers() {
            return List.of(ui.t("team.compliance.nameBn"), ui.t("team.compliance.nameEn"), ui.t("team.compliance.level"),
                    ui.t("team.compliance.parent"), ui.t("team.compliance.verdict"), ui.t("team.compliance.formed"),
                    ui.t("team.compliance.judged"), ui.t("team.compliance.lacking"), ui.t("team.compliance.met"),
                    ui.t("team.compliance.lastChange"));
        }

        List<Object> values(OfficeCompliance o) {
            boolean bn = ui.bangla();
            List<Object> values = new ArrayList<>(10);
            values.add(o.nameBn());
            values.add(o.nameEn() == null ? "" : o.nameEn());
            values.add(bn ? o.level().nameBn() : o.level().nameEn());
            values.add(o.parentBn() == null ? "" : o.parent(bn));
            values.add(ui.t("team.compliance.verdict." + o.verdict().name()));
            values.add(title(o.formedUnder()));
            values.add(title(o.judgedUnder()));
            values.add(o.lacking().stream().map(f -> f.text(bn)).collect(Collectors.joining("; ")));
            values.add(o.met().stream().map(f -> f.text(bn)).collect(Collectors.joining("; ")));
            values.add(o.lastChange());
            return values;
        }

        /** "ইনোভেশন-টিম-শর্ত-পূরণ-দিনাজপুর-2026-11-24.csv". */
        String fileName(Office office, String extension) {
            return ui.t("team.compliance.fileName", office.place(ui.bangla()).replace(' ', '-'), Dhaka.today().toString())
                    + "." + extension;
        }

        private String title(Long notificationId) {
            Notification n = notificationId == null ? null : notifications.get(notificationId);
            return n == null ? "" : n.title(ui.bangla());
        }
    }

    private Map<Long, Notification> notifications() {
        return policies.all().stream().collect(Collectors.toMap(Notification::id, Function.identity()));
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }
}
