package bd.udbhabon.training;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.initiative.InitiativePageLinks;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.FilesInTheStore;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 15, point 7: an office's writers record trainings, workshops and learning sessions through the form
 * (officers of its people list, guests, evidence, the innovation visited), bad input comes back as typed with
 * Bangla messages and writes nothing, an id is served under its own office only, and the counts over an
 * office's scope are what part G's roll-up reads.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class TrainingTests {

    private static final byte[] PDF = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

    @LocalServerPort
    int port;
    @Autowired
    InitiativeFixtures fixtures;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    FileStore store;
    @Autowired
    Trainings trainings;
    @Autowired
    TrainingFacts facts;
    @Autowired
    List<InitiativePageLinks> initiativeLinks;

    @Test
    void aWriterRecordsALearningSessionWithOfficersGuestsEvidenceAndTheInitiativeVisited() {
        long district = fixtures.office(OfficeLevel.DISTRICT, null, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long elsewhere = fixtures.office(OfficeLevel.UPAZILA, null, null);
        Initiative visited = fixtures.initiativeAt(elsewhere, Stage.RUNNING, "শিখন");
        long rahima = officer(upazila, "রহিমা বেগম");
        long karim = officer(upazila, "আব্দুল করিম");
        String admin = "training-admin-" + upazila;
        accounts.create(admin, Role.OFFICE_ADMIN, upazila);
        Browsing user = new Browsing(port);
        user.signIn(admin, TestAccounts.PASSWORD);

        // from the initiative's page: the form starts as a learning session on it
        var form = user.get("/offices/" + upazila + "/trainings/new?kind=LEARNING_SESSION&initiative=" + visited.id());
        assertThat(form.status()).isEqualTo(200);
        assertThat(form.body()).contains("value=\"LEARNING_SESSION\" selected", "name=\"initiativeRef\" value=\"" + visited.id() + "\"",
                "রহিমা বেগম", "আব্দুল করিম");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "LEARNING_SESSION");
        fields.put("heldOn", "১৫-০২-২০২৪");
        fields.put("days", "২");
        fields.put("topicBn", "ই-নথিতে দ্রুত নিষ্পত্তি: পরিদর্শনের শিক্ষা");
        fields.put("venueBn", "উপজেলা পরিষদ সভাকক্ষ");
        fields.put("initiativeRef", "/offices/" + elsewhere + "/initiatives/" + visited.id());
        fields.put("officers[0]", Long.toString(rahima));
        fields.put("officers[1]", Long.toString(karim));
        fields.put("guests[0].nameBn", "জনাব সালমা খাতুন");
        fields.put("guests[0].designationBn", "প্রধান শিক্ষক");
        fields.put("guests[1].nameBn", "");
        fields.put("guests[1].designationBn", "");
        fields.put("action", "save");
        var saved = user.multipart("/offices/" + upazila + "/trainings/new", fields,
                List.of(new Browsing.Upload("files", "হাজিরা.pdf", "application/pdf", PDF)));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);
        assertThat(saved.location()).matches(".*/offices/" + upazila + "/trainings/\\d+");
        long id = Long.parseLong(saved.location().substring(saved.location().lastIndexOf('/') + 1));

        Training training = trainings.find(id).orElseThrow();
        assertThat(training.kind()).isEqualTo(TrainingKind.LEARNING_SESSION);
        assertThat(training.heldOn()).isEqualTo(LocalDate.of(2024, 2, 15));
        assertThat(training.lastDay()).isEqualTo(LocalDate.of(2024, 2, 16));
        assertThat(training.initiativeId()).isEqualTo(visited.id());
        assertThat(training.officerIds()).containsExactlyInAnyOrder(rahima, karim);
        assertThat(training.guests()).containsExactly(new NewTraining.Guest("জনাব সালমা খাতুন", "প্রধান শিক্ষক"));
        assertThat(training.evidence()).singleElement().satisfies(e -> assertThat(e.fileName()).isEqualTo("হাজিরা.pdf"));

        var page = user.get("/offices/" + upazila + "/trainings/" + id);
        assertThat(page.body()).contains("ই-নথিতে দ্রুত নিষ্পত্তি: পরিদর্শনের শিক্ষা", "লার্নিং সেশন", "রহিমা বেগম", "জনাব সালমা খাতুন",
                "প্রধান শিক্ষক", "href=\"/offices/" + elsewhere + "/initiatives/" + visited.id() + "\"", "২ দিন", "১৫ ফেব্রুয়ারি ২০২৪");
        long evidenceId = training.evidence().getFirst().id();
        var file = user.bytes("/offices/" + upazila + "/trainings/" + id + "/evidence/" + evidenceId);
        assertThat(file.status()).isEqualTo(200);
        assertThat(file.contentType()).isEqualTo("application/pdf");
        assertThat(file.body()).isEqualTo(PDF);
        // issue 17: the evidence's bytes are in the file store, not in its row; a row from before is still served
        FilesInTheStore.inTheStore(jdbc, store, "training_evidence", "bytes", "file_id", evidenceId, PDF);
        byte[] before = "%PDF-1.4\n% attendance from before the file store\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        FilesInTheStore.asBeforeTheStore(jdbc, "training_evidence", "bytes", "file_id", evidenceId, before);
        assertThat(user.bytes("/offices/" + upazila + "/trainings/" + id + "/evidence/" + evidenceId).body()).isEqualTo(before);
        assertThat(user.get("/offices/" + upazila + "/trainings").body()).contains("data-testid=\"training-" + id + "\"",
                "data-testid=\"this-year-LEARNING_SESSION\"");

        // never an id against another office's address, even for a superior who reads both
        String superior = "training-district-" + district;
        accounts.create(superior, Role.OFFICE_ADMIN, district);
        Browsing above = new Browsing(port);
        above.signIn(superior, TestAccounts.PASSWORD);
        assertThat(above.get("/offices/" + upazila + "/trainings/" + id).status()).isEqualTo(200);
        assertThat(above.get("/offices/" + district + "/trainings/" + id).status()).isEqualTo(404);
        assertThat(above.bytes("/offices/" + district + "/trainings/" + id + "/evidence/" + evidenceId).status()).isEqualTo(404);
        assertThat(above.get("/offices/" + upazila + "/trainings/" + id + "/edit").status()).as("a superior does not write").isEqualTo(403);

        // the initiative's page: the session held after visiting it, and for a writer "record one"
        List<InitiativePageLinks.Link> links = accounts.as(admin, () -> initiativeLinks.stream()
                .flatMap(l -> l.links(visited).stream()).filter(l -> l.titleKey().startsWith("training.")).toList());
        assertThat(links).extracting(InitiativePageLinks.Link::href).containsExactly("/offices/" + upazila + "/trainings/" + id,
                "/offices/" + upazila + "/trainings/new?kind=LEARNING_SESSION&initiative=" + visited.id());

        // changed: a guest fewer, an officer fewer, the file removed, one day
        fields.put("days", "1");
        fields.remove("officers[1]");
        fields.put("guests[0].nameBn", "");
        fields.put("guests[0].designationBn", "");
        fields.put("remove[0]", Long.toString(evidenceId));
        var edited = user.multipart("/offices/" + upazila + "/trainings/" + id + "/edit", fields, List.of());
        assertThat(edited.status()).as(edited.body()).isEqualTo(302);
        Training after = trainings.find(id).orElseThrow();
        assertThat(after.officerIds()).containsExactly(rahima);
        assertThat(after.guests()).isEmpty();
        assertThat(after.evidence()).isEmpty();
        assertThat(after.days()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from audit_entry where record_type = 'training' and record_id = ?")
                .param(Long.toString(id)).query(Long.class).single()).isEqualTo(2);
    }

    @Test
    void badInputComesBackAsTypedInBanglaAndWritesNothing() {
        long upazila = fixtures.office(OfficeLevel.UPAZILA, null, null);
        long elsewhere = fixtures.office(OfficeLevel.UPAZILA, null, null);
        long stranger = officer(elsewhere, "অন্য দপ্তরের কর্মকর্তা");
        String admin = "training-bad-" + upazila;
        accounts.create(admin, Role.OFFICE_ADMIN, upazila);
        Browsing user = new Browsing(port);
        user.signIn(admin, TestAccounts.PASSWORD);
        user.get("/offices/" + upazila + "/trainings/new");

        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kind", "WORKSHOP");
        fields.put("heldOn", Bangla.future());
        fields.put("days", "৪০০");
        fields.put("topicBn", "স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা");
        fields.put("visitedBn", "সিঙ্গাপুরের ই-সেবা");
        fields.put("officers[0]", Long.toString(stranger));
        fields.put("guests[0].nameBn", "");
        fields.put("guests[0].designationBn", "উপপরিচালক");
        fields.put("action", "save");
        var refused = user.multipart("/offices/" + upazila + "/trainings/new", fields,
                List.of(new Browsing.Upload("files", "ছবি.pdf", "application/pdf", "<html>not a pdf</html>".getBytes(StandardCharsets.UTF_8))));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("value=\"স্মার্ট বাংলাদেশ বিনির্মাণ বিষয়ক কর্মশালা\"", "value=\"৪০০\"", "value=\"উপপরিচালক\"",
                "value=\"সিঙ্গাপুরের ই-সেবা\"",
                "তারিখ আজকের পরে হতে পারে না", "মেয়াদ ১ থেকে ৩৬৫ দিনের মধ্যে", "পরিদর্শিত উদ্যোগ কেবল লার্নিং সেশনের জন্য",
                "অতিথির নাম লিখুন", "এই দপ্তরের জনবলের তালিকায় নেই", "ছবি.pdf: ফাইলটির ভেতরে আসলে HTML");

        // a day that is none, an unknown initiative
        fields.put("heldOn", "৩১-০২-২০২৪");
        fields.put("days", "১");
        fields.put("kind", "LEARNING_SESSION");
        fields.put("visitedBn", "");
        fields.put("initiativeRef", "999999999");
        fields.remove("officers[0]");
        fields.put("guests[0].nameBn", "জনাব আনিস");
        var unreadable = user.multipart("/offices/" + upazila + "/trainings/new", fields,
                List.of(new Browsing.Upload("files", "হাজিরা.pdf", "application/pdf", PDF)));
        assertThat(unreadable.status()).isEqualTo(200);
        assertThat(unreadable.body()).contains("value=\"৩১-০২-২০২৪\"", "তারিখটি পড়া যায়নি", "এই নম্বরের কোনো উদ্ভাবনী উদ্যোগ নেই",
                "ফাইলগুলো আবার বেছে নিন");

        // "more rows" keeps what was typed and saves nothing
        fields.put("action", "more");
        var more = user.multipart("/offices/" + upazila + "/trainings/new", fields, List.of());
        assertThat(more.body()).contains("name=\"guests[6].nameBn\"", "value=\"জনাব আনিস\"").doesNotContain("field-error");

        assertThat(trainings.ofOffice(upazila)).isEmpty();
        assertThat(jdbc.sql("select count(*) from training_evidence e join training t on t.id = e.training_id where t.office_id = ?")
                .param(upazila).query(Long.class).single()).isZero();
    }

    @Test
    void theCountsOverAnOfficesScopeAddUpItsOwnAndTheOfficesBelow() {
        long division = fixtures.office(OfficeLevel.DIVISION, null, null);
        long district = fixtures.office(OfficeLevel.DISTRICT, division, null);
        long upazila = fixtures.office(OfficeLevel.UPAZILA, district, null);
        long other = fixtures.office(OfficeLevel.UPAZILA, district, null);
        record(division, TrainingKind.WORKSHOP, LocalDate.of(2023, 8, 1), 1, 2);
        record(district, TrainingKind.TRAINING, LocalDate.of(2023, 9, 10), 3, 4);
        record(upazila, TrainingKind.TRAINING, LocalDate.of(2023, 10, 5), 2, 1);
        record(upazila, TrainingKind.WORKSHOP, LocalDate.of(2024, 7, 2), 1, 3); // next fiscal year
        record(other, TrainingKind.LEARNING_SESSION, LocalDate.of(2024, 1, 20), 1, 5);

        LocalDate from = LocalDate.of(2023, 7, 1);
        LocalDate to = LocalDate.of(2024, 6, 30);
        TrainingFacts.Tally tally = facts.inScope(division, from, to);
        assertThat(tally.held(TrainingKind.TRAINING)).isEqualTo(2);
        assertThat(tally.held(TrainingKind.WORKSHOP)).isEqualTo(1);
        assertThat(tally.held(TrainingKind.LEARNING_SESSION)).isEqualTo(1);
        assertThat(tally.total()).isEqualTo(4);
        assertThat(tally.days()).isEqualTo(1 + 3 + 2 + 1);
        assertThat(tally.participants()).isEqualTo(2 + 4 + 1 + 5);
        assertThat(facts.inScope(division, null, null).total()).as("open ends: every one").isEqualTo(5);

        Map<Long, TrainingFacts.Tally> below = facts.inScopes(List.of(upazila, other, district), from, to);
        assertThat(below.get(upazila).total()).isEqualTo(1);
        assertThat(below.get(other).held(TrainingKind.LEARNING_SESSION)).isEqualTo(1);
        assertThat(below.get(district).total()).isEqualTo(3);
        assertThat(facts.inScope(fixtures.office(OfficeLevel.UPAZILA, null, null), null, null)).isEqualTo(TrainingFacts.Tally.NONE);

        assertThat(facts.held(upazila, TrainingKind.TRAINING, from, to)).singleElement()
                .satisfies(h -> assertThat(h.participants()).isEqualTo(1));
    }

    private void record(long office, TrainingKind kind, LocalDate day, int days, int guests) {
        List<NewTraining.Guest> people = java.util.stream.IntStream.rangeClosed(1, guests)
                .mapToObj(i -> new NewTraining.Guest("অতিথি " + i, null)).toList();
        trainings.create(office, new NewTraining(kind, day, days, "বিষয় " + kind.nameBn(), null, null, null, null,
                kind == TrainingKind.LEARNING_SESSION ? "পরিদর্শিত উদ্যোগ" : null, List.of(), people), List.of());
    }

    private long officer(long office, String name) {
        return jdbc.sql("insert into officer (office_id, name_bn) values (?, ?) returning id").param(office).param(name)
                .query(Long.class).single();
    }

    /** Days as an officer types them. */
    private static final class Bangla {
        static String future() {
            LocalDate d = bd.udbhabon.bangla.Dhaka.today().plusDays(3);
            return bd.udbhabon.bangla.BanglaDigits.toBangla("%02d-%02d-%d".formatted(d.getDayOfMonth(), d.getMonthValue(), d.getYear()));
        }
    }
}
