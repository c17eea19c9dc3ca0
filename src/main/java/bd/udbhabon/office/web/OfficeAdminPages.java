package bd.udbhabon.office.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeDraft;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeRegistry;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/** Editing an office, adding offices under it, and importing them from a CSV file with a preview. */
@Controller
class OfficeAdminPages {

    static final int MAX_IMPORT_BYTES = 1_000_000;
    private static final String IMPORT = "office-import-";

    private final OfficeDirectory offices;
    private final OfficeRegistry registry;

    OfficeAdminPages(OfficeDirectory offices, OfficeRegistry registry) {
        this.offices = offices;
        this.registry = registry;
    }

    @GetMapping("/offices/{officeId}/edit")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    String editForm(@PathVariable long officeId, Model model) {
        Office office = office(officeId);
        return form(office, OfficeDraft.of(office), new FormErrors(), "/offices/" + officeId + "/edit", model);
    }

    @PostMapping("/offices/{officeId}/edit")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    String edit(@PathVariable long officeId, @ModelAttribute("officeForm") OfficeForm form, Model model) {
        var draft = form.draft();
        var saved = registry.update(officeId, draft);
        return saved.ok() ? "redirect:/offices/" + officeId
                : form(office(officeId), draft, saved.errors(), "/offices/" + officeId + "/edit", model);
    }

    @GetMapping("/offices/{officeId}/new")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    String newForm(@PathVariable long officeId, Model model) {
        Office parent = office(officeId);
        var draft = new OfficeDraft(childLevel(parent.level()).name(), "", "", "", "", Long.toString(officeId), "", "", "", "", "");
        return form(parent, draft, new FormErrors(), "/offices/" + officeId + "/new", model);
    }

    @PostMapping("/offices/{officeId}/new")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    String create(@PathVariable long officeId, @ModelAttribute("officeForm") OfficeForm form, Model model) {
        var draft = form.draft();
        var saved = registry.create(draft);
        return saved.ok() ? "redirect:/offices/" + saved.officeId()
                : form(office(officeId), draft, saved.errors(), "/offices/" + officeId + "/new", model);
    }

    @GetMapping("/offices/{officeId}/import")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    String importForm(@PathVariable long officeId, Model model) {
        return importPage(office(officeId), null, model);
    }

    @PostMapping("/offices/{officeId}/import")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    String preview(@PathVariable long officeId, @RequestParam("file") MultipartFile file, HttpSession session,
                   Model model) throws IOException {
        if (file.isEmpty() || file.getSize() > MAX_IMPORT_BYTES) {
            throw UserFacingException.badRequest("import.error.size", MAX_IMPORT_BYTES / 1000);
        }
        FormErrors refused = new FormErrors();
        if (Uploads.CSV.check(file.getOriginalFilename(), file.getBytes(), "offices.csv", "file", refused) == null) {
            return importPage(office(officeId), List.of(new OfficeRegistry.ImportRow(0, null, refused)), model);
        }
        String csv = new String(file.getBytes(), StandardCharsets.UTF_8);
        session.setAttribute(IMPORT + officeId, csv);
        return importPage(office(officeId), registry.checkImport(csv, officeId), model);
    }

    @PostMapping("/offices/{officeId}/import/confirm")
    @OfficeAccess(Permission.ADMINISTER_OFFICE)
    String confirm(@PathVariable long officeId, @RequestParam(defaultValue = "false") boolean onlyGoodRows,
                   HttpSession session, Model model) {
        String csv = (String) session.getAttribute(IMPORT + officeId);
        if (csv == null) {
            return "redirect:/offices/" + officeId + "/import";
        }
        int added = registry.importRows(csv, officeId, onlyGoodRows);
        session.removeAttribute(IMPORT + officeId);
        model.addAttribute("added", added);
        return importPage(office(officeId), null, model);
    }

    private String importPage(Office office, List<OfficeRegistry.ImportRow> rows, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("rows", rows);
        model.addAttribute("goodRows", rows == null ? 0 : rows.stream().filter(OfficeRegistry.ImportRow::ok).count());
        model.addAttribute("columns", String.join(",", OfficeDraft.COLUMNS));
        if (!model.containsAttribute("added")) {
            model.addAttribute("added", -1);
        }
        return "office/import";
    }

    private String form(Office office, OfficeDraft draft, FormErrors errors, String action, Model model) {
        model.addAttribute("office", office);
        model.addAttribute("draft", draft);
        model.addAttribute("errors", errors);
        model.addAttribute("action", action);
        model.addAttribute("levels", List.of(OfficeLevel.MINISTRY, OfficeLevel.DIRECTORATE, OfficeLevel.DIVISION,
                OfficeLevel.DISTRICT, OfficeLevel.UPAZILA, OfficeLevel.OTHER));
        return "office/edit";
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

    private static OfficeLevel childLevel(OfficeLevel parent) {
        return switch (parent) {
            case CABINET_DIVISION -> OfficeLevel.MINISTRY;
            case MINISTRY -> OfficeLevel.DIRECTORATE;
            case DIVISION -> OfficeLevel.DISTRICT;
            case DISTRICT -> OfficeLevel.UPAZILA;
            default -> OfficeLevel.OTHER;
        };
    }
}
