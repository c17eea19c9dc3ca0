package bd.udbhabon.office.web;

import bd.udbhabon.access.Role;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeTask;
import java.util.List;

/** One office's part of a start page: the roles the user holds there and its tasks (none: all done). */
public record OfficeDesk(Office office, List<Role> roles, List<OfficeTask> tasks) {

    public OfficeDesk {
        roles = List.copyOf(roles);
        tasks = List.copyOf(tasks);
    }
}
