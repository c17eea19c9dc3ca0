package bd.udbhabon.portal.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.BanglaText;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.portal.Completeness;
import bd.udbhabon.portal.internal.PortalService;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * An office's portal completeness in a quarter (seed 003 item 8): its own checklist with the links given, its own
 * rate and its offices below's, and each office directly below (for a division, its districts) with its own rate and
 * its offices below's, complete and incomplete, as the minutes print them; a chart and its table; each row drills
 * down to that office's page. Read by whoever reads the office's records (superiors over their subtree).
 */
@Controller
class PortalPages implements OfficePageLinks {

    private final PortalService portal;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    PortalPages(PortalService portal, OfficeDirectory offices, AccessPolicy access) {
        this.portal = portal;
        this.offices = offices;
        this.access = access;
    }

    /** The page's quarter as its address names it. */
    record Period(String year, String quarter) {
    }

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(380, Permission.READ_RECORDS, "/offices/" + office.id() + "/portal", "portal.title", "portal-link"));
    }

    @GetMapping("/offices/{officeId}/portal")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @ModelAttribute Period period, Model model) {
        Office office = offices.require(officeId);
        Quarter q = Quarter.read(period.year(), period.quarter());
        Map<Long, Completeness> below = portal.below(officeId, q.year(), q.quarter());
        Map<Long, Office> named = offices.findAll(below.keySet());
        Comparator<String> collator = BanglaText.collator();
        List<PortalView.Row> rows = below.values().stream().filter(c -> named.containsKey(c.officeId()))
                .map(c -> new PortalView.Row(named.get(c.officeId()), c))
                .sorted(Comparator.comparing((PortalView.Row r) -> r.office().level().ordinal()).thenComparing(r -> r.office().nameBn(), collator))
                .toList();
        model.addAttribute("office", office);
        model.addAttribute("period", q);
        model.addAttribute("items", portal.items(q.year()));
        model.addAttribute("links", portal.links(officeId, q.year(), q.quarter()));
        model.addAttribute("own", portal.completeness(officeId, q.year(), q.quarter()));
        model.addAttribute("rows", rows);
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId) && PortalService.begun(q.year(), q.quarter()));
        return "portal/office";
    }
}
