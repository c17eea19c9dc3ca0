package bd.udbhabon.team;

import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.FormErrors;

/**
 * Entering and correcting notifications, by an administrator who holds {@code ADMINISTER_OFFICE}
 * nationally. Each call is one transaction and is audited; nothing is written when the input has a
 * mistake. A change to the notification in force today re-judges every team under it (the
 * compliance read model); issued team orders keep the findings they were issued with.
 */
public interface NotificationRegistry {

    /** The notification's id, or what is wrong, by form field. */
    record Saved(Long id, FormErrors errors) {
        public boolean ok() {
            return !errors.any();
        }
    }

    /** A new notification with its duties, and the level rules of {@link NotificationDraft#copyLevelsFrom()}, if named. */
    Saved create(NotificationDraft draft);

    /** Corrects the header and duties; the level rules stay. */
    Saved update(long notificationId, NotificationDraft draft);

    /** Replaces the rules the notification states for one level (adds them if there were none). */
    Saved saveLevel(long notificationId, OfficeLevel level, LevelDraft draft);

    /** The notification states no rules for the level: teams of that level are judged "no rules" under it. */
    void deleteLevel(long notificationId, OfficeLevel level);
}
