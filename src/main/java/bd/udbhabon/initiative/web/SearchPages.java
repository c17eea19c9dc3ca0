package bd.udbhabon.initiative.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.access.SignedIn;
import bd.udbhabon.initiative.internal.NationalSearch;
import bd.udbhabon.initiative.internal.SearchQuery;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestHeader;

/**
 * The national search of initiatives and services (issue 15, point 4) for anyone signed in: a plain GET form
 * (htmx swaps the results as one types), the filters as typed kept in the form, an unreadable filter said beside
 * it instead of a guess, nothing asked answered with what to do. Each initiative found offers "adopt this in my
 * office" when the user writes records of another office; its page link when they may read its office's records.
 */
@Controller
class SearchPages {

    private final NationalSearch search;
    private final bd.udbhabon.initiative.internal.Adoption adoption;
    private final AccessPolicy access;

    SearchPages(NationalSearch search, bd.udbhabon.initiative.internal.Adoption adoption, AccessPolicy access) {
        this.search = search;
        this.adoption = adoption;
        this.access = access;
    }

    @GetMapping("/initiatives/search")
    @SignedIn
    String page(@ModelAttribute("filters") SearchQuery.Filters filters,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        FormErrors errors = new FormErrors();
        SearchQuery query = SearchQuery.parse(filters, errors);
        model.addAttribute("errors", errors);
        model.addAttribute("target", query == null ? target(filters) : query.target());
        model.addAttribute("asked", !filters.empty());
        NationalSearch.Results<NationalSearch.Hit> initiatives = null;
        NationalSearch.Results<NationalSearch.ServiceHit> services = null;
        if (query != null && !filters.empty()) {
            try {
                if (query.target() == SearchQuery.Target.SERVICES) {
                    services = search.services(query);
                } else {
                    initiatives = search.initiatives(query);
                }
            } catch (UserFacingException e) {
                if (e.fieldErrors() == null) {
                    throw e;
                }
                model.addAttribute("errors", e.fieldErrors()); // a district that is none
            }
        }
        model.addAttribute("initiatives", initiatives);
        model.addAttribute("services", services);
        model.addAttribute("rights", rights(initiatives, services));
        if (htmx != null) {
            return "initiative/search-results";
        }
        model.addAttribute("districts", search.districts());
        return "initiative/search";
    }

    private static SearchQuery.Target target(SearchQuery.Filters filters) {
        return "SERVICES".equalsIgnoreCase(filters.in() == null ? "" : filters.in().strip())
                ? SearchQuery.Target.SERVICES : SearchQuery.Target.INITIATIVES;
    }

    private SearchRights rights(NationalSearch.Results<NationalSearch.Hit> initiatives, NationalSearch.Results<NationalSearch.ServiceHit> services) {
        Map<Long, Boolean> reads = new HashMap<>();
        if (initiatives != null) {
            initiatives.items().forEach(h -> reads.computeIfAbsent(h.office().id(), o -> access.allows(Permission.READ_RECORDS, o)));
        }
        if (services != null) {
            services.items().forEach(h -> reads.computeIfAbsent(h.office().id(), o -> access.allows(Permission.READ_RECORDS, o)));
        }
        List<Long> writes = adoption.writableOffices();
        return new SearchRights(reads, writes);
    }
}
