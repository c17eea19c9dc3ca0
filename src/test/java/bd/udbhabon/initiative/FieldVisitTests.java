package bd.udbhabon.initiative;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.FilesInTheStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Field visits of an initiative (issue 15, point 6) through their page: a superior office's writer records a
 * visit with a photo and follow-up decisions, which land in the decision register as the visiting office's
 * ("পরিদর্শন, <day>"), given to the visited office, and are linked from the visit; a reader, an unrelated
 * office's writer and another office's path are refused; a bad follow-up or file is said in Bangla with the
 * form as typed, and nothing is written, decisions included.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class FieldVisitTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    Decisions decisions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    List<InitiativePageLinks> parts;

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }

    private static byte[] png() throws Exception {
        var out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private static Map<String, String> visit(String office, String day, String findings, String decision, String owner, String due) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("visitingOfficeId", office);
        form.put("visitedOn", day);
        form.put("visitorsBn", "মোঃ আব্দুল করিম, অতিরিক্ত জেলা প্রশাসক (সার্বিক)");
        form.put("findingsBn", findings);
        form.put("decisions[0].textBn", decision);
        form.put("decisions[0].owner", owner);
        form.put("decisions[0].dueOn", due);
        form.put("decisions[1].textBn", "");
        form.put("decisions[1].owner", "");
        form.put("decisions[1].dueOn", "");
        return form;
    }

    private long visits(long initiativeId) {
        return jdbc.sql("select count(*) from initiative_visit where initiative_id = ?").param(initiativeId).query(Long.class).single();
    }

    private long decisionsOf(long officeId) {
        return jdbc.sql("select count(*) from decision where office_id = ?").param(officeId).query(Long.class).single();
    }

    @Test
    void aSuperiorsWriterRecordsAVisitWithAPhotoAndItsFollowUpGoesToTheRegisterLinked() throws Exception {
        long district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        Initiative pilot = fixtures.initiativeAt(upazila, Stage.PILOT, "পরিদর্শন");
        accounts.create("visit-dc", Role.OFFICE_ADMIN, district);
        accounts.create("visit-uno", Role.OFFICE_ADMIN, upazila);
        Browsing dc = signedIn("visit-dc");
        String page = "/offices/" + upazila + "/initiatives/" + pilot.id() + "/visits";

        assertThat(parts.stream().flatMap(p -> p.links(pilot).stream()))
                .as("the initiative page's link to its visits, for whoever reads the initiative")
                .anySatisfy(l -> assertThat(l).extracting(InitiativePageLinks.Link::order, InitiativePageLinks.Link::href,
                        InitiativePageLinks.Link::needs).containsExactly(200, page, null));
        String form = dc.get(page).body();
        assertThat(form).contains("data-testid=\"visit-form\"", "data-testid=\"visiting-office\"", "এই উদ্যোগে এখনো কোনো পরিদর্শন লিপিবদ্ধ হয়নি।");
        byte[] photo = png();
        var saved = dc.multipart(page, visit(Long.toString(district), "2024-03-05", "সেবা কেন্দ্রে ই-নথি চালু আছে; নিবন্ধন খাতা হালনাগাদ নয়।",
                        "নিবন্ধন খাতা এক মাসের মধ্যে হালনাগাদ করতে হবে।", "office:" + upazila, "2024-04-30"),
                List.of(new Browsing.Upload("evidence", "কেন্দ্রের ছবি.png", "image/png", photo)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        var row = jdbc.sql("select id, visiting_office_id, visited_on from initiative_visit where initiative_id = ?").param(pilot.id())
                .query((rs, n) -> List.of(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class))).single();
        assertThat(row.get(1)).isEqualTo(district);
        assertThat(row.get(2)).isEqualTo(LocalDate.of(2024, 3, 5));
        long decisionId = jdbc.sql("select decision_id from initiative_visit_decision where visit_id = ?").param(row.get(0))
                .query(Long.class).single();
        Decision decision = decisions.find(decisionId, Dhaka.today()).orElseThrow();
        assertThat(decision.officeId()).as("the visiting office decided").isEqualTo(district);
        assertThat(decision.sourceLabelBn()).isEqualTo("পরিদর্শন, ০৫ মার্চ ২০২৪");
        assertThat(decision.subjectBn()).isEqualTo("উদ্ভাবনী উদ্যোগ: " + pilot.titleBn());
        assertThat(decision.dueOn()).isEqualTo(LocalDate.of(2024, 4, 30));
        assertThat(decision.owners()).singleElement().satisfies(o -> assertThat(o.officeId()).isEqualTo(upazila));
        assertThat(decisions.assignedTo(upazila, Dhaka.today())).extracting(Decision::id).contains(decisionId);

        // the visit as the visited office reads it: the decision linked through its own register, the photo served
        Browsing uno = signedIn("visit-uno");
        String shown = uno.get(page).body();
        assertThat(shown).contains("সেবা কেন্দ্রে ই-নথি চালু আছে", "মোঃ আব্দুল করিম", "নিবন্ধন খাতা এক মাসের মধ্যে হালনাগাদ করতে হবে।",
                "href=\"/offices/" + upazila + "/decisions/" + decisionId + "\"", "৩০ এপ্রিল ২০২৪", "কেন্দ্রের ছবি.png", "০৫ মার্চ ২০২৪");
        long file = jdbc.sql("select id from initiative_visit_evidence where visit_id = ?").param(row.get(0)).query(Long.class).single();
        var served = uno.bytes(page + "/" + row.get(0) + "/evidence/" + file);
        assertThat(served.status()).isEqualTo(200);
        assertThat(served.contentType()).isEqualTo("image/png");
        assertThat(served.body()).isEqualTo(photo);
        // issue 17: the photo's bytes are in the file store, not in its row; a row from before is still served
        FilesInTheStore.inTheStore(jdbc, store, "initiative_visit_evidence", "bytes", "file_id", file, photo);
        byte[] before = png();
        before[before.length - 1] ^= 1; // another file: not the one stored
        FilesInTheStore.asBeforeTheStore(jdbc, "initiative_visit_evidence", "bytes", "file_id", file, before);
        assertThat(uno.bytes(page + "/" + row.get(0) + "/evidence/" + file).body()).isEqualTo(before);
        assertThat(uno.get("/offices/" + upazila + "/decisions/" + decisionId).status()).isEqualTo(200);
        assertThat(uno.get(page + "?lang=en").body()).contains("Field visits of the initiative", "5 March 2024", "30 Apr 2024");
        uno.get(page + "?lang=bn");
        // the upazila's own writer records as the upazila (the only office it writes), a follow-up given to it by default
        var own = uno.post(page, visit("", "2024-03-20", "হালনাগাদ শুরু হয়েছে।", "প্রতি সপ্তাহে অগ্রগতি জানাতে হবে।", "", "2024-04-15"));
        assertThat(own.status()).as(own.body()).isEqualTo(302);
        assertThat(visits(pilot.id())).isEqualTo(2);
        assertThat(decisions.ofOffice(upazila, Dhaka.today())).singleElement()
                .satisfies(d -> assertThat(d.owners().getFirst().officeId()).isEqualTo(upazila));
    }

    @Test
    void aReaderAnUnrelatedWriterOrAnotherOfficesPathIsRefusedAndABadFollowUpWritesNothing() {
        long district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long unrelated = fixtures.office(OfficeLevel.UPAZILA, null, null);
        Initiative pilot = fixtures.initiativeAt(upazila, Stage.PILOT, "নিষেধ");
        Initiative theirs = fixtures.initiative(unrelated, InitiativeKind.IDEA, "অন্যের");
        accounts.create("visit-reviewer", Role.REVIEWER, district);
        accounts.create("visit-stranger", Role.OFFICE_ADMIN, unrelated);
        accounts.create("visit-writer", Role.MEMBER_SECRETARY, upazila);
        String page = "/offices/" + upazila + "/initiatives/" + pilot.id() + "/visits";
        Map<String, String> good = visit(Long.toString(upazila), "2024-03-05", "ঠিক আছে", "", "", "");

        Browsing reviewer = signedIn("visit-reviewer");
        assertThat(reviewer.get(page).body()).as("a reader sees the visits, not the form").doesNotContain("data-testid=\"visit-form\"");
        assertThat(reviewer.post(page, good).status()).isEqualTo(403);
        Browsing stranger = signedIn("visit-stranger");
        assertThat(stranger.get(page).status()).isEqualTo(403);
        assertThat(stranger.post(page, good).status()).isEqualTo(403);

        Browsing writer = signedIn("visit-writer");
        assertThat(writer.post("/offices/" + upazila + "/initiatives/" + theirs.id() + "/visits", good).status())
                .as("another office's initiative through this office's path").isEqualTo(404);

        var early = writer.post(page, visit(Long.toString(upazila), "2024-03-05", "খাতা হালনাগাদ নয়", "খাতা হালনাগাদ করতে হবে",
                "office:" + upazila, "2024-03-01"));
        assertThat(early.status()).isEqualTo(200);
        assertThat(early.body()).contains("বাস্তবায়নের শেষ তারিখ পরিদর্শনের তারিখের আগে হতে পারে না।", "খাতা হালনাগাদ নয়", "খাতা হালনাগাদ করতে হবে");
        var noText = writer.post(page, visit(Long.toString(upazila), "2024-03-05", "খাতা হালনাগাদ নয়", "", "office:" + district, "2024-04-01"));
        assertThat(noText.body()).contains("এই ঘরটি পূরণ করুন।", "বাস্তবায়নকারী দপ্তরটি তালিকার কোনোটি নয়।");
        var asSuperior = writer.post(page, visit(Long.toString(district), "2024-03-05", "খাতা হালনাগাদ নয়", "", "", ""));
        assertThat(asSuperior.body()).contains("পরিদর্শনকারী দপ্তর বেছে নিন");
        var badFile = writer.multipart(page, visit(Long.toString(upazila), "2024-03-05", "খাতা হালনাগাদ নয়", "সিদ্ধান্ত", "", "2024-04-01"),
                List.of(new Browsing.Upload("evidence", "ছবি.png", "image/png", "<html>not a photo</html>".getBytes())));
        assertThat(badFile.status()).isEqualTo(200);
        assertThat(badFile.body()).contains("data-testid=\"evidence-error\"");
        var future = writer.post(page, visit(Long.toString(upazila), "2999-01-01", "", "", "", ""));
        assertThat(future.body()).contains("তারিখ আজকের পরে হতে পারে না।", "এই ঘরটি পূরণ করুন।");

        assertThat(visits(pilot.id())).isZero();
        assertThat(decisionsOf(upazila)).isZero();
        assertThat(decisionsOf(district)).isZero();
    }
}
