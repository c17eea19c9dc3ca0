package bd.udbhabon.people.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.Holding;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.PeopleRegistry;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.internal.Dates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * An office's officers and posts: who holds which post on a day, a post's history, an officer's
 * posts; assigning, vacating and transferring, with the form shown again beside its problems.
 */
@Controller
class PeoplePages {

    private final PeopleDirectory people;
    private final PeopleRegistry registry;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    PeoplePages(PeopleDirectory people, PeopleRegistry registry, OfficeDirectory offices, AccessPolicy access) {
        this.people = people;
        this.registry = registry;
        this.offices = offices;
        this.access = access;
    }

    @GetMapping("/offices/{officeId}/people")
    @OfficeAccess(Permission.READ_RECORDS)
    String list(@PathVariable long officeId, @RequestParam(required = false) String on,
                @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        LocalDate day = on == null || on.isBlank() ? Dhaka.today() : Dates.parse(on);
        if (day == null) {
            throw UserFacingException.badRequest("error.parameter.invalid", "on");
        }
        Office office = office(officeId);
        List<Post> posts = people.posts(officeId);
        List<Long> ids = posts.stream().map(Post::id).toList();
        Map<Long, Holding> holdings = people.holdingsOn(ids, day);
        Map<Long, Officer> holders = people.holdersOn(ids, day);
        model.addAttribute("office", office);
        model.addAttribute("on", day);
        model.addAttribute("rows", posts.stream().map(p -> new PostRow(p, holdings.get(p.id()), holders.get(p.id()))).toList());
        if (htmx != null) {
            return "people/posts";
        }
        Map<Long, List<Post>> postsToday = new HashMap<>();
        Map<Long, Holding> today = day.equals(Dhaka.today()) ? holdings : people.holdingsOn(ids, Dhaka.today());
        posts.forEach(p -> {
            Holding h = today.get(p.id());
            if (h != null) {
                postsToday.computeIfAbsent(h.officerId(), k -> new ArrayList<>()).add(p);
            }
        });
        model.addAttribute("officers", people.officers(officeId));
        model.addAttribute("postsOf", postsToday);
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "people/people";
    }

    @GetMapping("/offices/{officeId}/people/posts/{postId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String post(@PathVariable long officeId, @PathVariable long postId, Model model) {
        return postPage(officeId, postId, new AssignForm("", Dhaka.today().toString(), false), new FormErrors(),
                Dhaka.today().toString(), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/people/posts/{postId}/assign")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String assign(@PathVariable long officeId, @PathVariable long postId,
                  @RequestParam(defaultValue = "") String officer, @RequestParam(defaultValue = "") String from,
                  @RequestParam(defaultValue = "false") boolean additionalCharge, Model model) {
        post(officeId, postId);
        var form = new AssignForm(officer, from, additionalCharge);
        var errors = new FormErrors();
        Long officerId = id(officer);
        LocalDate day = Dates.parse(from);
        if (officerId == null) {
            errors.add("officer", "people.error.officer");
        }
        if (day == null) {
            errors.add("from", "people.error.date");
        }
        if (!errors.any()) {
            var saved = registry.assign(postId, officerId, day, additionalCharge);
            if (saved.ok()) {
                return "redirect:/offices/" + officeId + "/people/posts/" + postId;
            }
            errors = saved.errors();
        }
        return postPage(officeId, postId, form, errors, Dhaka.today().toString(), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/people/posts/{postId}/vacate")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String vacate(@PathVariable long officeId, @PathVariable long postId, @RequestParam(defaultValue = "") String on,
                  Model model) {
        post(officeId, postId);
        LocalDate day = Dates.parse(on);
        var saved = day == null ? new PeopleRegistry.Saved(null, new FormErrors().add("on", "people.error.date"))
                : registry.vacate(postId, day);
        if (saved.ok()) {
            return "redirect:/offices/" + officeId + "/people/posts/" + postId;
        }
        return postPage(officeId, postId, new AssignForm("", Dhaka.today().toString(), false), new FormErrors(), on,
                saved.errors(), model);
    }

    @GetMapping("/offices/{officeId}/people/officers/{officerId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String officer(@PathVariable long officeId, @PathVariable long officerId, Model model) {
        return officerPage(officeId, officerId, "", Dhaka.today().toString(), new FormErrors(), model);
    }

    @PostMapping("/offices/{officeId}/people/officers/{officerId}/transfer")
    @OfficeAccess(Permission.WRITE_RECORDS)
    String transfer(@PathVariable long officeId, @PathVariable long officerId,
                    @RequestParam(defaultValue = "") String post, @RequestParam(defaultValue = "") String on, Model model) {
        officer(officeId, officerId);
        var errors = new FormErrors();
        Long postId = id(post);
        LocalDate day = Dates.parse(on);
        if (postId == null) {
            errors.add("post", "people.error.post");
        }
        if (day == null) {
            errors.add("on", "people.error.date");
        }
        if (!errors.any()) {
            var saved = registry.transfer(officerId, postId, day);
            if (saved.ok()) { // a post on another office's list takes the officer's record there
                long keptBy = people.officer(officerId).orElseThrow().officeId();
                return "redirect:/offices/" + keptBy + "/people/officers/" + officerId;
            }
            errors = saved.errors();
        }
        return officerPage(officeId, officerId, post, on, errors, model);
    }

    private String postPage(long officeId, long postId, AssignForm assign, FormErrors assignErrors, String vacateOn,
                            FormErrors vacateErrors, Model model) {
        Post post = post(officeId, postId);
        List<HistoryRow> history = people.history(postId).stream()
                .map(h -> new HistoryRow(h, people.officer(h.officerId()).orElseThrow(), post)).toList().reversed();
        model.addAttribute("office", office(officeId));
        model.addAttribute("post", post);
        model.addAttribute("history", history);
        model.addAttribute("current", history.stream().filter(r -> r.holding().until() == null).findFirst().orElse(null));
        model.addAttribute("officers", people.officers(officeId));
        model.addAttribute("assign", assign);
        model.addAttribute("assignErrors", assignErrors);
        model.addAttribute("vacateOn", vacateOn);
        model.addAttribute("vacateErrors", vacateErrors);
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "people/post";
    }

    private String officerPage(long officeId, long officerId, String post, String on, FormErrors errors, Model model) {
        Officer officer = officer(officeId, officerId);
        List<HistoryRow> holdings = people.holdingsOf(officerId).stream()
                .map(h -> new HistoryRow(h, officer, people.post(h.postId()).orElseThrow())).toList().reversed();
        model.addAttribute("office", office(officeId));
        model.addAttribute("officer", officer);
        model.addAttribute("holdings", holdings);
        model.addAttribute("posts", people.posts(officeId).stream().filter(Post::active).toList());
        model.addAttribute("transferPost", post);
        model.addAttribute("transferOn", on);
        model.addAttribute("errors", errors);
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "people/officer";
    }

    private Office office(long officeId) {
        return offices.require(officeId);
    }

    /** The post, if it is on this office's list; else 404, so one office's path never reaches another's post. */
    private Post post(long officeId, long postId) {
        return people.post(postId).filter(p -> p.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.postNotFound", postId));
    }

    private Officer officer(long officeId, long officerId) {
        return people.officer(officerId).filter(o -> o.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.officerNotFound", officerId));
    }

    private static Long id(String text) {
        String digits = bd.udbhabon.bangla.BanglaDigits.toLatin(text.strip());
        return digits.matches("\\d{1,18}") ? Long.valueOf(digits) : null;
    }
}
