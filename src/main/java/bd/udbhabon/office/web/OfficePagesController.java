package bd.udbhabon.office.web;

import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePage;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.shell.UserFacingException;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
    private final List<OfficePageLinks> contributions;

    OfficePagesController(OfficeDirectory offices, AccessPolicy access, List<OfficePageLinks> contributions) {
        this.offices = offices;
        this.access = access;
        this.contributions = contributions;
    }

    /**
     * The registry: search by name, filter by level and by division (the offices below it), the
     * Cabinet Division and the divisions at hand, and counts per level that lead to their lists.
     */
    @GetMapping("/offices")
    String directory(@RequestParam(required = false) String q,
                     @RequestParam(required = false) String level,
                     @RequestParam(required = false) Long division,
                     @RequestParam(defaultValue = "0") int page,
                     @RequestHeader(name = "HX-Request", required = false) String htmx,
                     Model model) {
        String text = q == null ? "" : q.strip();
        OfficeSearch search = OfficeQueries.from(level, null, text, page, PAGE_SIZE, division);
        boolean filtered = !text.isEmpty() || search.level() != null || division != null;
        model.addAttribute("q", text);
        model.addAttribute("level", search.level());
        model.addAttribute("division", division);
        model.addAttribute("results", filtered ? offices.search(search) : null);
        if (htmx != null) {
            return "office/results";
        }
        model.addAttribute("top", offices.search(new OfficeSearch(OfficeLevel.CABINET_DIVISION, null, null, 0, 5)).items());
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
        List<OfficePageLink> links = links(office);
        model.addAttribute("notices", links.stream().filter(l -> l.place() == OfficePageLink.Place.NOTICE).toList());
        model.addAttribute("actions", links.stream().filter(l -> l.place() == OfficePageLink.Place.ACTION).toList());
        model.addAttribute("administration", links.stream().filter(l -> l.place() == OfficePageLink.Place.ADMIN).toList());
        return "office/office";
    }

    /** Every module's links for the office that the current user may follow, in their order. */
    private List<OfficePageLink> links(Office office) {
        Map<Permission, Boolean> allowed = new EnumMap<>(Permission.class); // each permission asked once
        return contributions.stream().flatMap(c -> c.links(office).stream())
                .filter(l -> l.needs() == null || allowed.computeIfAbsent(l.needs(), p -> access.allows(p, office.id())))
                .sorted(Comparator.comparingInt(OfficePageLink::order))
                .toList();
    }
}
