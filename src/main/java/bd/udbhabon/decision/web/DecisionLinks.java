package bd.udbhabon.decision.web;

import bd.udbhabon.access.Permission;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** The office page's way to the office's decision register. */
@Component
class DecisionLinks implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.action(300, Permission.READ_RECORDS, "/offices/" + office.id() + "/decisions",
                "decision.title", "decisions-link"));
    }
}
