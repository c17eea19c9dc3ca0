package bd.udbhabon.people;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Officers from a CSV file: every bad row named with its row number and a Bangla reason; all or nothing. */
@IntegrationTest
class OfficerImportTests {

    /** Bangla headers, a byte order mark, one good row and six bad ones (rows 3 to 8). */
    private static final String BAD_FILE = """
            \uFEFFনাম (বাংলা),নাম (ইংরেজি),ই-মেইল,ফোন,দক্ষতা উন্নয়নে সক্ষম,পদবি (বাংলা),পদমর্যাদা,শিক্ষকতার স্তর,বিষয়,যোগদানের তারিখ
            মোঃ কামরুল হাসান,Md. Kamrul Hasan,kamrul@thakurgaon.gov.bd,০১৭১১-০০০০০১,হ্যাঁ,প্রোগ্রামার,PROGRAMMER,,,২০২৪-০১-০১
            ,No Bangla Name,,,,,,,,
            ফারহানা ইয়াসমিন,,not-an-address,,হয়তো,,,,,
            রাশেদুল ইসলাম,,KAMRUL@thakurgaon.gov.bd,,,প্রোগ্রামার,PROGRAMMER,,,2024-02-01
            সুমাইয়া আক্তার,,,,,প্রভাষক (বিজ্ঞান),শিক্ষক / প্রভাষক,উচ্চ মাধ্যমিক,,32-13-2024
            আনোয়ার হোসেন,,,,,,,,,2024-01-01
            জাহিদ হাসান,,,,,সহকারী কমিশনার,MINISTER,,,2024-01-01
            """;

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PeopleDirectory people;
    @Autowired
    JdbcClient jdbc;

    long office;
    PeopleApi admin;

    @BeforeEach
    void signIn() {
        office = accounts.office(OfficeLevel.DISTRICT, "Thakurgaon");
        accounts.create("thakurgaon-people", Role.OFFICE_ADMIN, office);
        admin = new PeopleApi(port, "thakurgaon-people", office);
        jdbc.sql("delete from holding where officer_id in (select id from officer where office_id = :o)").param("o", office).update();
        jdbc.sql("delete from officer where office_id = :o").param("o", office).update();
        jdbc.sql("delete from post where office_id = :o").param("o", office).update();
    }

    @Test
    void everyBadRowIsReportedInBanglaAndNothingIsWritten() {
        var preview = upload(BAD_FILE.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.status()).isEqualTo(200);
        String page = preview.body();
        assertThat(page).contains("মোট ৭টি সারি: ১টি ঠিক আছে, ৬টিতে সমস্যা।");
        assertThat(rowOf(page, "৩")).contains("কলাম নাম (বাংলা): নাম বাংলায় দিন (২০০ অক্ষরের মধ্যে)।");
        assertThat(rowOf(page, "৪")).contains("কলাম ই-মেইল: ই-মেইল ঠিকানাটি সঠিক নয়।",
                "কলাম দক্ষতা উন্নয়নে সক্ষম: হ্যাঁ বা না লিখুন (খালি রাখলে না)।");
        assertThat(rowOf(page, "৫")).contains("কলাম ই-মেইল: এই ই-মেইল ফাইলে একাধিকবার আছে।",
                "কলাম পদবি (বাংলা): এই পদবি ফাইলে একাধিকবার আছে");
        assertThat(rowOf(page, "৬")).contains("কলাম বিষয়: শিক্ষকের পদে বিষয়ও দিন।",
                "কলাম যোগদানের তারিখ: সঠিক তারিখ দিন (যেমন ২০২৪-০৩-০১ বা ০১-০৩-২০২৪)।");
        assertThat(rowOf(page, "৭")).contains("কলাম পদবি (বাংলা): “from” কলাম শুধু পদবি (বাংলা) দিলে ব্যবহার হয়");
        assertThat(rowOf(page, "৮")).contains("কলাম পদমর্যাদা: পদমর্যাদা “MINISTER” চেনা যায়নি");
        assertThat(rowOf(page, "২")).contains("ঠিক আছে");
        assertThat(page).contains("কোনো সারিতে সমস্যা থাকলে কিছুই যোগ হয় না").doesNotContain("data-testid=\"import-all\"");

        var confirmed = admin.user.post("/offices/" + office + "/people/import/confirm", Map.of());
        assertThat(confirmed.body()).contains("মোট ৭টি সারি: ১টি ঠিক আছে, ৬টিতে সমস্যা।");
        assertNothingWritten();

        var api = admin.send("POST", "/officers/import", BAD_FILE);
        assertThat(api.status()).isEqualTo(400);
        assertThat(api.json().get("added").asInt()).isZero();
        var badRows = api.json().get("badRows");
        assertThat(badRows).hasSize(6);
        assertThat(badRows.get(0).get("row").asInt()).isEqualTo(3);
        assertThat(badRows.get(5).get("row").asInt()).isEqualTo(8);
        assertThat(badRows.get(5).get("problems").get("grade").asString()).startsWith("পদমর্যাদা “MINISTER” চেনা যায়নি");
        assertNothingWritten();
    }

    @Test
    void aCleanFileWithEnglishHeadersAddsOfficersMatchesExistingPostsAndMakesNewOnes() {
        long programmer = admin.post("সহকারী প্রোগ্রামার, জেলা প্রশাসকের কার্যালয়, ঠাকুরগাঁও", "ASSISTANT_PROGRAMMER");
        String csv = """
                name_bn,name_en,email,phone,skills_development,post_bn,post_en,grade,wing,teaching_level,subject,other_office,from
                মোঃ কামরুল হাসান,Md. Kamrul Hasan,Kamrul@Thakurgaon.gov.bd,01711-000001,yes,"সহকারী প্রোগ্রামার,  জেলা প্রশাসকের কার্যালয়, ঠাকুরগাঁও",,,,,,,01-01-2024
                সুমাইয়া আক্তার,Sumaiya Akter,,,no,"প্রভাষক (বিজ্ঞান), ঠাকুরগাঁও সরকারি কলেজ",Lecturer (Science),TEACHER,,HIGHER_SECONDARY,SCIENCE,yes,2023-07-01

                আনোয়ার হোসেন,Anwar Hossain,,,,,,,,,,,
                """;
        var preview = upload(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(preview.body()).contains("মোট ৩টি সারি: ৩টি ঠিক আছে, ০টিতে সমস্যা।", "৩জন কর্মকর্তা যোগ করুন");
        assertThat(people.officers(office)).as("checking writes nothing").isEmpty();

        var done = admin.user.post("/offices/" + office + "/people/import/confirm", Map.of());
        assertThat(done.body()).contains("৩জন কর্মকর্তা যোগ হয়েছে।");
        var officers = people.officers(office);
        assertThat(officers).extracting(Officer::nameBn).containsExactlyInAnyOrder("মোঃ কামরুল হাসান", "সুমাইয়া আক্তার", "আনোয়ার হোসেন");
        Officer kamrul = officers.stream().filter(o -> o.nameEn().equals("Md. Kamrul Hasan")).findFirst().orElseThrow();
        assertThat(kamrul.email()).isEqualTo("kamrul@thakurgaon.gov.bd");
        assertThat(kamrul.skillsDevelopment()).isTrue();
        assertThat(people.holderOn(programmer, LocalDate.of(2024, 1, 1))).contains(kamrul);

        Post lecturer = people.posts(office).stream().filter(p -> p.titleBn().startsWith("প্রভাষক")).findFirst().orElseThrow();
        assertThat(lecturer).isEqualTo(new Post(lecturer.id(), office, "প্রভাষক (বিজ্ঞান), ঠাকুরগাঁও সরকারি কলেজ",
                "Lecturer (Science)", Grade.TEACHER, Wing.OTHER, TeachingLevel.HIGHER_SECONDARY, Subject.SCIENCE, true, true));
        assertThat(people.history(lecturer.id())).singleElement()
                .satisfies(h -> assertThat(h.from()).isEqualTo(LocalDate.of(2023, 7, 1)));
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'officer.created' and office_id = :o")
                .param("o", office).query(Long.class).single()).isEqualTo(3);

        var again = upload(csv.getBytes(StandardCharsets.UTF_8));
        assertThat(again.body()).as("the same file twice").contains("এই দপ্তরের তালিকায় এই ই-মেইলে আগেই একজন কর্মকর্তা আছেন।",
                "এই সময়ে পদটিতে মোঃ কামরুল হাসান আছেন");
    }

    @Test
    void aFileInAnotherEncodingOrWithUnknownColumnsIsExplained() {
        byte[] ansi = "name_bn,name_en\nJosé,José\n".getBytes(Charset.forName("windows-1252"));
        assertThat(upload(ansi).body()).contains("ফাইলটি UTF-8 নয়");
        assertThat(upload("name_bn,emial\nক,খ\n".getBytes(StandardCharsets.UTF_8)).body())
                .contains("অচেনা কলাম: emial।");
        assertThat(upload("name_en\nAbc\n".getBytes(StandardCharsets.UTF_8)).body())
                .contains("প্রথম সারিতে কলামের নাম থাকতে হবে");
        assertNothingWritten();
    }

    @Test
    void theTemplateHasTheBanglaHeadersAndAByteOrderMark() {
        var template = admin.user.get("/offices/" + office + "/people/import/template.csv");
        assertThat(template.status()).isEqualTo(200);
        assertThat(template.body()).startsWith("\uFEFFনাম (বাংলা),নাম (ইংরেজি),ই-মেইল,ফোন,দক্ষতা উন্নয়নে সক্ষম,পদবি (বাংলা)");
    }

    private void assertNothingWritten() {
        assertThat(people.officers(office)).isEmpty();
        assertThat(people.posts(office)).isEmpty();
    }

    /** The text of the preview table's row whose first cell is {@code number}. */
    private static String rowOf(String page, String number) {
        int start = page.indexOf("<td>" + number + "</td>");
        assertThat(start).as("row " + number).isPositive();
        return page.substring(start, page.indexOf("</tr>", start)).replaceAll("\\s+", " ");
    }

    private bd.udbhabon.Browsing.Page upload(byte[] csv) {
        admin.user.get("/offices/" + office + "/people/import");
        String boundary = "----udbhabon-test";
        var body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"officers.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(csv);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return admin.user.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/offices/" + office
                        + "/people/import?_csrf=" + URLEncoder.encode(admin.user.csrf(), StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
    }
}
