package bd.udbhabon.initiative.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.TcvFacts;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * The process and TCV link on an initiative's page (order 100): for a simplification, a digitisation or a
 * replication, for whoever reads it; for an idea once its process or TCV is filled in, and before that for
 * the office's writers only (seed 004 counts an idea with its process map: they draw it here).
 */
@Component
class TcvPageLinks implements InitiativePageLinks {

    private final TcvFacts tcv;

    TcvPageLinks(TcvFacts tcv) {
        this.tcv = tcv;
    }

    @Override
    public List<Link> links(Initiative initiative) {
        Permission needs = null;
        if (initiative.kind() == InitiativeKind.IDEA && tcv.tcv(initiative.id()).isEmpty() && tcv.process(initiative.id()).isEmpty()) {
            needs = Permission.WRITE_RECORDS;
        }
        return List.of(new Link(100, TcvPages.path(initiative.officeId(), initiative.id()), "initiative.tcv.link", "tcv-link",
                needs, initiative.officeId()));
    }
}
