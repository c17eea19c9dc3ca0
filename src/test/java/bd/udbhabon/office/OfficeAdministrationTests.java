package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

@IntegrationTest
class OfficeAdministrationTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;

    long bogura;
    long rajshahi;
    Browsing admin;

    @BeforeEach
    void signIn() {
        rajshahi = accounts.office(OfficeLevel.DIVISION, "Rajshahi");
        bogura = accounts.office(OfficeLevel.DISTRICT, "Bogura");
        accounts.create("bogura-admin", Role.OFFICE_ADMIN, bogura);
        admin = new Browsing(port);
        admin.signIn("bogura-admin", TestAccounts.PASSWORD);
    }

    @Test
    void anImportWithBadRowsReportsEveryOneAndAddsNothingUntilTheUserChooses() {
        String csv = """
                level,name_bn,name_en,place_bn,place_en,admin_parent,line_parent,website,email,memo_code
                OTHER,জেলা শিক্ষা অফিস,District Education Office,বগুড়া,Bogura,,,deo.bogra.gov.bd,deo@bogra.gov.bd,
                VILLAGE,গ্রাম অফিস,Village Office,,,,,,,
                OTHER,,No Bangla Name,,,,,,,
                OTHER,জেলা কৃষি অফিস,District Agriculture Office,,,%d,,not a website,,১২.৩৪.৫৬
                OTHER,জেলা তথ্য অফিস,District Information Office,,,,,,,০৫.৫৫.১০০০
                """.formatted(rajshahi);
        var preview = upload(csv);
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.body()).contains("মোট ৫টি সারি: ২টি ঠিক আছে, ৩টিতে সমস্যা");
        assertThat(preview.body()).contains("কলাম level", "কলাম name_bn", "কলাম admin_parent", "কলাম website", "কলাম memo_code");
        assertThat(preview.body()).contains(">৩<", ">৪<", ">৫<"); // the lines of the bad rows
        assertThat(countUnderBogura()).as("nothing imported by checking").isZero();

        // the clean-file button is not offered; asking for it anyway adds nothing
        admin.post("/offices/" + bogura + "/import/confirm", Map.of("onlyGoodRows", "false"));
        assertThat(countUnderBogura()).isZero();

        upload(csv);
        var done = admin.post("/offices/" + bogura + "/import/confirm", Map.of("onlyGoodRows", "true"));
        assertThat(done.body()).contains("২টি দপ্তর যোগ হয়েছে");
        assertThat(jdbc.sql("select name_bn from office where admin_parent_id = :p and level = 'OTHER' order by name_bn")
                .param("p", bogura).query(String.class).list()).containsExactly("জেলা তথ্য অফিস", "জেলা শিক্ষা অফিস");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'office.created' and account_name = 'bogura-admin'")
                .query(Long.class).single()).isEqualTo(2);
        jdbc.sql("delete from office where admin_parent_id = :p and level = 'OTHER'").param("p", bogura).update();
    }

    @Test
    void anUnreadableOrHeaderlessFileIsExplained() {
        assertThat(upload("just some text\nwithout columns").body()).contains("প্রথম সারিতে কলামের নাম থাকতে হবে");
        assertThat(upload("level,name_bn,name_en\n\"unclosed,quote").body()).contains("ফাইলটি পড়া যায়নি");
    }

    @Test
    void anEditWithMistakesKeepsWhatWasTypedAndChangesNothing() {
        admin.get("/offices/" + bogura + "/edit");
        var form = new HashMap<String, String>(Map.of("level", "DISTRICT", "name_bn", "জেলা প্রশাসকের কার্যালয়, বগুড়া (সংশোধিত)",
                "name_en", "Deputy Commissioner's Office, Bogura", "place_bn", "বগুড়া", "place_en", "Bogura",
                "admin_parent", Long.toString(rajshahi), "website", "www.bogra.gov.bd", "email", "dc@bogra", "memo_code", ""));
        var rejected = admin.post("/offices/" + bogura + "/edit", form);
        assertThat(rejected.status()).isEqualTo(200);
        assertThat(rejected.body()).contains("ই-মেইল ঠিকানাটি সঠিক নয়", "value=\"জেলা প্রশাসকের কার্যালয়, বগুড়া (সংশোধিত)\"", "value=\"dc@bogra\"");
        assertThat(jdbc.sql("select name_bn from office where id = :id").param("id", bogura).query(String.class).single())
                .isEqualTo("জেলা প্রশাসকের কার্যালয়, বগুড়া");

        form.put("email", "dc@bogra.gov.bd");
        form.put("name_bn", "জেলা প্রশাসকের কার্যালয়, বগুড়া");
        assertThat(admin.post("/offices/" + bogura + "/edit", form).location()).endsWith("/offices/" + bogura);
        assertThat(jdbc.sql("select email from office where id = :id").param("id", bogura).query(String.class).single())
                .isEqualTo("dc@bogra.gov.bd");
        var history = admin.get("/offices/" + bogura + "/audit/office/" + bogura);
        assertThat(history.body()).contains("দপ্তরের তথ্য পরিবর্তন", "dc@bogra.gov.bd");
    }

    @Test
    void aDistrictCannotMoveItselfUnderAnotherDivision() {
        long dhaka = accounts.office(OfficeLevel.DIVISION, "Dhaka");
        admin.get("/offices/" + bogura + "/edit");
        var moved = admin.post("/offices/" + bogura + "/edit", Map.of("level", "DISTRICT", "name_bn", "জেলা প্রশাসকের কার্যালয়, বগুড়া",
                "name_en", "Deputy Commissioner's Office, Bogura", "admin_parent", Long.toString(dhaka)));
        assertThat(moved.status()).isEqualTo(200);
        assertThat(moved.body()).contains("অনুমতি আপনার নেই");
        assertThat(admin.get("/offices/" + rajshahi + "/edit").status()).as("a superior office is read-only").isEqualTo(403);
    }

    @Test
    void anotherSystemAddsAnOfficeThroughTheApiWithAnAccessToken() {
        admin.get("/account");
        var issued = admin.post("/account/tokens", Map.of("name", "district system", "current", TestAccounts.PASSWORD));
        var m = java.util.regex.Pattern.compile("data-testid=\"new-token\">(udb_[A-Za-z0-9_-]+)<").matcher(issued.body());
        assertThat(m.find()).isTrue();
        var http = new bd.udbhabon.Http(port);
        var bad = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/offices/" + bogura + "/children"))
                .header("Authorization", "Bearer " + m.group(1)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"level\":\"OTHER\",\"nameBn\":\"\",\"nameEn\":\"Youth Office\",\"email\":\"youth@\"}")).build());
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().get("fields").get("name_bn").asString()).isEqualTo("বাংলা নাম দিন (৩০০ অক্ষরের মধ্যে)।");
        assertThat(bad.json().get("fields").get("email").asString()).contains("সঠিক নয়");

        var created = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/api/v1/offices/" + bogura + "/children"))
                .header("Authorization", "Bearer " + m.group(1)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"level\":\"OTHER\",\"nameBn\":\"জেলা যুব উন্নয়ন অফিস\",\"nameEn\":\"District Youth Development Office\"}")).build());
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.json().get("adminParent").get("id").asLong()).isEqualTo(bogura);
        jdbc.sql("delete from office where id = :id").param("id", created.json().get("id").asLong()).update();
    }

    private long countUnderBogura() {
        return jdbc.sql("select count(*) from office where admin_parent_id = :p and level = 'OTHER'").param("p", bogura)
                .query(Long.class).single();
    }

    private Browsing.Page upload(String csv) {
        admin.get("/offices/" + bogura + "/import");
        String boundary = "----udbhabon-test";
        String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"offices.csv\"\r\n"
                + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
        return admin.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/offices/" + bogura + "/import?_csrf="
                        + java.net.URLEncoder.encode(admin.csrf(), StandardCharsets.UTF_8)))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }
}
