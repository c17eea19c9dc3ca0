package bd.udbhabon.office;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@IntegrationTest
class OfficeApiTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void theRegistryHoldsEveryDivisionDistrictAndUpazila() {
        assertThat(total("level=DIVISION")).isEqualTo(8);
        assertThat(total("level=DISTRICT")).isEqualTo(64);
        assertThat(total("level=UPAZILA")).isEqualTo(494);
        assertThat(total("level=CABINET_DIVISION")).isEqualTo(1);
        // other tests in this context add ministries and directorates, so the whole list is checked as the sum of its levels
        long everyLevel = 0;
        for (OfficeLevel level : OfficeLevel.values()) {
            everyLevel += total("level=" + level.name());
        }
        assertThat(total("")).isEqualTo(everyLevel).isGreaterThanOrEqualTo(1 + 8 + 64 + 494);
    }

    @Test
    void searchFindsDinajpurByABanglaOrALatinPrefix() {
        for (String q : List.of("দিনাজ", "dinaj", "DINAJ")) {
            JsonNode first = list("level=DISTRICT&q=" + encode(q)).get("items").get(0);
            assertThat(first.get("placeBn").asString()).as(q).isEqualTo("দিনাজপুর");
            assertThat(first.get("nameBn").asString()).isEqualTo("জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
        }
        // without a level, the district office comes before the upazilas that mention Dinajpur
        JsonNode all = list("q=dinaj");
        assertThat(all.get("items").get(0).get("level").asString()).isEqualTo("DISTRICT");
        assertThat(all.get("total").asLong()).isGreaterThan(1);
    }

    @Test
    void searchMatchesTextTypedWithDecomposedLetters() {
        // বগুড়া typed as ড + nukta must find the district stored in NFC
        String decomposed = "বগুড\u09BC";
        JsonNode items = list("level=DISTRICT&q=" + encode(decomposed)).get("items");
        assertThat(items).isNotEmpty();
        assertThat(items.get(0).get("placeEn").asString()).isEqualTo("Bogura");
        assertThat(list("level=DISTRICT&q=bogra").get("items").get(0).get("placeEn").asString()).isEqualTo("Bogura");
    }

    @Test
    void drillDownFromRajshahiToBoguraToItsUpazilas() {
        JsonNode rajshahi = list("level=DIVISION&q=" + encode("রাজশাহী")).get("items").get(0);
        assertThat(rajshahi.get("childCount").asInt()).isEqualTo(8);
        JsonNode districts = list("parent=" + rajshahi.get("id").asLong() + "&size=50");
        List<String> names = new ArrayList<>();
        districts.get("items").forEach(d -> names.add(d.get("placeEn").asString()));
        assertThat(names).contains("Bogura", "Rajshahi", "Pabna", "Naogaon").hasSize(8);

        long bogura = districts.get("items").valueStream()
                .filter(d -> d.get("placeEn").asString().equals("Bogura")).findFirst().orElseThrow().get("id").asLong();
        JsonNode upazilas = list("parent=" + bogura + "&size=50");
        assertThat(upazilas.get("total").asLong()).isEqualTo(12);
        assertThat(upazilas.get("items").valueStream().map(u -> u.get("level").asString())).containsOnly("UPAZILA");
    }

    @Test
    void oneOfficeShowsItsParentsAndItsChildren() {
        JsonNode dinajpur = list("level=DISTRICT&q=dinajpur").get("items").get(0);
        var response = http.get("/api/v1/offices/" + dinajpur.get("id").asLong());
        assertThat(response.status()).isEqualTo(200);
        JsonNode office = response.json();
        assertThat(office.get("nameEn").asString()).isEqualTo("Deputy Commissioner's Office, Dinajpur");
        assertThat(office.get("website").asString()).isEqualTo("www.dinajpur.gov.bd");
        assertThat(office.get("memoCode").asString()).isEqualTo("05.55.2700");
        assertThat(office.get("adminParent").get("nameBn").asString()).isEqualTo("বিভাগীয় কমিশনারের কার্যালয়, রংপুর");
        assertThat(office.get("childCount").asInt()).isEqualTo(13);
    }

    @Test
    void pagesAreBoundedAndCountTheWhole() {
        JsonNode page = list("level=UPAZILA&page=2&size=100");
        assertThat(page.get("items")).hasSize(100);
        assertThat(page.get("total").asLong()).isEqualTo(494);
        assertThat(list("level=UPAZILA&page=4&size=100").get("items")).hasSize(94);
    }

    @Test
    void badInputGetsAJsonMessageInBanglaOrEnglish() {
        var badLevel = http.get("/api/v1/offices?level=VILLAGE");
        assertThat(badLevel.status()).isEqualTo(400);
        assertThat(badLevel.contentType()).startsWith("application/json");
        assertThat(badLevel.json().get("message").asString()).contains("VILLAGE", "সঠিক নয়");

        var english = http.get("/api/v1/offices?level=VILLAGE&lang=en");
        assertThat(english.json().get("message").asString()).contains("is not valid");

        assertThat(http.get("/api/v1/offices?size=100000").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/offices?page=-1").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/offices?parent=abc").status()).isEqualTo(400);
        assertThat(http.get("/api/v1/offices?q=" + "ক".repeat(101)).status()).isEqualTo(400);

        var missing = http.get("/api/v1/offices/999999999");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asString()).isEqualTo("not_found");
        assertThat(missing.body()).doesNotContain("Exception", "at bd.");
    }

    private long total(String query) {
        return list(query).get("total").asLong();
    }

    private JsonNode list(String query) {
        var response = http.get("/api/v1/offices?" + query);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json();
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
