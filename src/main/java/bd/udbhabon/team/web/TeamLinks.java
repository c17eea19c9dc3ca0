package bd.udbhabon.team.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The office page's ways to the office's team and to the compliance of the teams below it. */
@Component
class TeamLinks implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        String here = "/offices/" + office.id();
        return List.of(
                OfficePageLink.action(200, Permission.READ_RECORDS, here + "/team", "team.title", "team-link"),
                OfficePageLink.action(400, Permission.READ_RECORDS, here + "/compliance", "team.compliance.link", "compliance-link"));
    }
}
