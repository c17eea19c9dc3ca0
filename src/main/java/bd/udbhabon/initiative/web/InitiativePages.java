package bd.udbhabon.initiative.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.internal.InitiativeRepository;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The office's initiatives (issue 15, point 1): the list grouped by stage, filtered by stage and kind (and
 * "not moved for six months"), THE initiative page, and its evidence files. Readers of the office read them
 * (its superiors too); an initiative reached through another office's path is not found.
 */
@Controller
class InitiativePages {

    /** An idea or a pilot that has not moved for this long waits on the office's writers (start page, list filter). */
    static final int STALE_MONTHS = 6;

    private final InitiativeService initiatives;
    private final InitiativeRepository repository;
    private final InitiativeView view;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final AccessPolicy access;

    InitiativePages(InitiativeService initiatives, InitiativeRepository repository, InitiativeView view, OfficeDirectory offices,
                    PeopleDirectory people, AccessPolicy access) {
        this.initiatives = initiatives;
        this.repository = repository;
        this.view = view;
        this.offices = offices;
        this.people = people;
        this.access = access;
    }

    /** Whether the initiative waits: an idea or a pilot at the same stage for {@value #STALE_MONTHS} months or more. */
    static boolean stale(Initiative i, LocalDate today) {
        return (i.stage() == Stage.IDEA || i.stage() == Stage.PILOT) && !i.stageSince().isAfter(today.minusMonths(STALE_MONTHS));
    }

    @GetMapping("/offices/{officeId}/initiatives")
    @OfficeAccess(Permission.READ_RECORDS)
    String list(@PathVariable long officeId, @RequestParam(required = false) String stage, @RequestParam(required = false) String kind,
                @RequestParam(required = false) String show, Model model) {
        LocalDate today = Dhaka.today();
        List<Initiative> all = initiatives.ofOffice(officeId);
        Stage stageFilter = parse(Stage.class, stage);
        InitiativeKind kindFilter = parse(InitiativeKind.class, kind);
        boolean staleOnly = "stale".equals(show);
        List<Initiative> shown = all.stream()
                .filter(i -> stageFilter == null || i.stage() == stageFilter)
                .filter(i -> kindFilter == null || i.kind() == kindFilter)
                .filter(i -> !staleOnly || stale(i, today)).toList();
        // grouped by stage in the course's order, each group newest first (as ofOffice gives them)
        Map<Stage, List<Initiative>> byStage = new LinkedHashMap<>();
        for (Stage s : Stage.values()) {
            List<Initiative> at = shown.stream().filter(i -> i.stage() == s).toList();
            if (!at.isEmpty()) {
                byStage.put(s, at);
            }
        }
        Map<Stage, Long> counts = all.stream().collect(Collectors.groupingBy(Initiative::stage, () -> new java.util.EnumMap<>(Stage.class),
                Collectors.counting()));
        Map<Long, Post> posts = people.posts(all.stream().map(Initiative::ownerPostId).filter(java.util.Objects::nonNull).toList());
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("byStage", byStage);
        model.addAttribute("counts", counts);
        model.addAttribute("total", all.size());
        model.addAttribute("shown", shown.size());
        model.addAttribute("posts", posts);
        model.addAttribute("stale", shown.stream().filter(i -> stale(i, today)).map(Initiative::id).collect(Collectors.toSet()));
        model.addAttribute("stage", stageFilter == null ? "" : stageFilter.name());
        model.addAttribute("kind", kindFilter == null ? "" : kindFilter.name());
        model.addAttribute("staleOnly", staleOnly);
        model.addAttribute("mayWrite", access.allows(Permission.WRITE_RECORDS, officeId));
        return "initiative/list";
    }

    @GetMapping("/offices/{officeId}/initiatives/{initiativeId}")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @PathVariable long initiativeId, @RequestParam(required = false) String find, Model model) {
        return view.page(officeId, initiativeId, new FormErrors(), Map.of(), List.of(), find, model);
    }

    /** An evidence file of one of the initiative's stages, served by the upload rule (type from the content). */
    @GetMapping("/offices/{officeId}/initiatives/{initiativeId}/evidence/{fileId}")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> evidence(@PathVariable long officeId, @PathVariable long initiativeId, @PathVariable long fileId) {
        view.own(officeId, initiativeId);
        var file = repository.evidence(initiativeId).stream().filter(e -> e.id() == fileId).findFirst()
                .orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        byte[] bytes = repository.evidenceBytes(initiativeId, fileId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        return Uploads.download(file.fileName(), file.contentType(), bytes);
    }

    /** The constant named, or null for none or an unknown name (the list then shows everything). */
    private static <E extends Enum<E>> E parse(Class<E> type, String name) {
        Map<String, E> byName = Arrays.stream(type.getEnumConstants()).collect(Collectors.toMap(Enum::name, Function.identity()));
        return name == null ? null : byName.get(name);
    }
}
