package bd.udbhabon.team;

import java.util.stream.Collectors;

/**
 * A notification's header and duties as typed into the form, before they are checked: dates as
 * typed (2025-11-06 or 06-11-2025, either digits), the duties one per line.
 *
 * @param copyLevelsFrom the id of the notification whose level rules a new one starts from; blank for none
 */
public record NotificationDraft(String titleBn, String titleEn, String memoNumber, String issuedOn, String effectiveFrom,
                                String cadence, String duties, String copyLevelsFrom) {

    public static NotificationDraft of(Notification n) {
        return new NotificationDraft(n.titleBn(), n.titleEn(), n.memoNumber(), n.issuedOn().toString(),
                n.effectiveFrom().toString(), n.cadence().name(), n.duties().stream().collect(Collectors.joining("\n")), "");
    }

    /** A new notification, starting from the level rules of {@code copyLevelsFrom} (null for none). */
    public static NotificationDraft empty(Long copyLevelsFrom) {
        return new NotificationDraft("", "", "", "", "", Cadence.QUARTERLY.name(), "",
                copyLevelsFrom == null ? "" : copyLevelsFrom.toString());
    }
}
