package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Issue 17, point 2: pages link their stylesheet, scripts, icon and (through the stylesheet) fonts under
 * content-versioned URLs, served to be kept a year ({@code immutable}) despite Spring Security's default
 * {@code no-store}; the same files under their plain names are asked again ({@code no-cache}, 304 when unchanged);
 * a name whose hash is not the file's is refused and not cached; text is sent compressed, WOFF2 as it is.
 */
@IntegrationTest
class AssetCachingTests {

    private static final String IMMUTABLE = "public, max-age=31536000, immutable";
    private static final Pattern LINKED = Pattern.compile("(?:href|src)=\"(/(?:css|js|icons|webjars)/[^\"]+)\"");
    private static final Pattern FONT = Pattern.compile("url\\(\"(/fonts/[^\"]+)\"\\)");

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void setUp() {
        http = new Http(port);
    }

    @Test
    void pagesLinkVersionedFilesKeptForAYear() {
        for (String page : List.of("/", "/offices", "/login", "/no/such/page")) {
            List<String> linked = all(LINKED, http.get(page).body());
            assertThat(linked).as(page + ": stylesheet, script, icon, htmx").hasSize(4)
                    .anyMatch(u -> u.startsWith("/css/udbhabon-")).anyMatch(u -> u.startsWith("/js/udbhabon-"))
                    .anyMatch(u -> u.startsWith("/icons/udbhabon-")).anyMatch(u -> u.startsWith("/webjars/htmx.org/"));
            assertThat(linked).as(page).allMatch(u -> u.matches(".+-[0-9a-f]{32}\\.(css|js|svg)"));
        }
        List<String> linked = all(LINKED, http.get("/").body());
        for (String url : linked) {
            var response = raw(url, null);
            assertThat(response.statusCode()).as(url).isEqualTo(200);
            assertThat(response.headers().allValues("Cache-Control")).as(url).containsExactly(IMMUTABLE);
            assertThat(response.headers().firstValue("Pragma")).as(url).isEmpty();
            assertThat(response.headers().firstValue("Expires")).as(url).isEmpty();
        }
        String stylesheet = linked.stream().filter(u -> u.startsWith("/css/")).findFirst().orElseThrow();
        List<String> fonts = all(FONT, raw(stylesheet, null).body());
        assertThat(fonts).as("the stylesheet's fonts, rewritten to their versioned names").hasSize(2)
                .allMatch(u -> u.matches("/fonts/NotoSansBengali-(Regular|Bold)-[0-9a-f]{32}\\.woff2"));
        for (String font : fonts) {
            var response = raw(font, "gzip");
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("Content-Type")).hasValue("font/woff2");
            assertThat(response.headers().allValues("Cache-Control")).containsExactly(IMMUTABLE);
            assertThat(response.headers().firstValue("Content-Encoding")).as("WOFF2 is compressed already").isEmpty();
        }
        assertThat(http.get("/webjars/htmx.org/dist/htmx.min.js").status()).as("the plain names still answer").isEqualTo(200);
    }

    @Test
    void plainNamesAreAskedAgainAndWrongHashesAreNotCached() {
        var plain = raw("/css/udbhabon.css", null);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().allValues("Cache-Control")).containsExactly("no-cache");
        String lastModified = plain.headers().firstValue("Last-Modified").orElseThrow();
        var again = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + "/css/udbhabon.css"))
                .header("If-Modified-Since", lastModified).build());
        assertThat(again.statusCode()).isEqualTo(304);

        var wrong = raw("/css/udbhabon-0123456789abcdef0123456789abcdef.css", null);
        assertThat(wrong.statusCode()).isEqualTo(404);
        assertThat(wrong.headers().allValues("Cache-Control")).containsExactly("no-store");
    }

    @Test
    void textIsSentCompressed() {
        List<String> linked = all(LINKED, http.get("/").body());
        for (String url : List.of("/offices", linked.stream().filter(u -> u.startsWith("/css/")).findFirst().orElseThrow(),
                linked.stream().filter(u -> u.startsWith("/webjars/")).findFirst().orElseThrow())) {
            var response = raw(url, "gzip");
            assertThat(response.headers().firstValue("Content-Encoding")).as(url).hasValue("gzip");
        }
        assertThat(raw("/offices", null).headers().firstValue("Content-Encoding")).as("only to who asks").isEmpty();
    }

    private HttpResponse<String> raw(String path, String acceptEncoding) {
        var request = HttpRequest.newBuilder(URI.create(http.base() + path));
        if (acceptEncoding != null) {
            request.header("Accept-Encoding", acceptEncoding);
        }
        return http.sendRaw(request.build());
    }

    private static List<String> all(Pattern pattern, String text) {
        List<String> found = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            found.add(m.group(1));
        }
        return found;
    }
}
