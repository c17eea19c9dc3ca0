package bd.udbhabon.people.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The office page's way to the office's posts and officers. */
@Component
class PeopleLinks implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.admin(100, Permission.READ_RECORDS, "/offices/" + office.id() + "/people",
                "people.title", "people-link"));
    }
}
