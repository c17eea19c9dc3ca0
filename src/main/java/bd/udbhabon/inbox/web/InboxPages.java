package bd.udbhabon.inbox.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.inbox.internal.InboxRepository;
import bd.udbhabon.inbox.internal.InboxService;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import bd.udbhabon.shell.Downloads;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * A superior's inbox (issue 16, point 4; the Cabinet Division's is the national one): what the offices below sent
 * upward, filtered by kind, status, office below and fiscal year, in pages; each item's paper; its acknowledgement by
 * a writer of the office. Read by whoever reads the office's records; linked from the office page and the start page.
 */
@Controller
class InboxPages implements OfficePageLinks, OfficeTasks {

    static final int PAGE_SIZE = 50;

    private final InboxService inbox;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    InboxPages(InboxService inbox, OfficeDirectory offices, AccessPolicy access) {
        this.inbox = inbox;
        this.offices = offices;
        this.access = access;
    }

    /** Offices that have offices below them, and the Cabinet Division, which every office reports to. */
    @Override
    public List<OfficePageLink> links(Office office) {
        return office.childCount() == 0 && office.level() != OfficeLevel.CABINET_DIVISION ? List.of()
                : List.of(OfficePageLink.action(440, Permission.READ_RECORDS, "/offices/" + office.id() + "/inbox",
                "inbox.link", "inbox-link"));
    }

    @Override
    public int order() {
        return 450;
    }

    /** The items waiting for acknowledgement, for the office's writers. */
    @Override
    public List<OfficeTask> tasks(Office office, LocalDate today) {
        long waiting = inbox.waiting(office.id());
        return waiting == 0 ? List.of() : List.of(OfficeTask.of(Permission.WRITE_RECORDS, "inbox.tasks.waiting", waiting, null,
                "/offices/" + office.id() + "/inbox?status=RECEIVED", "task-inbox"));
    }

    @GetMapping("/offices/{officeId}/inbox")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @ModelAttribute("filter") InboxFilter filter, Model model) {
        Office office = offices.require(officeId);
        InboxRepository.Page page = inbox.page(officeId, filter.read(), filter.pageNumber(), PAGE_SIZE);
        Set<Long> named = new HashSet<>();
        page.items().forEach(i -> named.add(i.fromOfficeId()));
        List<Long> below = inbox.directlyBelow(officeId);
        named.addAll(below);
        Map<Long, Office> names = offices.findAll(named);
        model.addAttribute("office", office);
        model.addAttribute("filter", filter);
        model.addAttribute("page", page);
        model.addAttribute("names", names);
        model.addAttribute("below", below.stream().map(names::get).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("mayAcknowledge", access.allows(Permission.WRITE_RECORDS, officeId));
        return "inbox/inbox";
    }

    @GetMapping("/offices/{officeId}/inbox/{itemId}.pdf")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> pdf(@PathVariable long officeId, @PathVariable long itemId) {
        byte[] pdf = inbox.pdf(officeId, itemId).orElseThrow(() -> UserFacingException.notFound("inbox.error.noPaper"));
        return Downloads.attachment(pdf, MediaType.APPLICATION_PDF, "inbox-" + itemId + ".pdf");
    }

    @PostMapping("/offices/{officeId}/inbox/{itemId}/acknowledge")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String acknowledge(@PathVariable long officeId, @PathVariable long itemId, @ModelAttribute("filter") InboxFilter back) {
        inbox.acknowledge(officeId, itemId);
        String query = back.query();
        return "redirect:/offices/" + officeId + "/inbox" + (query.isEmpty() ? "" : "?" + query) + "#item-" + itemId;
    }
}
