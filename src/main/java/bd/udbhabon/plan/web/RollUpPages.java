package bd.udbhabon.plan.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.plan.PlanRollUp;
import bd.udbhabon.plan.RollUpState;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The chain upward (issue 14, point 5): a superior's view of every office below it for a quarter, each
 * office's state and score, counted per state; the offices directly below with their own scopes counted,
 * each a link to its own view (drill-down to the upazila); one state's offices in pages; and each table as
 * CSV or XLSX. Whoever reads the office's records (its own users, its superiors').
 */
@Controller
class RollUpPages implements OfficePageLinks {

    static final int PAGE_SIZE = 100;

    private final PlanRollUp rollUp;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    RollUpPages(PlanRollUp rollUp, OfficeDirectory offices, MessageSource messages) {
        this.rollUp = rollUp;
        this.offices = offices;
        this.messages = messages;
    }

    /** Only offices with offices below them have a roll-up to show. */
    @Override
    public List<OfficePageLink> links(Office office) {
        return office.childCount() == 0 ? List.of() : List.of(OfficePageLink.action(420, Permission.READ_RECORDS,
                "/offices/" + office.id() + "/plan-reports", "plan.rollup.link", "plan-rollup-link"));
    }

    @GetMapping("/offices/{officeId}/plan-reports")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @RequestParam(required = false) String year,
                @RequestParam(required = false) String quarter, @RequestParam(required = false) String state,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Office office = offices.require(officeId);
        YearQuarter at = YearQuarter.read(year, quarter);
        RollUpState filter = RollUpState.parse(state);
        PlanRollUp.RollUp view = rollUp.rollUp(officeId, at.year(), at.quarter());
        model.addAttribute("office", office);
        model.addAttribute("at", at);
        model.addAttribute("view", view);
        model.addAttribute("state", filter);
        model.addAttribute("listing", filter == null ? null
                : rollUp.withState(officeId, at.year(), at.quarter(), filter, Math.max(0, page), PAGE_SIZE));
        return "plan/rollup";
    }

    @GetMapping("/offices/{officeId}/plan-reports.csv")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> csv(@PathVariable long officeId, @RequestParam(required = false) String year,
                               @RequestParam(required = false) String quarter, @RequestParam(required = false) String table,
                               Locale locale) {
        RollUpExport export = export(officeId, year, quarter, table, locale);
        return Downloads.attachment(TableExport.csv(export.headers(), export.rows()), TableExport.CSV, export.fileName("csv"));
    }

    @GetMapping("/offices/{officeId}/plan-reports.xlsx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> xlsx(@PathVariable long officeId, @RequestParam(required = false) String year,
                                @RequestParam(required = false) String quarter, @RequestParam(required = false) String table,
                                Locale locale) {
        RollUpExport export = export(officeId, year, quarter, table, locale);
        return Downloads.attachment(TableExport.xlsx(export.sheetName(), export.headers(), export.widths(), export.rows()),
                TableExport.XLSX, export.fileName("xlsx"));
    }

    private RollUpExport export(long officeId, String year, String quarter, String table, Locale locale) {
        return new RollUpExport(new Ui(locale, messages, ""), rollUp, offices.require(officeId), YearQuarter.read(year, quarter),
                RollUpExport.Table.parse(table));
    }
}
