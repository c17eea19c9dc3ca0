package bd.udbhabon.office;

import java.time.LocalDate;
import java.util.List;

/**
 * What a module asks of an office's people today, for their start page ({@code /tasks}): minutes to
 * comment on or approve, papers to issue, decisions overdue, rules the team fails, meetings due. A
 * module declares one bean of this type in its web package and reads only its own records; the start
 * page shows, for each office the user holds a role at, every bean's tasks that the user may do there
 * and names no module itself (as {@link OfficePageLinks} for the office page). Today: meeting 100,
 * team 200, decision 300; the action plan may add its own.
 */
public interface OfficeTasks {

    /** Sections appear smallest first. */
    int order();

    /** What is waiting at {@code office} on {@code today}; the page drops tasks the user may not do. */
    List<OfficeTask> tasks(Office office, LocalDate today);
}
