package bd.udbhabon.initiative.web;

import bd.udbhabon.access.NationalAccess;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.InitiativeRollUp;
import bd.udbhabon.initiative.RollUpLines;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.TableExport;
import bd.udbhabon.shell.Ui;
import bd.udbhabon.shell.UserFacingException;
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
 * The initiatives' roll-up (issue 15, point 9): for whoever reads an office's records (its own users, its superiors'),
 * the initiatives of the office and every office below it counted by stage, kind and level, the citizen's savings from
 * their TCV, replications, the services register; the offices directly below, each a link to its own roll-up
 * (drill-down); each table as CSV or XLSX. The Cabinet Division's is the country's ({@code /initiatives/roll-up}).
 */
@Controller
class InitiativeRollUpPages implements OfficePageLinks {

    private final InitiativeRollUp rollUp;
    private final OfficeDirectory offices;
    private final MessageSource messages;
    private final List<RollUpLines> otherLines;

    InitiativeRollUpPages(InitiativeRollUp rollUp, OfficeDirectory offices, MessageSource messages, List<RollUpLines> otherLines) {
        this.rollUp = rollUp;
        this.offices = offices;
        this.messages = messages;
        this.otherLines = otherLines;
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(390, Permission.READ_RECORDS, "/offices/" + office.id() + "/initiatives/roll-up",
                "initiative.rollup.link", "initiative-rollup-link"));
    }

    @GetMapping("/offices/{officeId}/initiatives/roll-up")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, Model model) {
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("view", rollUp.rollUp(officeId));
        model.addAttribute("lines", otherLines.stream().flatMap(l -> l.over(officeId).stream()).toList());
        return "initiative/rollup";
    }

    /** The country's roll-up: the Cabinet Division's, for whoever reads records nationally. */
    @GetMapping("/initiatives/roll-up")
    @NationalAccess(Permission.READ_RECORDS)
    String national() {
        long cabinet = offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 1)).items().stream()
                .findFirst().orElseThrow(() -> UserFacingException.notFound("offices.error.notFound", "")).id();
        return "redirect:/offices/" + cabinet + "/initiatives/roll-up";
    }

    @GetMapping("/offices/{officeId}/initiatives/roll-up.csv")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> csv(@PathVariable long officeId, @RequestParam(required = false) String table, Locale locale) {
        InitiativeRollUpExport export = export(officeId, table, locale);
        return Downloads.attachment(TableExport.csv(export.headers(), export.rows()), TableExport.CSV, export.fileName("csv"));
    }

    @GetMapping("/offices/{officeId}/initiatives/roll-up.xlsx")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> xlsx(@PathVariable long officeId, @RequestParam(required = false) String table, Locale locale) {
        InitiativeRollUpExport export = export(officeId, table, locale);
        return Downloads.attachment(TableExport.xlsx(export.sheetName(), export.headers(), export.widths(), export.rows()),
                TableExport.XLSX, export.fileName("xlsx"));
    }

    private InitiativeRollUpExport export(long officeId, String table, Locale locale) {
        return new InitiativeRollUpExport(new Ui(locale, messages, ""), rollUp, offices.require(officeId),
                InitiativeRollUpExport.Table.parse(table));
    }
}
