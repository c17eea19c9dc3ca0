package bd.udbhabon.office.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The registry's own pages for an office: its administration first, its audit trail last. */
@Component
class OfficeOwnLinks implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        String here = "/offices/" + office.id();
        return List.of(
                OfficePageLink.admin(10, Permission.ADMINISTER_OFFICE, here + "/edit", "office.form.edit", "edit-link"),
                OfficePageLink.admin(20, Permission.ADMINISTER_OFFICE, here + "/new", "office.form.new", null),
                OfficePageLink.admin(30, Permission.ADMINISTER_OFFICE, here + "/import", "import.title", null),
                OfficePageLink.admin(900, Permission.READ_AUDIT, here + "/audit", "offices.audit", "audit-link"));
    }
}
