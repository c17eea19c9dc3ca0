package bd.udbhabon.showcase;

import java.time.LocalDate;

/** A showcasing event (উদ্ভাবনী শোকেসিং) held by an office: what it is called, when and where, how far it has come. */
public record Showcase(long id, long officeId, String titleBn, String titleEn, LocalDate heldOn, String venueBn,
                       ShowcaseStatus status, Long paperId) {

    public String title(boolean bangla) {
        return bangla || titleEn == null ? titleBn : titleEn;
    }
}
