package bd.udbhabon.people.web;

import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.Grade;
import bd.udbhabon.people.Holding;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.OfficerDraft;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.PeopleRegistry;
import bd.udbhabon.people.Post;
import bd.udbhabon.people.PostDraft;
import bd.udbhabon.people.Wing;
import bd.udbhabon.people.Subject;
import bd.udbhabon.people.TeachingLevel;
import bd.udbhabon.people.internal.Dates;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/offices/{officeId}")
@Tag(name = "People and posts", description = """
        The officers an office keeps and its posts, with who held which post from when to when. Dates are
        yyyy-mm-dd; a holding's `until` is the last day held (null: still held). A change `on` a day takes effect
        that day. Reading needs the office's records (superior offices read too); writing needs write access to it.""")
class PeopleApiController {

    private final PeopleDirectory people;
    private final PeopleRegistry registry;
    private final OfficeDirectory offices;
    private final MessageSource messages;

    PeopleApiController(PeopleDirectory people, PeopleRegistry registry, OfficeDirectory offices, MessageSource messages) {
        this.people = people;
        this.registry = registry;
        this.offices = offices;
        this.messages = messages;
    }

    @GetMapping("/posts")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The office's posts, each with whoever held it on a day (today unless `on` is given)")
    List<PostJson> posts(@PathVariable long officeId,
                         @Parameter(description = "the day, yyyy-mm-dd; today if absent") @RequestParam(required = false) String on) {
        office(officeId);
        LocalDate day = day(on);
        List<Post> posts = people.posts(officeId);
        List<Long> ids = posts.stream().map(Post::id).toList();
        Map<Long, Holding> holdings = people.holdingsOn(ids, day);
        Map<Long, Officer> holders = people.holdersOn(ids, day);
        return posts.stream().map(p -> PostJson.of(p, HolderJson.of(holdings.get(p.id()), holders.get(p.id())), null)).toList();
    }

    @GetMapping("/posts/{postId}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "One post with its current holder and every holding, the earliest first")
    PostJson post(@PathVariable long officeId, @PathVariable long postId) {
        Post post = postOf(officeId, postId);
        List<HolderJson> history = people.history(postId).stream()
                .map(h -> HolderJson.of(h, people.officer(h.officerId()).orElseThrow())).toList();
        HolderJson current = history.stream().filter(h -> h.covers(Dhaka.today())).findFirst().orElse(null);
        return PostJson.of(post, current, history);
    }

    @PostMapping("/posts")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add a post to the office's list; 400 with every field's problem if the details are wrong")
    PostJson createPost(@PathVariable long officeId, @RequestBody PostDraft draft) {
        office(officeId);
        return post(officeId, saved(registry.createPost(officeId, draft)));
    }

    @PutMapping("/posts/{postId}")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Change a post's details (or make it inactive: `active` false)")
    PostJson updatePost(@PathVariable long officeId, @PathVariable long postId, @RequestBody PostDraft draft) {
        postOf(officeId, postId);
        return post(officeId, saved(registry.updatePost(postId, draft)));
    }

    @PostMapping("/posts/{postId}/holder")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "An officer of the same office holds the post from `from`; 400 if someone holds it then, "
            + "or the officer holds another post then (unless `additionalCharge`)")
    PostJson assign(@PathVariable long officeId, @PathVariable long postId, @RequestBody AssignJson request) {
        postOf(officeId, postId);
        var errors = new FormErrors();
        LocalDate from = date(request.from(), "from", errors);
        if (request.officerId() == null) {
            errors.add("officer", "people.error.officer");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        saved(registry.assign(postId, request.officerId(), from, Boolean.TRUE.equals(request.additionalCharge())));
        return post(officeId, postId);
    }

    @PostMapping("/posts/{postId}/vacate")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "The post is free from `on`: its holder's last day is the day before")
    PostJson vacate(@PathVariable long officeId, @PathVariable long postId, @RequestBody DayJson request) {
        postOf(officeId, postId);
        var errors = new FormErrors();
        LocalDate on = date(request.on(), "on", errors);
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        saved(registry.vacate(postId, on));
        return post(officeId, postId);
    }

    @GetMapping("/officers")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "The officers the office keeps, by Bangla name")
    List<OfficerJson> officers(@PathVariable long officeId) {
        office(officeId);
        return people.officers(officeId).stream().map(o -> OfficerJson.of(o, null)).toList();
    }

    @GetMapping("/officers/{officerId}")
    @OfficeAccess(Permission.READ_RECORDS)
    @Operation(summary = "One officer with every post held, the earliest first")
    OfficerJson officer(@PathVariable long officeId, @PathVariable long officerId) {
        Officer officer = officerOf(officeId, officerId);
        List<HeldJson> held = people.holdingsOf(officerId).stream()
                .map(h -> HeldJson.of(h, people.post(h.postId()).orElseThrow())).toList();
        return OfficerJson.of(officer, held);
    }

    @PostMapping("/officers")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Add an officer to the office's list; 400 with every field's problem if the details are wrong")
    OfficerJson createOfficer(@PathVariable long officeId, @RequestBody OfficerDraft draft) {
        office(officeId);
        return officer(officeId, saved(registry.createOfficer(officeId, draft)));
    }

    @PutMapping("/officers/{officerId}")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Change an officer's details")
    OfficerJson updateOfficer(@PathVariable long officeId, @PathVariable long officerId, @RequestBody OfficerDraft draft) {
        officerOf(officeId, officerId);
        return officer(officeId, saved(registry.updateOfficer(officerId, draft)));
    }

    @PostMapping("/officers/{officerId}/transfer")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "The officer leaves every post held on the day before `on` and holds `postId` from `on`. "
            + "A post on another office's list (which the caller must be able to write) moves the officer's record there")
    OfficerJson transfer(@PathVariable long officeId, @PathVariable long officerId, @RequestBody TransferJson request) {
        officerOf(officeId, officerId);
        var errors = new FormErrors();
        LocalDate on = date(request.on(), "on", errors);
        if (request.postId() == null) {
            errors.add("post", "people.error.post");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        saved(registry.transfer(officerId, request.postId(), on));
        Officer moved = people.officer(officerId).orElseThrow();
        return officer(moved.officeId(), officerId);
    }

    @PostMapping("/officers/import")
    @OfficeAccess(Permission.WRITE_RECORDS)
    @Operation(summary = "Add officers (and their posts) from a CSV file sent as the body, UTF-8 with or without BOM. "
            + "All or nothing: 201 with the number added, or 400 with every row and its problems and nothing added; "
            + "415 when the body is not text (an Excel workbook, a PDF), whatever its Content-Type says")
    ResponseEntity<ImportJson> importOfficers(@PathVariable long officeId, @RequestBody byte[] body, Locale locale) {
        office(officeId);
        Uploads.CSV.require("officers.csv", body, "officers.csv"); // the same rule as every upload: the content decides
        String csv = new String(body, StandardCharsets.UTF_8);
        int added = registry.importOfficers(csv, officeId);
        if (added > 0) {
            return ResponseEntity.status(HttpStatus.CREATED).body(new ImportJson(added, List.of()));
        }
        List<RowJson> rows = registry.checkImport(csv, officeId).stream().filter(r -> !r.ok())
                .map(r -> new RowJson(r.line(), r.problems().resolve((key, args) -> messages.getMessage(key, args, key, locale))))
                .toList();
        return ResponseEntity.badRequest().body(new ImportJson(0, rows));
    }

    private void office(long officeId) {
        offices.require(officeId);
    }

    private Post postOf(long officeId, long postId) {
        return people.post(postId).filter(p -> p.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.postNotFound", postId));
    }

    private Officer officerOf(long officeId, long officerId) {
        return people.officer(officerId).filter(o -> o.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("people.error.officerNotFound", officerId));
    }

    private static long saved(PeopleRegistry.Saved saved) {
        if (!saved.ok()) {
            throw UserFacingException.invalid(saved.errors());
        }
        return saved.id();
    }

    private static LocalDate day(String on) {
        if (on == null || on.isBlank()) {
            return Dhaka.today();
        }
        LocalDate day = Dates.parse(on);
        if (day == null) {
            throw UserFacingException.badRequest("error.parameter.invalid", "on");
        }
        return day;
    }

    private static LocalDate date(String text, String field, FormErrors errors) {
        LocalDate day = Dates.parse(text);
        if (day == null) {
            errors.add(field, "people.error.date");
        }
        return day;
    }

    record AssignJson(Long officerId, String from, Boolean additionalCharge) {
    }

    record DayJson(String on) {
    }

    record TransferJson(Long postId, String on) {
    }

    record HolderJson(long officerId, String nameBn, String nameEn, LocalDate from, LocalDate until,
                      boolean additionalCharge) {
        static HolderJson of(Holding h, Officer o) {
            return h == null || o == null ? null
                    : new HolderJson(o.id(), o.nameBn(), o.nameEn(), h.from(), h.until(), h.additionalCharge());
        }

        boolean covers(LocalDate day) {
            return new Holding(0, officerId, from, until, additionalCharge).covers(day);
        }
    }

    record PostJson(long id, long officeId, String titleBn, String titleEn, Grade grade, String gradeBn,
                    Wing wing, TeachingLevel teachingLevel, Subject subject, boolean ofAnotherOffice,
                    boolean active, boolean skillsDevelopment, HolderJson holder, List<HolderJson> history) {
        static PostJson of(Post p, HolderJson holder, List<HolderJson> history) {
            return new PostJson(p.id(), p.officeId(), p.titleBn(), p.titleEn(), p.grade(), p.grade().nameBn(),
                    p.wing(), p.teachingLevel(), p.subject(), p.ofAnotherOffice(), p.active(), p.skillsDevelopment(),
                    holder, history);
        }
    }

    record HeldJson(long postId, String titleBn, String titleEn, LocalDate from, LocalDate until, boolean additionalCharge) {
        static HeldJson of(Holding h, Post p) {
            return new HeldJson(p.id(), p.titleBn(), p.titleEn(), h.from(), h.until(), h.additionalCharge());
        }
    }

    record OfficerJson(long id, long officeId, String nameBn, String nameEn, String email, String phone,
                       boolean skillsDevelopment, List<HeldJson> holdings) {
        static OfficerJson of(Officer o, List<HeldJson> holdings) {
            return new OfficerJson(o.id(), o.officeId(), o.nameBn(), o.nameEn(), o.email(), o.phone(),
                    o.skillsDevelopment(), holdings);
        }
    }

    /** A bad row: its number in the file (the header is row 1) and each column's problem. */
    record RowJson(int row, Map<String, String> problems) {
    }

    record ImportJson(int added, List<RowJson> badRows) {
    }
}
