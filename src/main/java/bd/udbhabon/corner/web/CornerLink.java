package bd.udbhabon.corner.web;

import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficePageLink;
import bd.udbhabon.office.OfficePageLinks;
import java.util.List;
import org.springframework.stereotype.Component;

/** Every office's page points everyone to its public corner. */
@Component
class CornerLink implements OfficePageLinks {

    @Override
    public List<OfficePageLink> links(Office office) {
        return List.of(OfficePageLink.notice(100, "/corner/" + office.id(), "corner.link", "corner-link"));
    }
}
