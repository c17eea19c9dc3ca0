package bd.udbhabon.inbox.internal;

import bd.udbhabon.bangla.Bilingual;
import bd.udbhabon.inbox.InboxKind;
import java.time.Instant;
import java.time.LocalDate;

/** One thing an office received from one below it: its paper (if any), when it was sent, and whether acknowledged. */
public record InboxItem(long id, long toOfficeId, long fromOfficeId, InboxKind kind, String reference, String titleBn,
                        String titleEn, String link, Long paperId, LocalDate sentOn, Instant receivedAt, Status status,
                        String acknowledgedByName, Instant acknowledgedAt) implements Bilingual {

    public enum Status { RECEIVED, ACKNOWLEDGED }

    @Override
    public String nameBn() {
        return titleBn;
    }

    @Override
    public String nameEn() {
        return titleEn;
    }
}
