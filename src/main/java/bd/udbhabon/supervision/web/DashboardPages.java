package bd.udbhabon.supervision.web;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.supervision.OfficeFigures.Measure;
import bd.udbhabon.supervision.internal.Dashboards;
import bd.udbhabon.supervision.internal.SupervisionReadSide;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The supervision dashboard of an office over its subtree in both hierarchies (issue 16, point 2): whoever reads the
 * office's records (its own users, its superiors'); the Cabinet Division's is the national one. Its print view, its
 * table as CSV and XLSX, and the Cabinet Division administrators' button that rebuilds the read side from the facts.
 */
@Controller
class DashboardPages implements OfficePageLinks {

    private final Dashboards dashboards;
    private final SupervisionReadSide readSide;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    DashboardPages(Dashboards dashboards, SupervisionReadSide readSide, OfficeDirectory offices, MessageSource messages) {
        this.dashboards = dashboards;
        this.readSide = readSide;
        this.offices = offices;
        this.messages = messages;
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(430, Permission.READ_RECORDS, "/offices/" + office.id() + "/supervision",
                "supervision.link", "supervision-link"));
    }

    @GetMapping("/offices/{officeId}/supervision")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @RequestParam(required = false) String year,
                @RequestParam(required = false) String quarter, @RequestParam(required = false) String measure,
                @RequestParam(defaultValue = "false") boolean print, Model model) {
        Ui ui = (Ui) model.getAttribute("ui");
        model.addAttribute("view", view(ui, officeId, year, quarter, measure));
        model.addAttribute("print", print);
        return "supervision/dashboard";
    }

    @GetMapping("/offices/{officeId}/supervision.csv")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> csv(@PathVariable long officeId, @RequestParam(required = false) String year,
                               @RequestParam(required = false) String quarter, Locale locale) {
        DashboardView view = view(new Ui(locale, messages, ""), officeId, year, quarter, null);
        return Downloads.attachment(TableExport.csv(headers(view), rows(view)), TableExport.CSV, fileName(view, "csv"));
    }

    @GetMapping("/offices/{officeId}/supervision.xlsx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> xlsx(@PathVariable long officeId, @RequestParam(required = false) String year,
                                @RequestParam(required = false) String quarter, Locale locale) {
        DashboardView view = view(new Ui(locale, messages, ""), officeId, year, quarter, null);
        int[] widths = new int[3 + view.measures().size()];
        java.util.Arrays.fill(widths, 14);
        widths[0] = 40;
        widths[1] = 40;
        return Downloads.attachment(TableExport.xlsx(view.ui().t("supervision.sheet"), headers(view), widths, rows(view)),
                TableExport.XLSX, fileName(view, "xlsx"));
    }

    /** The one command, as a button for the Cabinet Division's administrators: every year rebuilt from the facts. */
    @PostMapping("/supervision/rebuild")
    @NationalAccess(Permission.ADMINISTER_OFFICE)
    String rebuild(@RequestParam long officeId, RedirectAttributes redirect) {
        readSide.rebuild(Dhaka.today());
        redirect.addFlashAttribute(Ui.FLASH, "supervision.rebuilt");
        return "redirect:/offices/" + offices.require(officeId).id() + "/supervision";
    }

    private DashboardView view(Ui ui, long officeId, String year, String quarter, String measure) {
        return DashboardView.of(ui, dashboards, offices.require(officeId), offices::findAll, year, quarter, measure);
    }

    private static List<String> headers(DashboardView view) {
        List<String> headers = new ArrayList<>(List.of(view.ui().t("supervision.nameBn"), view.ui().t("supervision.nameEn"),
                view.ui().t("supervision.level")));
        for (Measure m : view.measures()) {
            headers.add(view.measureName(m) + (m.rate() ? " (%)" : ""));
        }
        return headers;
    }

    private static TableExport.Rows rows(DashboardView view) {
        return row -> {
            List<DashboardView.Row> all = new ArrayList<>();
            all.add(view.own());
            all.addAll(view.below());
            for (DashboardView.Row r : all) {
                List<Object> values = new ArrayList<>(List.of(r.office().nameBn(), r.office().nameEn(),
                        r.office().level().name(view.ui().bangla())));
                for (Measure m : view.measures()) {
                    values.add(view.cell(r.scope(), m));
                }
                row.accept(values);
            }
        };
    }

    private static String fileName(DashboardView view, String extension) {
        return "supervision-" + view.office().id() + "-" + view.yearLatin() + "-q" + view.quarter() + "." + extension;
    }
}
