package bd.udbhabon.initiative.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.HeldRole;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.StageChange;
import bd.udbhabon.initiative.internal.InitiativeRepository;
import bd.udbhabon.initiative.internal.InitiativeRepository.EvidenceFile;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.initiative.internal.InitiativeWorkflow;
import bd.udbhabon.initiative.internal.ScaleUps;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.people.Officer;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * THE initiative page's contents, for its GET and for every form on it that comes back with its errors: what
 * it says, owner and members, the dated stage history with reasons, deciding decisions and evidence, the
 * superiors' comments, the scale-up, the replications, the parts' links the user may follow, and the forms
 * the user may use (stage move, scale-up, comment). Also the one check that an initiative in a path is the
 * path office's own.
 */
@Component
public class InitiativeView {

    /** A stage the move form offers, and whether moving there from the current stage needs a reason. */
    public record StageOption(Stage stage, boolean needsReason) {
    }

    /** A replication or the original, with its office. */
    public record Related(Initiative initiative, Office office) {
    }

    /** A comment with the commenting office's name. */
    public record Comment(InitiativeRepository.Comment comment, Office office) {
    }

    /** A scale-up with its office. */
    public record ScaleUp(ScaleUps.ScaleUp scaleUp, Office office) {
    }

    private final InitiativeService initiatives;
    private final InitiativeRepository repository;
    private final ScaleUps scaleUps;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final Decisions decisions;
    private final AccessPolicy access;
    private final ObjectProvider<InitiativePageLinks> links;

    InitiativeView(InitiativeService initiatives, InitiativeRepository repository, ScaleUps scaleUps, OfficeDirectory offices,
                   PeopleDirectory people, Decisions decisions, AccessPolicy access, ObjectProvider<InitiativePageLinks> links) {
        this.initiatives = initiatives;
        this.repository = repository;
        this.scaleUps = scaleUps;
        this.offices = offices;
        this.people = people;
        this.decisions = decisions;
        this.access = access;
        this.links = links;
    }

    /** The initiative, if it is the office's own; else 404 (an id is never trusted against another office's path). */
    Initiative own(long officeId, long initiativeId) {
        return initiatives.find(initiativeId).filter(i -> i.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
    }

    /**
     * The office above the initiative's (nearest first) where the user holds a role that may comment: the
     * office the comment is recorded as; empty for the office's own people and anyone else.
     */
    Optional<Long> commentingOffice(Initiative initiative) {
        Set<Long> commenting = access.heldRoles().stream().filter(r -> r.role().grants(Permission.COMMENT))
                .map(HeldRole::officeId).collect(Collectors.toSet());
        return offices.superiorIds(initiative.officeId()).stream().filter(commenting::contains).findFirst();
    }

    /** The office's decisions the move form offers as the deciding body, the latest first. */
    List<Decision> decisionChoices(long officeId) {
        List<Decision> all = new ArrayList<>(decisions.ofOffice(officeId, Dhaka.today()));
        all.sort(Comparator.comparing(Decision::takenOn).thenComparing(Decision::id).reversed());
        return all;
    }

    /**
     * Fills the page's model. {@code typed} is what the form that came back had (its fields' names are distinct
     * across the page's forms), {@code find} the scale-up's office search.
     */
    String page(long officeId, long initiativeId, FormErrors errors, Map<String, String> typed, List<Long> typedOffices,
                String find, Model model) {
        Office office = offices.require(officeId);
        Initiative initiative = own(officeId, initiativeId);
        LocalDate today = Dhaka.today();
        List<StageChange> history = initiatives.history(initiativeId);
        Map<Long, List<EvidenceFile>> evidence = repository.evidence(initiativeId).stream()
                .collect(Collectors.groupingBy(EvidenceFile::stageId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, Decision> deciding = new LinkedHashMap<>();
        history.stream().map(StageChange::decisionId).filter(java.util.Objects::nonNull).distinct()
                .forEach(id -> decisions.find(id, today).ifPresent(d -> deciding.put(id, d)));
        boolean mayWrite = access.allows(Permission.WRITE_RECORDS, officeId);

        List<Initiative> replications = initiatives.replications(initiativeId);
        List<ScaleUps.ScaleUp> scaledTo = scaleUps.of(initiativeId);
        List<InitiativeRepository.Comment> comments = repository.comments(initiativeId);
        Set<Long> officeIds = new HashSet<>();
        replications.forEach(r -> officeIds.add(r.officeId()));
        scaledTo.forEach(s -> officeIds.add(s.officeId()));
        comments.forEach(c -> officeIds.add(c.officeId()));
        Optional<Initiative> original = Optional.ofNullable(initiative.replicatedFromId()).flatMap(initiatives::find);
        original.ifPresent(o -> officeIds.add(o.officeId()));
        Map<Long, Office> names = offices.findAll(officeIds);

        model.addAttribute("office", office);
        model.addAttribute("initiative", initiative);
        model.addAttribute("ownerPost", initiative.ownerPostId() == null ? null : people.post(initiative.ownerPostId()).orElse(null));
        model.addAttribute("members", initiative.memberOfficerIds().stream().map(people::officer).flatMap(Optional::stream).toList());
        model.addAttribute("history", history);
        model.addAttribute("evidence", evidence);
        model.addAttribute("deciding", deciding);
        model.addAttribute("comments", comments.stream().map(c -> new Comment(c, names.get(c.officeId()))).toList());
        model.addAttribute("replications", replications.stream().map(r -> new Related(r, names.get(r.officeId()))).toList());
        model.addAttribute("original", original.map(o -> new Related(o, names.get(o.officeId()))).orElse(null));
        model.addAttribute("scaleUps", scaledTo.stream().map(s -> new ScaleUp(s, names.get(s.officeId()))).toList());
        model.addAttribute("links", visibleLinks(links.orderedStream().toList(), initiative, access::allows));
        model.addAttribute("mayWrite", mayWrite);
        model.addAttribute("stageOptions", mayWrite ? stageOptions(initiative.stage()) : List.of());
        model.addAttribute("decisionChoices", mayWrite ? decisionChoices(officeId) : List.of());
        boolean scaleUpOpen = mayWrite && ScaleUps.open(initiative.stage());
        model.addAttribute("scaleUpOpen", scaleUpOpen);
        model.addAttribute("candidates", scaleUpOpen ? candidates(initiative, scaledTo, find, typedOffices) : List.of());
        model.addAttribute("find", find == null ? "" : find);
        model.addAttribute("typedOffices", typedOffices);
        Long commenting = commentingOffice(initiative).orElse(null);
        model.addAttribute("commentingOffice", commenting == null ? null : offices.find(commenting).orElse(null));
        model.addAttribute("errors", errors);
        model.addAttribute("typed", typed);
        model.addAttribute("today", today.toString());
        return "initiative/initiative";
    }

    /** The parts' links for the initiative that the user may follow ({@code allows}: permission on an office), smallest order first. */
    static List<InitiativePageLinks.Link> visibleLinks(List<InitiativePageLinks> parts, Initiative initiative,
                                                       java.util.function.BiPredicate<Permission, Long> allows) {
        return parts.stream().flatMap(part -> part.links(initiative).stream())
                .filter(l -> l.needs() == null || allows.test(l.needs(), l.onOffice()))
                .sorted(Comparator.comparingInt(InitiativePageLinks.Link::order)).toList();
    }

    static List<StageOption> stageOptions(Stage current) {
        List<StageOption> options = new ArrayList<>();
        for (Stage s : Stage.values()) {
            if (s != current) {
                options.add(new StageOption(s, InitiativeWorkflow.needsReason(current, s)));
            }
        }
        return options;
    }

    /**
     * The offices the scale-up form offers: those a refused form had ticked, then those matching the search
     * text anywhere in the registry, or without one the offices directly below the initiative's; not its own,
     * nor those already listed (unless ticked: the refusal names them).
     */
    private List<Office> candidates(Initiative initiative, List<ScaleUps.ScaleUp> listed, String find, List<Long> typed) {
        String text = find == null ? "" : find.strip();
        if (text.length() > OfficeSearch.MAX_TEXT_LENGTH) {
            text = text.substring(0, OfficeSearch.MAX_TEXT_LENGTH);
        }
        OfficeSearch search = text.isEmpty() ? new OfficeSearch(null, initiative.officeId(), null, 0, 100)
                : new OfficeSearch(null, null, text, 0, 30);
        Set<Long> taken = listed.stream().map(ScaleUps.ScaleUp::officeId).collect(Collectors.toSet());
        taken.add(initiative.officeId());
        // the offices a refused form had ticked come back ticked, whatever the search offers
        Map<Long, Office> shown = new LinkedHashMap<>(offices.findAll(typed));
        offices.search(search).items().forEach(o -> shown.putIfAbsent(o.id(), o));
        return shown.values().stream().filter(o -> !taken.contains(o.id()) || typed.contains(o.id())).toList();
    }

    /** The initiative's owner post choices and member choices for the form: the office's active posts and officers. */
    List<Post> posts(long officeId) {
        return people.posts(officeId).stream().filter(Post::active).toList();
    }

    List<Officer> officers(long officeId) {
        return people.officers(officeId);
    }
}
