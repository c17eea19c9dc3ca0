package bd.udbhabon.reminder;

import bd.udbhabon.access.Permission;
import java.time.LocalDate;
import java.util.List;

/**
 * Deadlines a module knows (a meeting due by the cadence, a decision's due date, a quarterly report, the plan's
 * approval, the annual report by 31 July). The module that owns them declares one bean of this type and reads only
 * its own records; {@code reminder} decides whom to remind, when, and escalates, naming no module itself.
 */
public interface DeadlineSource {

    /** The deadlines still open (not met) that fall due on or before {@code until}, of every office; overdue ones too. */
    List<Deadline> open(LocalDate until);

    /**
     * One open deadline.
     *
     * @param key        stable and unique across sources and time, so a reminder is sent once per step: "meeting-due:12:2026-09-30"
     * @param officeId   the office that must act
     * @param permission the holders of this permission at the office are reminded
     * @param link       the page where the work is done, from the site's root: "/offices/12/meetings/new"
     */
    record Deadline(String key, long officeId, Permission permission, LocalDate due, String titleBn, String titleEn,
                    String link) implements bd.udbhabon.bangla.Bilingual {

        /** The kind of deadline, the key's first part ("meeting-due"): each user's e-mail preference is per kind. */
        public String kind() {
            int colon = key.indexOf(':');
            return colon < 0 ? key : key.substring(0, colon);
        }

        @Override
        public String nameBn() {
            return titleBn;
        }

        @Override
        public String nameEn() {
            return titleEn;
        }
    }
}
