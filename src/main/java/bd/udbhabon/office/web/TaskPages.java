package bd.udbhabon.office.web;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.HeldRole;
import bd.udbhabon.access.Role;
import bd.udbhabon.access.SignedIn;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeTask;
import bd.udbhabon.office.OfficeTasks;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The signed-in user's start page: for each office they hold a role at, what waits there today, as
 * the modules say ({@link OfficeTasks}), only what the user may do there. Another office's tasks are
 * never asked: the offices are the user's own grants.
 */
@Controller
class TaskPages {

    private final OfficeDirectory offices;
    private final AccessPolicy access;
    private final List<OfficeTasks> sections;

    TaskPages(OfficeDirectory offices, AccessPolicy access, List<OfficeTasks> sections) {
        this.offices = offices;
        this.access = access;
        this.sections = sections.stream().sorted(Comparator.comparingInt(OfficeTasks::order)).toList();
    }

    @GetMapping("/tasks")
    @SignedIn
    String tasks(Model model) {
        LocalDate today = Dhaka.today();
        Map<Long, List<Role>> rolesByOffice = new LinkedHashMap<>();
        for (HeldRole held : access.heldRoles()) {
            rolesByOffice.computeIfAbsent(held.officeId(), id -> new ArrayList<>()).add(held.role());
        }
        List<OfficeDesk> desks = new ArrayList<>();
        rolesByOffice.forEach((officeId, roles) -> offices.find(officeId).ifPresent(office -> desks.add(
                new OfficeDesk(office, roles, sections.stream().flatMap(s -> s.tasks(office, today).stream())
                        .filter(t -> access.allows(t.needs(), officeId)).toList()))));
        model.addAttribute("desks", desks);
        model.addAttribute("today", today);
        return "office/tasks";
    }
}
