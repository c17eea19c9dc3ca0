package bd.udbhabon.reminder;

import bd.udbhabon.bangla.Bilingual;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One in-product notification of a user: a reminder's step, and what became of its e-mail.
 *
 * @param step       "before-7", "before-1", "overdue", "escalated"
 * @param mailStatus PENDING, SENDING, SENT, FAILED, NO_ADDRESS, EMAIL_OFF, GAVE_UP
 */
public record Notification(long id, String kind, String step, long officeId, long forOfficeId, LocalDate dueOn,
                           String titleBn, String titleEn, String link, String mailStatus, Instant createdAt,
                           Instant readAt) implements Bilingual {

    public boolean read() {
        return readAt != null;
    }

    public boolean escalated() {
        return ReminderPolicy.ESCALATED.equals(step);
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
