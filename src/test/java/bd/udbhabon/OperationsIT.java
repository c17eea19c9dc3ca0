package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The packaged jar as an operator runs it with {@code UDBHABON_LOG_FORMAT=json} (issue 17, point 7): every line it
 * writes is a JSON object (Elastic Common Schema), the lines written during a request carry its id, and Prometheus
 * scrapes with the token while an anonymous scrape is refused.
 */
class OperationsIT {

    private static final String TOKEN = "it-scrape-token-0123456789abcdef0123456789abcdef";
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void theJsonLogParsesLineByLineAndCarriesTheRequestId() throws Exception {
        Path work = Path.of("target/it/operations-" + System.nanoTime());
        try (var node = PackagedApplication.start("node", work, Map.of(
                "udbhabon.data-dir", work.resolve("var").toString(),
                "udbhabon.log-format", "json",
                "udbhabon.security.metrics-token", TOKEN,
                "logging.level.bd.udbhabon.shell.internal.RequestIds", "DEBUG"))) {
            var offices = client.send(HttpRequest.newBuilder(node.uri("/offices")).header("X-Request-Id", "it-request-1").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(offices.statusCode()).isEqualTo(200);
            assertThat(offices.headers().firstValue("X-Request-Id")).hasValue("it-request-1");

            var anonymous = client.send(HttpRequest.newBuilder(node.uri("/actuator/prometheus")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(anonymous.statusCode()).isEqualTo(401);
            var scrape = client.send(HttpRequest.newBuilder(node.uri("/actuator/prometheus")).header("Authorization", "Bearer " + TOKEN).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(scrape.statusCode()).isEqualTo(200);
            assertThat(scrape.body()).contains("http_server_requests_seconds_count{", "hikaricp_connections_active{",
                    "jvm_memory_used_bytes{", "udbhabon_mail_waiting");
            node.stop();

            var json = JsonMapper.builder().build();
            List<String> lines = Files.readAllLines(node.log()).stream().filter(line -> !line.isBlank()).toList();
            assertThat(lines).hasSizeGreaterThan(5);
            List<JsonNode> entries = lines.stream().map(line -> {
                try {
                    return json.readTree(line);
                } catch (RuntimeException e) {
                    throw new AssertionError("not a JSON line: " + line, e);
                }
            }).toList();
            assertThat(entries).allSatisfy(entry -> assertThat(entry.has("@timestamp") && entry.has("message")).isTrue());
            assertThat(entries).filteredOn(entry -> entry.path("message").asString("").startsWith("GET /offices 200"))
                    .singleElement().satisfies(entry -> assertThat(entry.path("requestId").asString("")).isEqualTo("it-request-1"));
        }
    }
}
