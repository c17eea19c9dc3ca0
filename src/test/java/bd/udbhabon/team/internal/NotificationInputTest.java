package bd.udbhabon.team.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Duties and dates as an administrator types or pastes them. */
class NotificationInputTest {

    @Test
    void typedSerialsAreTakenOffAndTheDutiesKept() {
        assertThat(NotificationInput.duties("""
                ১। সেবা প্রদান প্রক্রিয়ায় গুণগত পরিবর্তন আনয়ন;
                (ক) বাৎসরিক কর্মপরিকল্পনা প্রণয়ন;
                  খ) অগ্রগতি পর্যালোচনা;

                ১২. ই-সেবায় রূপান্তর;
                (৩) সমন্বয়সাধন;
                3) reporting;
                ২০৪১ সালের মধ্যে স্মার্ট বাংলাদেশ বিনির্মাণ;
                ৩১ জুলাই-এর মধ্যে বাৎসরিক প্রতিবেদন।""")).containsExactly(
                "সেবা প্রদান প্রক্রিয়ায় গুণগত পরিবর্তন আনয়ন;", "বাৎসরিক কর্মপরিকল্পনা প্রণয়ন;", "অগ্রগতি পর্যালোচনা;",
                "ই-সেবায় রূপান্তর;", "সমন্বয়সাধন;", "reporting;", "২০৪১ সালের মধ্যে স্মার্ট বাংলাদেশ বিনির্মাণ;",
                "৩১ জুলাই-এর মধ্যে বাৎসরিক প্রতিবেদন।");
        assertThat(NotificationInput.duties(" \n\r\n")).isEmpty();
        assertThat(NotificationInput.duties("১।")).isEmpty();
    }

    @Test
    void datesInEitherDigitsAndEitherOrder() {
        assertThat(NotificationInput.date("2025-11-06")).isEqualTo(LocalDate.of(2025, 11, 6));
        assertThat(NotificationInput.date("০৬-১১-২০২৫")).isEqualTo(LocalDate.of(2025, 11, 6));
        assertThat(NotificationInput.date("06.11.2025")).isEqualTo(LocalDate.of(2025, 11, 6));
        assertThat(NotificationInput.date("31-02-2025")).isNull();
        assertThat(NotificationInput.date("06-11-25")).isNull();
        assertThat(NotificationInput.date("")).isNull();
    }
}
