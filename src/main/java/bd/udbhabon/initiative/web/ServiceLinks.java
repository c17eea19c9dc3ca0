package bd.udbhabon.initiative.web;

import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.internal.ServiceRegister;
import java.util.List;
import org.springframework.stereotype.Component;

/** On an initiative's page, the services of the register that came from it (order 300), when there are any. */
@Component
class ServiceLinks implements InitiativePageLinks {

    private final ServiceRegister register;

    ServiceLinks(ServiceRegister register) {
        this.register = register;
    }

    @Override
    public List<Link> links(Initiative initiative) {
        boolean any = register.services(initiative.officeId()).stream()
                .anyMatch(s -> s.initiativeId() != null && s.initiativeId() == initiative.id());
        return any ? List.of(new Link(300, "/offices/" + initiative.officeId() + "/services?initiative=" + initiative.id(),
                "initiative.services.fromInitiative", "initiative-services-link", null, initiative.officeId())) : List.of();
    }
}
