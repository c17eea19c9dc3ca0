package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * "Adopt this in my office" (issue 15, point 4): a writer of another office takes an initiative up as a linked
 * replication, prefilled from the original; the office is checked on the server (not the original's, not one
 * they do not write for, not twice while the first runs), a refused form keeps what was typed and writes nothing;
 * the initiative page's link is offered only to those who could adopt it.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class AdoptTests {

    @LocalServerPort
    int port;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    Initiatives initiatives;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<InitiativePageLinks> pageLinks;

    long originalOffice;
    long adopting;
    long unrelated;
    Initiative original;
    String writer;

    @BeforeEach
    void setUp() {
        originalOffice = fixtures.office(OfficeLevel.UPAZILA, null, null);
        adopting = fixtures.office(OfficeLevel.UPAZILA, null, null);
        unrelated = fixtures.office(OfficeLevel.UPAZILA, null, null);
        original = fixtures.initiativeAt(originalOffice, Stage.RUNNING, "adopt" + adopting);
        writer = "adopter-" + adopting;
        long account = accounts.create(writer, Role.MEMBER_SECRETARY, adopting);
        accounts.grant(account, Role.MEMBER_SECRETARY, originalOffice); // writes for the original's office too: not offered
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }

    private Map<String, String> form(long office) {
        Map<String, String> form = new HashMap<>();
        form.put("office", Long.toString(office));
        form.put("titleBn", "ই-নথিতে দ্রুত নিষ্পত্তি, আমাদের উপজেলায়");
        form.put("titleEn", "");
        form.put("serviceBn", original.serviceBn());
        form.put("problemBn", original.problemBn());
        form.put("rootCauseBn", "");
        form.put("solutionBn", original.solutionBn());
        form.put("since", "০১-০৭-২০২৫");
        return form;
    }

    private long replicationsOf(long office) {
        return jdbc.sql("select count(*) from initiative where replicated_from_id = ? and office_id = ?").param(original.id())
                .param(office).query(Long.class).single();
    }

    @Test
    void aWriterOfAnotherOfficeAdoptsItAsALinkedReplication() {
        Browsing user = signedIn(writer);
        var page = user.get("/initiatives/" + original.id() + "/adopt");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("value=\"" + original.titleBn() + "\"").contains(original.solutionBn())
                .contains("<option value=\"" + adopting + "\"").doesNotContain("<option value=\"" + originalOffice + "\"");

        var adopted = user.post("/initiatives/" + original.id() + "/adopt", form(adopting));
        assertThat(adopted.status()).as(adopted.body()).isEqualTo(302);
        Initiative replication = initiatives.replications(original.id()).getFirst();
        assertThat(adopted.location()).endsWith("/offices/" + adopting + "/initiatives/" + replication.id());
        assertThat(replication.officeId()).isEqualTo(adopting);
        assertThat(replication.kind()).isEqualTo(InitiativeKind.REPLICATION);
        assertThat(replication.replicatedFromId()).isEqualTo(original.id());
        assertThat(replication.titleBn()).isEqualTo("ই-নথিতে দ্রুত নিষ্পত্তি, আমাদের উপজেলায়");
        assertThat(replication.stage()).isEqualTo(Stage.IDEA);
        assertThat(replication.stageSince()).isEqualTo(java.time.LocalDate.of(2025, 7, 1));

        var twice = user.post("/initiatives/" + original.id() + "/adopt", form(adopting));
        assertThat(twice.status()).isEqualTo(200);
        assertThat(twice.body()).contains("বেছে নেওয়া দপ্তর উদ্যোগটি আগেই গ্রহণ করেছে");
        assertThat(replicationsOf(adopting)).isEqualTo(1);
        assertThat(user.get("/initiatives/" + original.id() + "/adopt").body()).contains("data-testid=\"adopted-by\"");
    }

    @Test
    void theOriginalsOfficeAnOfficeTheUserDoesNotWriteForAndABlankTitleAreRefused() {
        Browsing user = signedIn(writer);
        user.get("/initiatives/" + original.id() + "/adopt");

        var own = user.post("/initiatives/" + original.id() + "/adopt", form(originalOffice));
        assertThat(own.status()).isEqualTo(200);
        assertThat(own.body()).contains("নিজ দপ্তরের উদ্যোগ রেপ্লিকেট করা যায় না");
        assertThat(replicationsOf(originalOffice)).isZero();

        var foreign = user.post("/initiatives/" + original.id() + "/adopt", form(unrelated));
        assertThat(foreign.status()).isEqualTo(403);
        assertThat(replicationsOf(unrelated)).isZero();

        Map<String, String> blank = form(adopting);
        blank.put("titleBn", " ");
        blank.put("problemBn", "সমস্যার কথা যা লেখা হয়েছিল");
        var refused = user.post("/initiatives/" + original.id() + "/adopt", blank);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("data-testid=\"titleBn-error\"").contains("সমস্যার কথা যা লেখা হয়েছিল");
        var badDay = form(adopting);
        badDay.put("since", "৩২-১৩-২০২৫");
        assertThat(user.post("/initiatives/" + original.id() + "/adopt", badDay).body()).contains("data-testid=\"since-error\"");
        assertThat(replicationsOf(adopting)).isZero();
    }

    @Test
    void whoWritesNowhereElseIsRefusedAndNotOfferedTheLink() {
        String reader = "adopt-reader-" + adopting;
        accounts.create(reader, Role.TEAM_MEMBER, adopting);
        String ownWriter = "adopt-own-" + adopting;
        accounts.create(ownWriter, Role.MEMBER_SECRETARY, originalOffice);

        assertThat(signedIn(reader).get("/initiatives/" + original.id() + "/adopt").status()).isEqualTo(403);
        assertThat(signedIn(ownWriter).get("/initiatives/" + original.id() + "/adopt").status()).isEqualTo(403);
        assertThat(signedIn(writer).get("/initiatives/999999999/adopt").status()).isEqualTo(404);

        assertThat(accounts.as(writer, () -> adoptLinks())).extracting(InitiativePageLinks.Link::href)
                .containsExactly("/initiatives/" + original.id() + "/adopt");
        assertThat(accounts.as(ownWriter, () -> adoptLinks())).isEmpty();
        assertThat(accounts.as(reader, () -> adoptLinks())).isEmpty();
    }

    private List<InitiativePageLinks.Link> adoptLinks() {
        return pageLinks.stream().flatMap(l -> l.links(original).stream()).filter(l -> l.order() == 400).toList();
    }
}
