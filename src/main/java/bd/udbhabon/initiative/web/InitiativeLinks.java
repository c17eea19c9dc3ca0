package bd.udbhabon.initiative.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The office page's way to the office's innovation initiatives ("উদ্ভাবনী উদ্যোগ"). */
@Component
class InitiativeLinks implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(350, Permission.READ_RECORDS, "/offices/" + office.id() + "/initiatives",
                "initiative.title", "initiatives-link"));
    }
}
