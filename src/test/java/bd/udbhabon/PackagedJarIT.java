package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The jar an operator runs starts on its own embedded PostgreSQL, serves the Bangla home page and stops on SIGTERM. */
class PackagedJarIT {

    @Test
    void theJarRunsOnItsOwn() throws Exception {
        Path work = Path.of("target/it/packaged-jar-" + System.nanoTime());
        try (var node = PackagedApplication.start("node", work, Map.of("udbhabon.data-dir", work.resolve("var").toString()))) {
            var home = HttpClient.newHttpClient().send(HttpRequest.newBuilder(node.uri("/")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(home.statusCode()).isEqualTo(200);
            assertThat(home.body()).contains("উদ্ভাবন");
            node.stop();
            assertThat(node.alive()).isFalse();
        }
    }
}
