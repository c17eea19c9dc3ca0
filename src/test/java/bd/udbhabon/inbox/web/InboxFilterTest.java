package bd.udbhabon.inbox.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.inbox.ExpectedItems;
import bd.udbhabon.inbox.InboxKind;
import bd.udbhabon.inbox.internal.InboxItem;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The inbox page's filters as typed, and the expected list's counts and pages (plain JUnit). */
class InboxFilterTest {

    @Test
    void filtersReadInEitherDigitsAndRefusedInTheUsersLanguage() {
        var filter = new InboxFilter("minutes", "RECEIVED", "১২", "২০২৫-২৬", 2).read();
        assertThat(filter.kind()).isEqualTo(InboxKind.MINUTES);
        assertThat(filter.status()).isEqualTo(InboxItem.Status.RECEIVED);
        assertThat(filter.below()).isEqualTo(12L);
        assertThat(filter.year()).isEqualTo(new FiscalYear(2025));
        assertThat(new InboxFilter(" ", null, "", null, null).read()).isEqualTo(new bd.udbhabon.inbox.internal.InboxRepository.Filter(null, null, null, null));
        assertThat(new InboxFilter("plan", null, null, "2024-25", -3).pageNumber()).isZero();
        assertThat(new InboxFilter("plan", null, null, "2024-25", 1).query()).isEqualTo("kind=plan&year=2024-25");
        for (var bad : List.of(new InboxFilter("letters", null, null, null, null), new InboxFilter(null, "LOST", null, null, null),
                new InboxFilter(null, null, "dhaka", null, null), new InboxFilter(null, null, null, "last year", null))) {
            assertThatThrownBy(bad::read).isInstanceOfSatisfying(UserFacingException.class,
                    e -> assertThat(e.messageKey()).startsWith("inbox.error."));
        }
    }

    @Test
    void theExpectedListIsCountedPerKindAndPagedOldestDueFirst() {
        List<ExpectedItems.Expected> all = new ArrayList<>();
        for (int i = 0; i < 150; i++) {
            all.add(new ExpectedItems.Expected(i, "minutes", "কার্যবিবরণী", "Minutes", LocalDate.of(2025, 1, 1).plusDays(i), null));
        }
        all.add(new ExpectedItems.Expected(999, "team-order", "টিম", "Team", LocalDate.of(2020, 1, 1), null));
        var first = ExpectedPages.listing(all, null, 0);
        assertThat(first.byKind()).containsEntry("minutes", 150).containsEntry("team-order", 1);
        assertThat(first.total()).isEqualTo(151);
        assertThat(first.items()).hasSize(ExpectedPages.PAGE_SIZE);
        assertThat(first.items().getFirst().officeId()).as("the longest overdue first").isEqualTo(999);
        assertThat(first.hasNext()).isTrue();
        var second = ExpectedPages.listing(all, "minutes", 1);
        assertThat(second.items()).hasSize(50);
        assertThat(second.hasNext()).isFalse();
        assertThat(second.pageCount()).isEqualTo(2);
        assertThat(ExpectedPages.listing(all, "minutes", 9).items()).isEmpty();
    }
}
