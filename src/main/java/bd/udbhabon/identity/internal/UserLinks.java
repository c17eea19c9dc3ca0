package bd.udbhabon.identity.internal;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The office page's way to who holds which role at the office (readable wherever its records are). */
@Component
class UserLinks implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.admin(500, Permission.READ_RECORDS, "/offices/" + office.id() + "/users",
                "users.title", "users-link"));
    }
}
