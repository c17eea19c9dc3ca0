package bd.udbhabon.reminder.web;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.shell.FormErrors;
import org.junit.jupiter.api.Test;

/** The days typed on the policy form (plain JUnit). */
class PolicyPagesTest {

    @Test
    void daysInEitherDigitsByCommasOrSpaces() {
        FormErrors errors = new FormErrors();
        assertThat(PolicyPages.daysBefore("৭, ১", errors)).containsExactly(7, 1);
        assertThat(PolicyPages.daysBefore(" 14 7,3 ", errors)).containsExactly(14, 7, 3);
        assertThat(errors.any()).isFalse();
    }

    @Test
    void blankWordsTooManyOrOutOfRangeAreRefused() {
        for (String typed : new String[] {"", "সাত", "7, 61", "-1", "1,2,3,4,5,6", "7.5"}) {
            FormErrors errors = new FormErrors();
            assertThat(PolicyPages.daysBefore(typed, errors)).as(typed).isEmpty();
            assertThat(errors.has("daysBefore")).as(typed).isTrue();
        }
    }
}
