package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;

/**
 * Request ids (issue 17, point 7): a proxy's sane {@code X-Request-Id} is kept, anything else replaced by a fresh one;
 * the id comes back in the response header, on the error page (Bangla and English) and in the API's error body, and
 * every log line written during the request carries it.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class RequestIdTests {

    private static final String HEX16 = "[0-9a-f]{16}";

    @LocalServerPort
    int port;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private HttpResponse<String> get(String path, String requestId) {
        var request = HttpRequest.newBuilder(URI.create(http.base() + path)).GET();
        if (requestId != null) {
            request.header("X-Request-Id", requestId);
        }
        return http.sendRaw(request.build());
    }

    @Test
    void aProxysIdIsKeptEchoedAndShownOnTheErrorPageInBanglaAndEnglish() {
        var bangla = get("/no-such-page", "nginx-7f3a.9c:01");
        assertThat(bangla.statusCode()).isEqualTo(404);
        assertThat(bangla.headers().firstValue("X-Request-Id")).hasValue("nginx-7f3a.9c:01");
        assertThat(bangla.body()).contains("সহায়তা চাইলে এই অনুরোধ নম্বরটি জানান:", "<code>nginx-7f3a.9c:01</code>");

        var english = get("/no-such-page?lang=en", "nginx-7f3a.9c:02");
        assertThat(english.body()).contains("If you ask for help, quote this request number:", "<code>nginx-7f3a.9c:02</code>");
    }

    @Test
    void anIdThatCouldForgeALogLineOrIsTooLongIsReplaced() {
        for (String offered : new String[] {"a b", "<script>", "x".repeat(65), "a\"b", "a,b"}) {
            var response = get("/offices", offered);
            assertThat(response.statusCode()).isEqualTo(200);
            assertThat(response.headers().firstValue("X-Request-Id")).get().asString().as(offered).matches(HEX16);
        }
    }

    @Test
    void everyRequestWithoutAnIdGetsItsOwn() {
        String first = get("/offices", null).headers().firstValue("X-Request-Id").orElseThrow();
        String second = get("/offices", null).headers().firstValue("X-Request-Id").orElseThrow();
        assertThat(first).matches(HEX16);
        assertThat(second).matches(HEX16).isNotEqualTo(first);
    }

    @Test
    void theApisErrorBodyCarriesIt() {
        var response = get("/api/v1/no-such-thing", "api-call-42");
        assertThat(response.statusCode()).isEqualTo(404);
        var body = JsonMapper.builder().build().readTree(response.body());
        assertThat(body.get("requestId").asString()).isEqualTo("api-call-42");
        assertThat(body.get("status").asInt()).isEqualTo(404);
    }

    @Test
    void theLogLinesOfARequestCarryItsId(CapturedOutput output) throws InterruptedException {
        var logging = LoggingSystem.get(getClass().getClassLoader());
        String logger = "bd.udbhabon.shell.internal.RequestIds";
        logging.setLogLevel(logger, LogLevel.DEBUG);
        try {
            get("/offices", "log-line-id-1");
            // the access line is written as the request's thread leaves the filter, which may be after the
            // client has the whole page (sent in one write with its length)
            long until = System.nanoTime() + 5_000_000_000L;
            while (output.getOut().lines().noneMatch(line -> line.contains("GET /offices 200")) && System.nanoTime() < until) {
                Thread.sleep(20);
            }
        } finally {
            logging.setLogLevel(logger, null);
        }
        assertThat(output.getOut().lines().filter(line -> line.contains("GET /offices 200")))
                .anySatisfy(line -> assertThat(line).contains("[log-line-id-1]"));
        assertThat(output.getOut().lines().filter(line -> line.contains("INFO") && !line.contains("log-line-id-1")))
                .as("a line outside any request has no empty brackets").noneMatch(line -> line.contains("[] "));
    }
}
