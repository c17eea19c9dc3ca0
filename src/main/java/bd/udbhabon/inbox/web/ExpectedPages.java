package bd.udbhabon.inbox.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.inbox.ExpectedItems;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * What is expected from the offices in a scope and has not arrived (issue 16, point 4): every module's
 * {@link ExpectedItems} asked for the office's scope; the Cabinet Division's is the national list. Counted per
 * kind, listed oldest due first, in pages. The inbox names no module: the beans are theirs.
 */
@Controller
public class ExpectedPages {

    static final int PAGE_SIZE = 100;

    private final List<ExpectedItems> sources;
    private final OfficeDirectory offices;

    ExpectedPages(List<ExpectedItems> sources, OfficeDirectory offices) {
        this.sources = sources;
        this.offices = offices;
    }

    /** One page of the list, and the counts per kind of all of it. */
    public record Listing(List<ExpectedItems.Expected> items, Map<String, Integer> byKind, int total, int page, String kind) {
        public boolean hasNext() {
            return (page + 1) * PAGE_SIZE < total;
        }

        public int pageCount() {
            return Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        }
    }

    static Listing listing(List<ExpectedItems.Expected> all, String kind, int page) {
        Map<String, Integer> byKind = new TreeMap<>();
        all.forEach(e -> byKind.merge(e.kind(), 1, Integer::sum));
        List<ExpectedItems.Expected> chosen = new ArrayList<>(all.stream()
                .filter(e -> kind == null || kind.isBlank() || e.kind().equals(kind)).toList());
        chosen.sort(Comparator.comparing(ExpectedItems.Expected::dueOn, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(ExpectedItems.Expected::kind).thenComparingLong(ExpectedItems.Expected::officeId));
        int p = Math.max(0, page);
        int from = Math.min(chosen.size(), p * PAGE_SIZE);
        return new Listing(chosen.subList(from, Math.min(chosen.size(), from + PAGE_SIZE)), byKind, chosen.size(), p,
                kind == null || kind.isBlank() ? null : kind);
    }

    @GetMapping("/offices/{officeId}/inbox/expected")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @RequestParam(required = false) String kind,
                @RequestParam(defaultValue = "0") int page, Model model) {
        Office office = offices.require(officeId);
        LocalDate today = Dhaka.today();
        List<ExpectedItems.Expected> all = new ArrayList<>();
        sources.forEach(s -> all.addAll(s.missing(officeId, today)));
        Listing listing = listing(all, kind, page);
        Map<Long, Office> names = new LinkedHashMap<>(offices.findAll(listing.items().stream().map(ExpectedItems.Expected::officeId).toList()));
        model.addAttribute("office", office);
        model.addAttribute("listing", listing);
        model.addAttribute("names", names);
        model.addAttribute("today", today);
        return "inbox/expected";
    }
}
