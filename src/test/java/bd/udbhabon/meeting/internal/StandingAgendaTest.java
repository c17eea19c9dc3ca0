package bd.udbhabon.meeting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Issue 19, point 8: agenda titles that repeat a standing item of the minutes, as officers write them. */
class StandingAgendaTest {

    @Test
    void theConfirmationOfTheLastMinutesInItsUsualWordings() {
        for (String title : new String[] {"গত সভার কার্যবিবরণী অনুমোদন", "বিগত সভার কার্যবিবরণী দৃঢ়ীকরণ",
                "পূর্ববর্তী সভার কার্যবিবরণী নিশ্চিতকরণ", "আগের সভার কার্যবিবরণী পাঠ ও অনুমোদন", "Confirmation of the previous minutes"}) {
            assertThat(StandingAgenda.repeated(title)).as(title).contains(StandingItems.CONFIRMATION_SUBJECT);
        }
    }

    @Test
    void theLastDecisionsImplementationInItsUsualWordings() {
        for (String title : new String[] {"পূর্ববর্তী সভার সিদ্ধান্ত বাস্তবায়ন হার", "বিগত সভার সিদ্ধান্ত বাস্তবায়নের অগ্রগতি",
                "গত সভার সিদ্ধান্তসমূহের বাস্তবায়ন অগ্রগতি পর্যালোচনা", "Implementation of the last meeting's decisions"}) {
            assertThat(StandingAgenda.repeated(title)).as(title).contains(StandingItems.RATE_SUBJECT);
        }
        // the same words with য় written as one letter or as য and a nukta
        String decomposed = Normalizer.normalize("বিগত সভার সিদ্ধান্ত বাস্তবায়ন", Normalizer.Form.NFD);
        assertThat(StandingAgenda.repeated(decomposed)).contains(StandingItems.RATE_SUBJECT);
    }

    @Test
    void ordinaryItemsAreNotStandingOnes() {
        for (String title : new String[] {"সেবা সহজিকরণ উদ্যোগ", "ই-নথি বাস্তবায়নের অগ্রগতি", "বিবিধ", "অবগত সভার কার্যবিবরণী",
                "গতকালের সিদ্ধান্ত", "উদ্ভাবনী উদ্যোগের সিদ্ধান্ত বাস্তবায়ন", "", "   "}) {
            assertThat(StandingAgenda.repeated(title)).as(title).isEmpty();
        }
        assertThat(StandingAgenda.repeated(null)).isEmpty();
    }
}
