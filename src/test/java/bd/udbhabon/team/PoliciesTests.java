package bd.udbhabon.team;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.Grade;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The two notifications as the migration records them from seeds 000 and 001. */
@IntegrationTest
class PoliciesTests {

    @Autowired
    Policies policies;

    @Test
    void the2025NotificationIsInForceWithItsRulesDutiesAndCadence() {
        Notification n = policies.inForce(LocalDate.of(2026, 11, 23)).orElseThrow();
        assertThat(n.memoNumber()).isEqualTo("০৪.০০.০০০০.৮৩৩.৩৩.০০২.২০.১০০");
        assertThat(n.cadence()).isEqualTo(Cadence.QUARTERLY);
        assertThat(n.duties()).hasSize(24);
        assertThat(n.duties().get(2)).startsWith("ত্রৈমাসিক ভিত্তিতে টিমের সভা অনুষ্ঠান");
        assertThat(n.duties().get(13)).contains("ডাটা সংরক্ষণ, ডাটা আদান প্রদানে সহজলভ্যতা নিশ্চিতকরণ").doesNotContain("১৫.");
        assertThat(n.levels()).containsOnlyKeys(OfficeLevel.MINISTRY, OfficeLevel.DIRECTORATE, OfficeLevel.DISTRICT, OfficeLevel.UPAZILA);
        LevelRules district = n.rules(OfficeLevel.DISTRICT).orElseThrow();
        assertThat(district.headGrades()).containsExactly(Grade.ADDITIONAL_DEPUTY_COMMISSIONER);
        assertThat(district.minMembers()).isEqualTo(7);
        assertThat(district.maxMembers()).isEqualTo(9);
        assertThat(district.requirements()).extracting(Requirement::descriptionBn).containsExactly(
                "সিনিয়র সহকারী কমিশনার/সহকারী কমিশনার", "প্রোগ্রামার/সহকারী প্রোগ্রামার",
                "জেলার অন্যান্য দপ্তর থেকে মনোনীত কর্মকর্তা", "দক্ষতা উন্নয়নে সক্ষমতাসম্পন্ন কর্মকর্তা",
                "আইসিটি/বিজ্ঞান বিষয়ক উচ্চ মাধ্যমিক পর্যায়ের উদ্যমী শিক্ষক");
        assertThat(n.rules(OfficeLevel.UPAZILA).orElseThrow().formingAuthority()).isEqualTo(FormingAuthority.ADMINISTRATIVE_PARENT);
        assertThat(n.rules(OfficeLevel.DIVISION)).as("seed 000 states no rules for divisional offices").isEmpty();
    }

    @Test
    void the2023NotificationHasItsDateCadenceAndDutiesButNoInventedRules() {
        Notification n = policies.inForce(LocalDate.of(2023, 12, 23)).orElseThrow();
        assertThat(n.memoNumber()).isEqualTo("০৪.০০.০০০০.৮৩২.১৮.০০১.২৩-৭৭");
        assertThat(n.cadence()).isEqualTo(Cadence.MONTHLY);
        assertThat(n.duties()).hasSize(21);
        assertThat(n.duties().get(2)).startsWith("প্রতি মাসে টিমের সভা অনুষ্ঠান");
        assertThat(n.levels()).isEmpty();
        assertThat(policies.inForce(LocalDate.of(2023, 11, 15))).isEmpty();
        assertThat(policies.all()).extracting(Notification::id).containsExactly(2L, 1L);
    }
}
