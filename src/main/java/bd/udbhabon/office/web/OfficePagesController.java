package bd.udbhabon.office.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePage;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.shell.UserFacingException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/** The office directory: search in either script, and drill-down division → district → upazila. */
@Controller
@PublicAccess
class OfficePagesController {

    private static final int PAGE_SIZE = 25;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    OfficePagesController(OfficeDirectory offices, AccessPolicy access) {
        this.offices = offices;
        this.access = access;
    }

    @GetMapping("/offices")
    String directory(@RequestParam(required = false) String q,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestHeader(name = "HX-Request", required = false) String htmx,
                     Model model) {
        String text = q == null ? "" : q.strip();
        model.addAttribute("q", text);
        model.addAttribute("results", text.isEmpty() ? null
                : offices.search(OfficeQueries.from(null, null, text, page, PAGE_SIZE)));
        if (htmx != null) {
            return "office/results";
        }
        model.addAttribute("divisions", offices.search(new OfficeSearch(OfficeLevel.DIVISION, null, null, 0, 50)).items());
        model.addAttribute("counts", offices.countByLevel());
        return "office/directory";
    }

    @GetMapping("/offices/{id}")
    String office(@PathVariable long id, Model model) {
        Office office = offices.find(id).orElseThrow(() -> UserFacingException.notFound("offices.error.notFound", id));
        OfficePage children = offices.search(new OfficeSearch(null, id, null, 0, OfficeSearch.MAX_SIZE));
        model.addAttribute("office", office);
        model.addAttribute("ancestors", offices.adminAncestors(id));
        model.addAttribute("children", children);
        model.addAttribute("mayReadUsers", access.allows(Permission.READ_RECORDS, id));
        model.addAttribute("mayReadAudit", access.allows(Permission.READ_AUDIT, id));
        model.addAttribute("mayAdministerOffice", access.allows(Permission.ADMINISTER_OFFICE, id));
        return "office/office";
    }
}
