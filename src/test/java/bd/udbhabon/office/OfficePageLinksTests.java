package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.shell.Ui;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;

/**
 * The office page shows what the modules contribute ({@link OfficePageLinks}); the page names no
 * key itself, so the messages test cannot see theirs: every link's text is here in both languages,
 * points to a page of this office, and is told apart from the others.
 */
@IntegrationTest
class OfficePageLinksTests {

    @Autowired
    List<OfficePageLinks> contributions;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    MessageSource messages;

    @Test
    void everyContributedLinkHasItsTextInBothLanguagesAndPointsToThisOffice() {
        Office dinajpur = offices.search(new OfficeSearch(OfficeLevel.DISTRICT, null, "Dinajpur", 0, 5)).items().getFirst();
        List<OfficePageLink> links = new ArrayList<>();
        contributions.forEach(c -> links.addAll(c.links(dinajpur)));
        assertThat(links).extracting(OfficePageLink::testId).as("the links the page has always shown")
                .contains("corner-link", "edit-link", "people-link", "team-link", "decisions-link", "compliance-link", "users-link", "audit-link", "meetings-link");
        for (OfficePageLink link : links) {
            assertThat(messages.getMessage(link.titleKey(), null, null, Ui.BANGLA)).as(link.titleKey()).isNotBlank();
            assertThat(messages.getMessage(link.titleKey(), null, null, Ui.ENGLISH)).as(link.titleKey()).isNotBlank();
            assertThat(link.href()).matches("/(offices|corner)/" + dinajpur.id() + "(/.*)?");
            assertThat(link.needs() == null).as("only a notice is for everyone").isEqualTo(link.place() == OfficePageLink.Place.NOTICE);
        }
        assertThat(links.stream().map(OfficePageLink::href).distinct().count()).isEqualTo(links.size());
        assertThat(links.stream().filter(l -> l.testId() != null).map(OfficePageLink::testId).distinct().count())
                .isEqualTo(links.stream().filter(l -> l.testId() != null).count());
    }
}
