package bd.udbhabon.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The rules of time: one holder per post, one post per officer (but for additional charges), transfers with dates. */
@IntegrationTest
class PeopleRegistryTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcClient jdbc;

    long dinajpur;
    PeopleApi admin;

    @BeforeEach
    void signIn() {
        dinajpur = accounts.office(OfficeLevel.DISTRICT, "Dinajpur");
        accounts.create("dinajpur-people", Role.OFFICE_ADMIN, dinajpur);
        admin = new PeopleApi(port, "dinajpur-people", dinajpur);
    }

    @Test
    void aPostHasOneHolderAtATimeAndKnowsWhoHeldItOnAnyDay() {
        long adc = admin.post("অতিরিক্ত জেলা প্রশাসক (শিক্ষা ও আইসিটি), দিনাজপুর", "ADDITIONAL_DEPUTY_COMMISSIONER");
        long first = admin.officer("মোঃ আব্দুল করিম", "Md. Abdul Karim");
        long second = admin.officer("নাসরিন সুলতানা", "Nasrin Sultana");

        assertThat(admin.assign(adc, first, "2024-01-01", false).status()).isEqualTo(200);
        var taken = admin.assign(adc, second, "2024-06-01", false);
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.field("from")).isEqualTo("এই সময়ে পদটিতে মোঃ আব্দুল করিম আছেন (০১-০১-২০২৪ থেকে); "
                + "একটি পদে একসাথে একজনই থাকতে পারেন। আগে পদটি শূন্য করুন বা তাঁকে বদলি করুন।");

        var vacated = admin.vacate(adc, "01-06-2024");
        assertThat(vacated.status()).isEqualTo(200);
        assertThat(vacated.json().get("history").get(0).get("until").asString()).as("the last day held").isEqualTo("2024-05-31");
        assertThat(admin.assign(adc, second, "2024-05-31", false).field("from")).as("the first holder's last day")
                .contains("মোঃ আব্দুল করিম");
        assertThat(admin.assign(adc, second, "২০২৪-০৬-০১", false).status()).isEqualTo(200);

        assertThat(people.holderOn(adc, LocalDate.of(2023, 12, 31))).isEmpty();
        assertThat(people.holderOn(adc, LocalDate.of(2024, 1, 1)).orElseThrow().id()).isEqualTo(first);
        assertThat(people.holderOn(adc, LocalDate.of(2024, 5, 31)).orElseThrow().id()).isEqualTo(first);
        assertThat(people.holderOn(adc, LocalDate.of(2024, 6, 1)).orElseThrow().id()).isEqualTo(second);
        assertThat(people.holderOn(adc, LocalDate.of(2030, 1, 1)).orElseThrow().id()).isEqualTo(second);
        assertThat(people.history(adc)).containsExactly(
                new Holding(adc, first, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 5, 31), false),
                new Holding(adc, second, LocalDate.of(2024, 6, 1), null, false));

        // the database refuses overlaps by itself, whatever the application checks
        assertThatThrownBy(() -> jdbc.sql("insert into holding (post_id, officer_id, held_from, held_until) values (:p, :o, :f, :u)")
                .param("p", adc).param("o", first).param("f", LocalDate.of(2024, 5, 1)).param("u", LocalDate.of(2024, 6, 1)).update())
                .isInstanceOf(DataIntegrityViolationException.class).hasMessageContaining("holding_one_holder_per_post");
    }

    @Test
    void aTransferEndsEveryHoldingTheDayBeforeAndStartsTheNewPostOnItsDate() {
        long general = admin.post("অতিরিক্ত জেলা প্রশাসক (সার্বিক), দিনাজপুর", "ADDITIONAL_DEPUTY_COMMISSIONER");
        long revenue = admin.post("অতিরিক্ত জেলা প্রশাসক (রাজস্ব), দিনাজপুর", "ADDITIONAL_DEPUTY_COMMISSIONER");
        long ict = admin.post("অতিরিক্ত জেলা প্রশাসক (আইসিটি), দিনাজপুর", "ADDITIONAL_DEPUTY_COMMISSIONER");
        long officer = admin.officer("শাহানা আক্তার", "Shahana Akter");

        assertThat(admin.assign(general, officer, "2023-01-01", false).status()).isEqualTo(200);
        var second = admin.assign(ict, officer, "2023-06-01", false);
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.field("officer")).contains("অতিরিক্ত জেলা প্রশাসক (সার্বিক), দিনাজপুর", "অতিরিক্ত দায়িত্ব ছাড়া");
        assertThat(admin.assign(ict, officer, "2023-06-01", true).status()).as("an additional charge").isEqualTo(200);

        var early = admin.transfer(officer, revenue, "2023-01-01");
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.field("on")).contains("পরে হতে হবে");

        long auditBefore = transfersAudited(officer);
        var moved = admin.transfer(officer, revenue, "2024-03-01");
        assertThat(moved.status()).isEqualTo(200);
        assertThat(transfersAudited(officer)).as("one event").isEqualTo(auditBefore + 1);

        LocalDate leap = LocalDate.of(2024, 2, 29);
        assertThat(people.history(general)).containsExactly(new Holding(general, officer, LocalDate.of(2023, 1, 1), leap, false));
        assertThat(people.history(ict)).containsExactly(new Holding(ict, officer, LocalDate.of(2023, 6, 1), leap, true));
        assertThat(people.history(revenue)).containsExactly(new Holding(revenue, officer, LocalDate.of(2024, 3, 1), null, false));
        assertThat(people.holdersOn(List.of(general, revenue, ict), leap)).containsOnlyKeys(general, ict);
        assertThat(people.holdersOn(List.of(general, revenue, ict), leap.plusDays(1))).containsOnlyKeys(revenue);
        assertThat(people.holdersOn(List.of(), leap)).isEmpty();

        var json = admin.get("/officers/" + officer);
        assertThat(json.json().get("holdings")).hasSize(3);
        assertThat(admin.transfer(officer, revenue, "2024-04-01").field("post")).isEqualTo("কর্মকর্তা এই পদেই আছেন।");
    }

    @Test
    void vacatingOnTheDayOfJoiningRemovesAJoiningEnteredByMistake() {
        long post = admin.post("প্রোগ্রামার, জেলা প্রশাসকের কার্যালয়, দিনাজপুর", "PROGRAMMER");
        long wrong = admin.officer("ভুল কর্মকর্তা", "");
        assertThat(admin.assign(post, wrong, "2025-07-01", false).status()).isEqualTo(200);
        assertThat(admin.vacate(post, "2025-06-30").field("on")).contains("আগে হতে পারে না");
        assertThat(admin.vacate(post, "2025-07-01").status()).isEqualTo(200);
        assertThat(people.history(post)).isEmpty();
        assertThat(admin.vacate(post, "2025-07-02").field("on")).isEqualTo("পদটি এখন শূন্য।");
    }

    @Test
    void postsAndOfficersOfAnotherOfficeAreNotReachedThroughThisOnesPaths() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        accounts.create("bogura-people", Role.OFFICE_ADMIN, bogura);
        var boguraAdmin = new PeopleApi(port, "bogura-people", bogura);
        long boguraPost = boguraAdmin.post("সহকারী প্রোগ্রামার, বগুড়া", "ASSISTANT_PROGRAMMER");
        long ours = admin.officer("রফিকুল ইসলাম", "Rafiqul Islam");

        assertThat(admin.user.get("/api/v1/offices/" + bogura + "/posts/" + boguraPost).status()).isEqualTo(403);
        assertThat(admin.get("/posts/" + boguraPost).status()).as("Bogura's post under Dinajpur's path").isEqualTo(404);
        assertThat(admin.assign(boguraPost, ours, "2024-01-01", false).status()).isEqualTo(404);
        var transfer = admin.transfer(ours, boguraPost, "2024-01-01");
        assertThat(transfer.status()).isEqualTo(400);
        assertThat(transfer.field("post")).isEqualTo("এই পদের দপ্তরে পরিবর্তনের অনুমতি আপনার নেই।");
        assertThat(people.history(boguraPost)).isEmpty();
    }

    @Test
    void postDetailsAreCheckedFieldByField() {
        var bad = admin.send("POST", "/posts", """
                {"titleBn":"","grade":"MINISTER","teachingLevel":"HIGHER_SECONDARY"}""");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.field("title_bn")).isEqualTo("পদবি বাংলায় দিন (৩০০ অক্ষরের মধ্যে)।");
        assertThat(bad.field("grade")).contains("“MINISTER”");
        assertThat(bad.field("subject")).isEqualTo("শিক্ষকের পদে বিষয়ও দিন।");

        var teacher = admin.send("POST", "/posts", """
                {"titleBn":"প্রভাষক (আইসিটি), দিনাজপুর সরকারি কলেজ","titleEn":"Lecturer (ICT), Dinajpur Government College",
                 "grade":"শিক্ষক / প্রভাষক","teachingLevel":"উচ্চ মাধ্যমিক","subject":"আইসিটি","ofAnotherOffice":true}""");
        assertThat(teacher.status()).isEqualTo(201);
        Post post = people.post(teacher.json().get("id").asLong()).orElseThrow();
        assertThat(post).isEqualTo(new Post(post.id(), dinajpur, "প্রভাষক (আইসিটি), দিনাজপুর সরকারি কলেজ",
                "Lecturer (ICT), Dinajpur Government College", Grade.TEACHER, Wing.OTHER, TeachingLevel.HIGHER_SECONDARY,
                Subject.ICT, true, true));
        var again = admin.send("POST", "/posts", """
                {"titleBn":"প্রভাষক (আইসিটি), দিনাজপুর সরকারি কলেজ","grade":"TEACHER"}""");
        assertThat(again.field("title_bn")).isEqualTo("এই দপ্তরের তালিকায় এই পদবি আগেই আছে।");

        var officer = admin.send("POST", "/officers", """
                {"nameBn":"","email":"not-an-address","phone":"call me"}""");
        assertThat(officer.field("name_bn")).isEqualTo("নাম বাংলায় দিন (২০০ অক্ষরের মধ্যে)।");
        assertThat(officer.field("email")).isEqualTo("ই-মেইল ঠিকানাটি সঠিক নয়।");
        assertThat(officer.field("phone")).contains("ফোন নম্বরটি সঠিক নয়");
    }

    private long transfersAudited(long officerId) {
        return jdbc.sql("select count(*) from audit_entry where action = 'officer.transferred' and record_id = :id")
                .param("id", Long.toString(officerId)).query(Long.class).single();
    }
}
