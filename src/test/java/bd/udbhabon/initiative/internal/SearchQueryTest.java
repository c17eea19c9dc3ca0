package bd.udbhabon.initiative.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.FormErrors;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/** The national search's filters as typed (issue 15, point 4), read without Spring: each bad one named, none guessed. */
class SearchQueryTest {

    private static SearchQuery.Filters filters(String q, String kind, String level, String district, String stage, String saving,
                                               String atLeast, String page, String in) {
        return new SearchQuery.Filters(q, kind, level, district, stage, saving, atLeast, null, null, page, in);
    }

    @Test
    void wordsAreLowerCasedAndEveryFilterIsRead() {
        FormErrors errors = new FormErrors();
        SearchQuery query = SearchQuery.parse(filters("  Land  MUTATION ", "simplification", "UPAZILA", "৪২", "running", "cost",
                "১,০০০", "২", null), errors);

        assertThat(errors.any()).isFalse();
        assertThat(query.text()).isEqualTo("land mutation");
        assertThat(query.kind()).isEqualTo(InitiativeKind.SIMPLIFICATION);
        assertThat(query.level()).isEqualTo(OfficeLevel.UPAZILA);
        assertThat(query.districtId()).isEqualTo(42L);
        assertThat(query.stage()).isEqualTo(Stage.RUNNING);
        assertThat(query.saving()).isEqualTo(SearchQuery.Saving.COST);
        assertThat(query.atLeast()).isEqualByComparingTo(new BigDecimal("1000"));
        assertThat(query.page()).isEqualTo(2);
        assertThat(query.target()).isEqualTo(SearchQuery.Target.INITIATIVES);
    }

    @Test
    void aSavingAloneMeansAnySaving() {
        SearchQuery query = SearchQuery.parse(filters(null, null, null, null, null, "TIME", null, null, null), new FormErrors());
        assertThat(query.atLeast()).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void everyUnreadableFilterIsNamedAndNothingIsSearched() {
        FormErrors errors = new FormErrors();
        SearchQuery query = SearchQuery.parse(filters("নথ", "FOO", "VILLAGE", "ঢাকা", "DONE", null, "-5", "x", "EVERYTHING"), errors);

        assertThat(query).isNull();
        for (String field : new String[]{"q", "kind", "level", "district", "stage", "atLeast", "page", "in"}) {
            assertThat(errors.has(field)).as(field).isTrue();
        }
    }

    @Test
    void aLeastSavingNeedsToSayOfWhatAndANumber() {
        FormErrors errors = new FormErrors();
        assertThat(SearchQuery.parse(filters(null, null, null, null, null, null, "100", null, null), errors)).isNull();
        assertThat(errors.has("saving")).isTrue();

        FormErrors notANumber = new FormErrors();
        assertThat(SearchQuery.parse(filters(null, null, null, null, null, "COST", "একশো", null, null), notANumber)).isNull();
        assertThat(notANumber.has("atLeast")).isTrue();
    }

    @Test
    void threeCharactersAtLeastAndAHundredAtMost() {
        FormErrors shortText = new FormErrors();
        SearchQuery.parse(filters("ab", null, null, null, null, null, null, null, null), shortText);
        assertThat(shortText.has("q")).isTrue();

        FormErrors bangla = new FormErrors();
        assertThat(SearchQuery.parse(filters("নথি", null, null, null, null, null, null, null, null), bangla).text()).isEqualTo("নথি");

        FormErrors longText = new FormErrors();
        SearchQuery.parse(filters("ক".repeat(101), null, null, null, null, null, null, null, null), longText);
        assertThat(longText.has("q")).isTrue();
    }

    @Test
    void nothingTypedIsEmptyAndTheTabAloneIsNotAQuestion() {
        assertThat(SearchQuery.Filters.none().empty()).isTrue();
        assertThat(filters(" ", "", null, null, null, null, null, "1", "SERVICES").empty()).isTrue();
        assertThat(filters(null, "IDEA", null, null, null, null, null, null, null).empty()).isFalse();
    }

    @Test
    void likeWildcardsAreTakenLiterally() {
        assertThat(NationalSearch.escapeLike("১০০%_a\\b")).isEqualTo("১০০\\%\\_a\\\\b");
    }
}
