package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.internal.InitiativeService;
import bd.udbhabon.initiative.internal.NationalSearch;
import bd.udbhabon.initiative.internal.SearchQuery;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.shell.FormErrors;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The national search (issue 15, point 4) over offices of its own: Bangla and English parts of words, each filter
 * (kind, level, district, stage, least saving), the services registers, the page and its JSON twin, bad filters
 * said plainly. Other tests' initiatives share the database, so every question names this test's district or
 * its own word and the answers are checked for this test's initiatives in and out.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class NationalSearchTests {

    @LocalServerPort
    int port;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    InitiativeService initiatives;
    @Autowired
    NationalSearch search;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long district;
    long upazila;
    long otherDistrict;
    String tag;
    Initiative mutation;
    Initiative birth;
    Initiative elsewhere;

    @BeforeEach
    void setUp() {
        district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        otherDistrict = fixtures.office(OfficeLevel.DISTRICT, null, null);
        tag = "t" + System.nanoTime();
        mutation = initiatives.create(upazila, new NewInitiative(InitiativeKind.SIMPLIFICATION, "অনলাইনে ভূমি নামজারি " + tag,
                "Online land mutation " + tag, "ভূমি নামজারি", false, "নামজারিতে নাগরিককে পাঁচবার ভূমি অফিসে আসতে হয়", null,
                "অনলাইনে আবেদন ও এসএমএসে শুনানির তারিখ", null, List.of(), Stage.IDEA, LocalDate.of(2024, 1, 10), null));
        initiatives.move(mutation.id(), new InitiativeService.Move(Stage.PROCESS_MAP, LocalDate.of(2024, 2, 1), null, null, null, List.of()));
        birth = initiatives.create(district, new NewInitiative(InitiativeKind.DIGITISATION, "জন্ম নিবন্ধন ঘরে বসে " + tag,
                "Birth registration from home " + tag, "জন্ম নিবন্ধন", false, "সনদ পেতে দেরি হয়", null, "অনলাইনে আবেদন",
                null, List.of(), Stage.IDEA, LocalDate.of(2024, 1, 10), null));
        elsewhere = initiatives.create(otherDistrict, new NewInitiative(InitiativeKind.SIMPLIFICATION, "এক দিনে ভূমি নামজারি " + tag,
                "Same-day land mutation " + tag, "ভূমি নামজারি", false, "দেরি", null, "এক দিনে", null, List.of(), Stage.IDEA,
                LocalDate.of(2024, 1, 10), null));
        // the mutation saves 400 taka, 10 days and 4 visits a case, 1,000 cases a year
        jdbc.sql("""
                        insert into initiative_tcv (initiative_id, time_before, time_after, cost_before, cost_after, visits_before,
                                                    visits_after, cases_per_year, measured_on)
                        values (?, 12, 2, 500, 100, 5, 1, 1000, date '2024-06-30')""").param(mutation.id()).update();
    }

    private List<Long> found(String q, String kind, String level, Long inDistrict, String stage, String saving, String atLeast) {
        FormErrors errors = new FormErrors();
        SearchQuery query = SearchQuery.parse(new SearchQuery.Filters(q, kind, level, inDistrict == null ? null : inDistrict.toString(),
                stage, saving, atLeast, null, null, null, null), errors);
        assertThat(errors.any()).isFalse();
        return search.initiatives(query).items().stream().map(NationalSearch.Hit::id).toList();
    }

    @Test
    void partOfABanglaWordFindsItInEitherDistrictAndTheDistrictNarrowsIt() {
        assertThat(found("নামজা", null, null, district, null, null, null)).containsExactly(mutation.id());
        assertThat(found("নামজারি " + tag, null, null, null, null, null, null)).containsExactlyInAnyOrder(mutation.id(), elsewhere.id());
        // words of the problem and the solution are searched too: "পাঁচবার ভূমি অফিসে"
        assertThat(found("পাঁচবার ভূমি", null, null, district, null, null, null)).containsExactly(mutation.id());
    }

    @Test
    void partOfAnEnglishWordInAnyCase() {
        assertThat(found("MUTAT", null, null, district, null, null, null)).containsExactly(mutation.id());
        assertThat(found("mutation " + tag, null, null, null, null, null, null)).containsExactlyInAnyOrder(mutation.id(), elsewhere.id());
        assertThat(found("registration from", null, null, district, null, null, null)).containsExactly(birth.id());
    }

    @Test
    void eachFilterNarrowsTheAnswer() {
        assertThat(found(tag, null, null, district, null, null, null)).containsExactlyInAnyOrder(mutation.id(), birth.id());
        assertThat(found(tag, "SIMPLIFICATION", null, null, null, null, null)).containsExactlyInAnyOrder(mutation.id(), elsewhere.id());
        assertThat(found(tag, null, "UPAZILA", null, null, null, null)).containsExactly(mutation.id());
        assertThat(found(tag, null, "DISTRICT", null, null, null, null)).containsExactlyInAnyOrder(birth.id(), elsewhere.id());
        assertThat(found(tag, null, null, null, "PROCESS_MAP", null, null)).containsExactly(mutation.id());
        assertThat(found(tag, null, null, null, "PILOT", null, null)).isEmpty();
        assertThat(found(tag, null, null, null, null, "COST", "400000")).containsExactly(mutation.id());
        assertThat(found(tag, null, null, null, null, "COST", "৪০০০০১")).isEmpty();
        assertThat(found(tag, null, null, null, null, "TIME", "10000")).containsExactly(mutation.id());
        assertThat(found(tag, null, null, null, null, "VISITS", null)).containsExactly(mutation.id());
    }

    @Test
    void aResultNamesItsOfficeItsDistrictAndItsSaving() {
        FormErrors errors = new FormErrors();
        var hit = search.initiatives(SearchQuery.parse(new SearchQuery.Filters(tag, null, "UPAZILA", null, null, null, null, null,
                null, null, null), errors)).items().getFirst();
        assertThat(hit.office().id()).isEqualTo(upazila);
        assertThat(hit.district().id()).isEqualTo(district);
        assertThat(hit.tcv().costSavedPerYear()).isEqualByComparingTo("400000");
        var own = search.initiatives(SearchQuery.parse(new SearchQuery.Filters(tag, "DIGITISATION", null, null, null, null, null,
                null, null, null, null), errors)).items().getFirst();
        assertThat(own.district().id()).as("a district office is in its own district").isEqualTo(district);
    }

    @Test
    void theServicesRegistersAreSearchedToo() {
        jdbc.sql("""
                        insert into office_service (office_id, name_bn, name_en, kind, link, running, checked_on)
                        values (?, ?, ?, 'DIGITISED', 'https://example.gov.bd/trade', true, date '2024-06-30'),
                               (?, ?, ?, 'SIMPLIFIED', null, false, date '2024-06-30')""")
                .param(upazila).param("ট্রেড লাইসেন্স অনলাইনে " + tag).param("Trade licence online " + tag)
                .param(upazila).param("ওয়ারিশ সনদ " + tag).param("Succession certificate " + tag).update();
        FormErrors errors = new FormErrors();
        var licences = search.services(SearchQuery.parse(new SearchQuery.Filters("লাইসেন্স", null, null, Long.toString(district),
                null, null, null, null, null, null, "SERVICES"), errors));
        assertThat(licences.items()).extracting(NationalSearch.ServiceHit::nameBn).containsExactly("ট্রেড লাইসেন্স অনলাইনে " + tag);
        assertThat(licences.items().getFirst().district().id()).isEqualTo(district);
        var running = search.services(SearchQuery.parse(new SearchQuery.Filters(tag, null, null, null, null, null, null, null, "yes",
                null, "SERVICES"), errors));
        assertThat(running.items()).extracting(NationalSearch.ServiceHit::nameEn).containsExactly("Trade licence online " + tag);
        assertThat(errors.any()).isFalse();
    }

    @Test
    void thePageAndItsJsonTwinAnswerAndSayWhatIsWrong() {
        String username = "search-reader-" + tag;
        accounts.create(username, Role.TEAM_MEMBER, otherDistrict);
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);

        var page = user.get("/initiatives/search?q=" + encode("নামজা") + "&district=" + district);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("অনলাইনে ভূমি নামজারি " + tag).doesNotContain("এক দিনে ভূমি নামজারি " + tag)
                .contains("১টি উদ্যোগ পাওয়া গেছে").contains("data-testid=\"hit-" + mutation.id() + "\"");
        assertThat(page.body()).as("a team member writes nowhere: nothing to adopt into").doesNotContain("/adopt");

        var empty = user.get("/initiatives/search");
        assertThat(empty.body()).contains("data-testid=\"search-empty\"").doesNotContain("data-testid=\"initiative-results\"");

        var bad = user.get("/initiatives/search?q=" + encode("নামজা") + "&kind=FOO&atLeast=-3&saving=COST");
        assertThat(bad.status()).isEqualTo(200);
        assertThat(bad.body()).contains("data-testid=\"search-error-kind\"").contains("\"FOO\" তালিকার কোনো বিকল্প নয়")
                .contains("সাশ্রয় শূন্য বা তার বেশি হতে হবে").contains("value=\"নামজা\"");

        var notADistrict = user.get("/initiatives/search?q=" + encode("নামজা") + "&district=" + upazila);
        assertThat(notADistrict.body()).contains("data-testid=\"search-error-district\"");

        var json = user.get("/api/v1/initiatives/search?q=mutat&district=" + district);
        assertThat(json.status()).isEqualTo(200);
        assertThat(json.body()).contains("\"id\":" + mutation.id()).contains("\"costTaka\":400000").contains("\"total\":1");
        var badJson = user.get("/api/v1/initiatives/search?stage=SOMEDAY");
        assertThat(badJson.status()).isEqualTo(400);
        assertThat(badJson.body()).contains("SOMEDAY");

        var english = user.get("/initiatives/search?lang=en&q=mutat&district=" + district);
        assertThat(english.body()).contains("1 initiative found").contains("Online land mutation " + tag);
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
