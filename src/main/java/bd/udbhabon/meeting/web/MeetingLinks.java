package bd.udbhabon.meeting.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The office page's way to the team's meetings and their minutes (daily work, between the team and the decisions). */
@Component
class MeetingLinks implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(250, Permission.READ_RECORDS, "/offices/" + office.id() + "/meetings",
                "meeting.link", "meetings-link"));
    }
}
