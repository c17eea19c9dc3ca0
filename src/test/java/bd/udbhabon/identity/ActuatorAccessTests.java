package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpointGroups;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The actuator (issue 17, point 7): the probes for anyone, the Prometheus scrape only with the scrape token (deny by
 * default), every other endpoint for no one; the metrics an operator watches are there.
 */
@IntegrationTest
class ActuatorAccessTests {

    @LocalServerPort
    int port;
    @Autowired
    HealthEndpointGroups groups;
    Http http;

    @BeforeEach
    void client() {
        http = new Http(port);
    }

    private Http.Response scrape(String authorization) {
        var request = HttpRequest.newBuilder(URI.create(http.base() + "/actuator/prometheus")).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build());
    }

    @Test
    void anAnonymousOrWronglyTokenedScrapeIsRefused() {
        var anonymous = http.sendRaw(HttpRequest.newBuilder(URI.create(http.base() + "/actuator/prometheus")).GET().build());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).get().asString().startsWith("Bearer");
        assertThat(anonymous.body()).doesNotContain("jvm_", "hikaricp");
        assertThat(scrape("Bearer " + IntegrationTest.METRICS_TOKEN + "x").status()).isEqualTo(401);
        assertThat(scrape("Bearer " + IntegrationTest.METRICS_TOKEN.substring(1)).status()).isEqualTo(401);
        assertThat(scrape("Basic " + IntegrationTest.METRICS_TOKEN).status()).isEqualTo(401);
        assertThat(scrape("Bearer ").status()).isEqualTo(401);
    }

    @Test
    void theScrapeWithTheTokenHasTheMetricsAnOperatorWatches() {
        http.get("/offices"); // at least one request timed
        var metrics = scrape("Bearer " + IntegrationTest.METRICS_TOKEN);
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.contentType()).startsWith("text/plain");
        assertThat(metrics.body()).contains(
                "http_server_requests_seconds_count{", "uri=\"/offices\"",
                "hikaricp_connections_active{", "hikaricp_connections_pending{",
                "jvm_memory_used_bytes{", "jvm_gc_pause_seconds", "jvm_threads_live_threads",
                "process_cpu_usage", "process_uptime_seconds",
                "udbhabon_mail_waiting ", "udbhabon_files_stored ", "udbhabon_files_stored_bytes ");
    }

    @Test
    void otherEndpointsAreForNoOne() {
        assertThat(http.get("/actuator").status()).isEqualTo(401);
        assertThat(http.get("/actuator/env").status()).isEqualTo(404);
        assertThat(http.get("/actuator/beans").status()).isEqualTo(404);
        assertThat(http.get("/actuator/health").status()).isEqualTo(200);
        assertThat(http.get("/actuator/info").status()).isEqualTo(200);
    }

    @Test
    void readinessIncludesTheDatabaseAndLivenessDoesNot() {
        assertThat(groups.get("readiness").isMember("db")).isTrue();
        assertThat(groups.get("readiness").isMember("readinessState")).isTrue();
        assertThat(groups.get("liveness").isMember("db")).isFalse();
        assertThat(groups.get("liveness").isMember("livenessState")).isTrue();
        assertThat(http.get("/actuator/health/readiness").body()).isEqualTo("{\"status\":\"UP\"}");
        assertThat(http.get("/actuator/health/liveness").body()).isEqualTo("{\"status\":\"UP\"}");
    }
}
