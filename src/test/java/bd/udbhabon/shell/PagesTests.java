package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The pages as a browser receives them, before any script runs. */
@IntegrationTest
class PagesTests {

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    @Test
    void homeIsInBanglaByDefaultWithTodaysDualDate() {
        var home = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/"))
                .header("Accept-Language", "en-US,en;q=0.9").build());
        assertThat(home.status()).isEqualTo(200);
        assertThat(home.contentType()).contains("text/html").containsIgnoringCase("utf-8");
        assertThat(home.body()).contains("<html lang=\"bn\">", "উদ্ভাবন", "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার", "বঙ্গাব্দ", "খ্রিস্টাব্দ");
    }

    @Test
    void englishIsChosenOnceAndRemembered() {
        var switched = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/offices?lang=en")).build());
        assertThat(switched.body()).contains("<html lang=\"en\">", "Offices");
        var cookie = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/?lang=en")).build());
        assertThat(cookie.status()).isEqualTo(200);
        var remembered = http.get("/offices", "udbhabon-lang=en");
        assertThat(remembered.body()).contains("<html lang=\"en\">", "Find an office");
        assertThat(http.get("/offices", "udbhabon-lang=bn").body()).contains("<html lang=\"bn\">", "দপ্তর খুঁজুন");
    }

    @Test
    void directoryListsDivisionsAndCountsInBanglaDigits() {
        var page = http.get("/offices");
        assertThat(page.body()).contains("রাজশাহী", "ময়মনসিংহ", ">৮<", ">৬৪<", ">৪৯৪<");
    }

    @Test
    void searchWorksWithoutJavaScript() {
        var page = http.get("/offices?q=dinaj");
        assertThat(page.body()).contains("জেলা প্রশাসকের কার্যালয়, দিনাজপুর");
        var partial = http.send(HttpRequest.newBuilder(URI.create(http.base() + "/offices?q=%E0%A6%A6%E0%A6%BF%E0%A6%A8%E0%A6%BE%E0%A6%9C"))
                .header("HX-Request", "true").build());
        assertThat(partial.body()).contains("দিনাজপুর").doesNotContain("<html");
    }

    @Test
    void unknownPagesGetABanglaErrorPageWithoutInternals() {
        var missing = http.get("/offices/987654321");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body()).contains("<html lang=\"bn\">", "৪০৪", "দপ্তর নেই").doesNotContain("Exception");
        var noSuchPage = http.get("/no/such/page");
        assertThat(noSuchPage.status()).isEqualTo(404);
        assertThat(noSuchPage.body()).contains("পাতাটি পাওয়া যায়নি");
        var badId = http.get("/offices/abc");
        assertThat(badId.status()).isEqualTo(400);
        assertThat(badId.body()).doesNotContain("NumberFormatException");
    }

    @Test
    void readingPublicPagesCreatesNoSession() {
        for (String path : new String[] {"/", "/offices", "/offices?q=dinaj", "/api/v1/offices"}) {
            var response = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + path)).build());
            assertThat(response.headers().allValues("Set-Cookie")).as(path)
                    .noneMatch(cookie -> cookie.startsWith("UDBHABON_SESSION"));
        }
    }

    @Test
    void fontsAndScriptsAreServedFromTheApplicationItself() {
        assertThat(http.get("/fonts/NotoSansBengali-Regular.woff2").status()).isEqualTo(200);
        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").status()).isEqualTo(200);
        assertThat(http.get("/css/udbhabon.css").body()).contains("Noto Sans Bengali");
        assertThat(http.get("/").body()).doesNotContain("https://cdn", "googleapis");
    }

    @Test
    void healthIsUpAndTheApiIsDocumented() {
        assertThat(http.get("/actuator/health").body()).contains("\"status\":\"UP\"");
        var docs = http.get("/v3/api-docs");
        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.body()).contains("/api/v1/offices", "/api/v1/calendar/bangla", "/api/v1/calendar/gregorian");
        assertThat(http.get("/api-docs").status()).isIn(200, 302);
    }
}
