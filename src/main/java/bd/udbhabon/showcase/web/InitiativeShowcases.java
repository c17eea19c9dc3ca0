package bd.udbhabon.showcase.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.OfficeAccess;
import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.Initiatives;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.Showcases;
import java.util.List;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The showcases an initiative was entered in, linked from its page (order 500): whichever office held them, when,
 * how far each has come, whether it was chosen among the best; the showcase's page where the user may read the
 * organiser's records, its result paper on the organiser's corner once published.
 */
@Controller
class InitiativeShowcases implements InitiativePageLinks {

    private final Initiatives initiatives;
    private final Showcases showcases;
    private final OfficeDirectory offices;
    private final AccessPolicy access;

    InitiativeShowcases(Initiatives initiatives, Showcases showcases, OfficeDirectory offices, AccessPolicy access) {
        this.initiatives = initiatives;
        this.showcases = showcases;
        this.offices = offices;
        this.access = access;
    }

    @Override
    public List<Link> links(Initiative initiative) {
        return List.of(new Link(500, "/offices/" + initiative.officeId() + "/initiatives/" + initiative.id() + "/showcases",
                "showcase.initiative.link", "initiative-showcases-link", null, initiative.officeId()));
    }

    @GetMapping("/offices/{officeId}/initiatives/{initiativeId}/showcases")
    @OfficeAccess(Permission.READ_RECORDS)
    String page(@PathVariable long officeId, @PathVariable long initiativeId, Model model) {
        Initiative initiative = initiatives.find(initiativeId).filter(i -> i.officeId() == officeId)
                .orElseThrow(() -> UserFacingException.notFound("showcase.error.initiativeNotFound"));
        List<Showcases.Entered> entered = showcases.enteredIn(initiativeId);
        model.addAttribute("office", offices.require(officeId));
        model.addAttribute("initiative", initiative);
        model.addAttribute("entered", entered);
        model.addAttribute("organisers", offices.findAll(entered.stream().map(e -> e.showcase().officeId()).toList()));
        model.addAttribute("readable", entered.stream().map(e -> e.showcase().officeId()).distinct()
                .filter(o -> access.allows(Permission.READ_RECORDS, o)).toList());
        return "showcase/initiative";
    }
}
