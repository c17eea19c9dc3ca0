package bd.udbhabon.initiative.web;

import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.initiative.internal.FieldVisits;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Forms;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import jakarta.validation.Valid;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * An initiative's field visits (issue 15, point 6): every visit with who went, what they found, their
 * files and the follow-up decisions linked to the register; the form for whoever writes the records of
 * the initiative's office or of an office above it (checked here before anything else: writing does not
 * reach down, so the path's office is only checked for reading).
 */
@Controller
class VisitPages implements InitiativePageLinks {

    private static final String PAGE = "/offices/{officeId}/initiatives/{initiativeId}/visits";

    private final FieldVisits visits;
    private final Initiatives initiatives;
    private final Decisions decisions;
    private final OfficeDirectory offices;

    VisitPages(FieldVisits visits, Initiatives initiatives, Decisions decisions, OfficeDirectory offices) {
        this.visits = visits;
        this.initiatives = initiatives;
        this.decisions = decisions;
        this.offices = offices;
    }

    @Override
    public List<Link> links(Initiative initiative) {
        return List.of(new Link(200, "/offices/" + initiative.officeId() + "/initiatives/" + initiative.id() + "/visits",
                "initiative.visits.link", "visits-link", null, initiative.officeId()));
    }

    @GetMapping(PAGE)
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @PathVariable long initiativeId, Model model) {
        return show(initiative(officeId, initiativeId), VisitForm.empty(Dhaka.today()), new FormErrors(), model);
    }

    @PostMapping(PAGE)
    @OfficeAccess(Permission.READ_RECORDS)
    String record(@PathVariable long officeId, @PathVariable long initiativeId, @Valid @ModelAttribute("visitForm") VisitForm form,
                  BindingResult binding, Model model) {
        if (visits.visitingOffices(officeId).isEmpty()) {
            throw new UserFacingException(403, "initiative.visit.error.notWriter");
        }
        Initiative initiative = initiative(officeId, initiativeId);
        FormErrors errors = Forms.errors(binding);
        FieldVisits.NewVisit visit = form.visit(errors);
        return Forms.saveOrShow(errors, () -> {
            visits.record(initiativeId, visit);
            return "redirect:/offices/" + officeId + "/initiatives/" + initiativeId + "/visits";
        }, problems -> show(initiative, form, problems, model));
    }

    @GetMapping(PAGE + "/{visitId}/evidence/{evidenceId}")
    @OfficeAccess(Permission.READ_RECORDS)
    ResponseEntity<byte[]> evidence(@PathVariable long officeId, @PathVariable long initiativeId, @PathVariable long visitId,
                                    @PathVariable long evidenceId) {
        initiative(officeId, initiativeId);
        var file = visits.evidence(initiativeId, visitId, evidenceId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.visit.error.fileNotFound"));
        return Uploads.download(file.fileName(), file.contentType(), file.bytes());
    }

    /** The office's initiative, or 404: an initiative is never reached through another office's path. */
    private Initiative initiative(long officeId, long initiativeId) {
        return initiatives.find(initiativeId).filter(i -> i.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("initiative.error.notFound", initiativeId));
    }

    private String show(Initiative initiative, VisitForm form, FormErrors errors, Model model) {
        long officeId = initiative.officeId();
        List<FieldVisits.Visit> all = visits.visits(initiative.id());
        Set<Long> officeIds = new HashSet<>();
        all.forEach(v -> officeIds.add(v.visitingOfficeId()));
        Map<Long, List<FollowUpView>> followUps = new LinkedHashMap<>();
        LocalDate today = Dhaka.today();
        Map<Long, Decision> found = new LinkedHashMap<>();
        for (FieldVisits.Visit v : all) {
            for (long id : v.decisionIds()) {
                decisions.find(id, today).ifPresent(d -> {
                    found.put(id, d);
                    d.owners().stream().map(Owner::officeId).filter(java.util.Objects::nonNull).forEach(officeIds::add);
                });
            }
        }
        Map<Long, Office> names = offices.findAll(officeIds);
        for (FieldVisits.Visit v : all) {
            List<FollowUpView> views = new ArrayList<>();
            for (long id : v.decisionIds()) {
                Decision d = found.get(id);
                if (d != null) {
                    // the visited office reads it through its own register when it owns it; else through the deciding office's
                    long through = decisions.concerns(id, officeId) ? officeId : d.officeId();
                    Long owner = d.owners().isEmpty() ? null : d.owners().getFirst().officeId();
                    views.add(new FollowUpView("/offices/" + through + "/decisions/" + id, owner == null ? null : names.get(owner), d));
                }
            }
            followUps.put(v.id(), views);
        }
        List<Office> visitingAs = visits.visitingOffices(officeId);
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("initiative", initiative);
        model.addAttribute("visits", all);
        model.addAttribute("followUps", followUps);
        model.addAttribute("officeNames", names);
        model.addAttribute("visitingAs", visitingAs);
        model.addAttribute("owners", visitingAs.isEmpty() ? List.of() : visits.owners(officeId));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        return "initiative/visits";
    }
}
