package bd.udbhabon.people;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The people pages as a browser receives them: forms that keep what was typed, readers who cannot write. */
@IntegrationTest
class PeoplePagesTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PeopleDirectory people;

    long nilphamari;
    Browsing admin;

    @BeforeEach
    void signIn() {
        nilphamari = accounts.office(OfficeLevel.DISTRICT, "Nilphamari");
        accounts.create("nilphamari-admin", Role.OFFICE_ADMIN, nilphamari);
        admin = new Browsing(port);
        admin.signIn("nilphamari-admin", TestAccounts.PASSWORD);
    }

    @Test
    void aPostFormWithMistakesKeepsWhatWasTypedAndAddsNothing() {
        admin.get("/offices/" + nilphamari + "/people/posts/new");
        var form = new HashMap<>(Map.of("title_bn", "জেলা শিক্ষা অফিসার, নীলফামারী", "title_en", "District Education Officer",
                "grade", "", "teaching_level", "SECONDARY", "wing", "PLANNING"));
        var rejected = admin.post("/offices/" + nilphamari + "/people/posts/new", form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("পদমর্যাদা দিন।", "শিক্ষকের পদে বিষয়ও দিন।",
                "value=\"জেলা শিক্ষা অফিসার, নীলফামারী\"", "value=\"District Education Officer\"");
        assertThat(rejected.body()).containsPattern("<option value=\"PLANNING\" selected>");
        assertThat(people.posts(nilphamari)).isEmpty();

        form.put("grade", "OFFICER");
        form.put("teaching_level", "");
        var saved = admin.post("/offices/" + nilphamari + "/people/posts/new", form);
        assertThat(saved.status()).isEqualTo(302);
        Post post = people.posts(nilphamari).getFirst();
        assertThat(saved.location()).endsWith("/offices/" + nilphamari + "/people/posts/" + post.id());
        assertThat(post.grade()).isEqualTo(Grade.OFFICER);
        assertThat(post.wing()).isEqualTo(Wing.PLANNING);
        assertThat(admin.get("/offices/" + nilphamari + "/audit/post/" + post.id()).body()).contains("পদ যোগ");
    }

    @Test
    void theDivisionsReviewerReadsTheDistrictsPeopleAndIsOfferedNoChange() {
        long rangpur = accounts.office(OfficeLevel.DIVISION, "Rangpur");
        accounts.create("rangpur-reviewer", Role.REVIEWER, rangpur);
        var reviewer = new Browsing(port);
        reviewer.signIn("rangpur-reviewer", TestAccounts.PASSWORD);
        var page = reviewer.get("/offices/" + nilphamari + "/people");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>কর্মকর্তা ও পদ</h1>").doesNotContain("data-testid=\"new-post\"", "/people/import");
        assertThat(reviewer.get("/offices/" + nilphamari + "/people/posts/new").status()).isEqualTo(403);
        assertThat(reviewer.get("/offices/" + nilphamari).body()).contains("data-testid=\"people-link\"");
    }

    @Test
    void pagesComeInEnglishTooAndTheApiIsDocumented() {
        long thakurgaon = accounts.office(OfficeLevel.DISTRICT, "Thakurgaon"); // an office of its own: the other tests count Nilphamari's posts
        accounts.create("nilphamari-admin", Role.OFFICE_ADMIN, thakurgaon);
        admin.get("/offices/" + thakurgaon + "/people/posts/new");
        assertThat(admin.post("/offices/" + thakurgaon + "/people/posts/new", Map.of("title_bn", "সহকারী কমিশনার (আইসিটি)",
                "title_en", "Assistant Commissioner (ICT)", "grade", "OFFICER")).status()).isEqualTo(302);
        var english = admin.get("/offices/" + thakurgaon + "/people?lang=en");
        assertThat(english.body()).contains("<html lang=\"en\">", "Officers and posts", "New post",
                // days in words, as on every other English page, not 05-12-2026
                "Who held the posts on " + java.time.format.DateTimeFormatter.ofPattern("d MMM yyyy", java.util.Locale.ENGLISH)
                        .format(bd.udbhabon.bangla.Dhaka.today()));
        var docs = new Http(port).get("/v3/api-docs");
        assertThat(docs.body()).contains("/api/v1/offices/{officeId}/posts", "/api/v1/offices/{officeId}/officers/{officerId}/transfer",
                "/api/v1/offices/{officeId}/officers/import", "People and posts");
    }
}
