package bd.udbhabon.identity;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.UdbhabonApplication;
import bd.udbhabon.access.Role;
import bd.udbhabon.office.OfficeLevel;
import com.zaxxer.hikari.HikariDataSource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sessions live in PostgreSQL: a user signed in on one node is signed in on another node of the
 * same database, and signing out on one signs out everywhere.
 */
@IntegrationTest
class SharedSessionTests {

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource owner;

    @Test
    void aSecondNodeOnTheSameDatabaseKnowsTheSession() throws Exception {
        accounts.create("two-nodes", Role.TEAM_MEMBER, accounts.office(OfficeLevel.DISTRICT, "Joypurhat"));
        var first = new bd.udbhabon.Browsing(port);
        first.signIn("two-nodes", TestAccounts.PASSWORD);
        assertThat(jdbc.sql("select count(*) from spring_session where principal_name = 'two-nodes'")
                .query(Long.class).single()).isEqualTo(1);
        String cookie = first.cookie("UDBHABON_SESSION");

        String url = ((HikariDataSource) dataSource).getJdbcUrl();
        // a node of the same installation: the same database and audit key (docs/operations.md), its own data directory
        // (read from the server: the property's ${random.uuid} would give another directory each time it is read)
        Path dataDir = Path.of(JdbcClient.create(owner).sql("select current_setting('data_directory')").query(String.class).single())
                .getParent();
        // given as arguments: SpringApplicationBuilder's properties are defaults, below application.yml's data-dir
        try (var second = new SpringApplicationBuilder(UdbhabonApplication.class).run(
                "--spring.datasource.url=" + url, "--spring.datasource.username=udbhabon_app",
                "--spring.datasource.password=" + ((HikariDataSource) dataSource).getPassword(), "--server.port=0",
                "--udbhabon.data-dir=" + dataDir + "-second-node",
                "--udbhabon.audit.key-file=" + dataDir.resolve("audit.key"),
                "--udbhabon.scheduling.enabled=false",
                "--udbhabon.storage.move-database-bytes=false")) {
            int secondPort = ((WebServerApplicationContext) second).getWebServer().getPort();
            var client = HttpClient.newHttpClient();
            HttpResponse<String> me = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + "/api/v1/me"))
                    .header("Cookie", "UDBHABON_SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(me.statusCode()).isEqualTo(200);
            assertThat(me.body()).contains("\"username\":\"two-nodes\"");

            first.get("/");
            first.post("/logout", Map.of());
            HttpResponse<String> after = client.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + secondPort + "/api/v1/me"))
                    .header("Cookie", "UDBHABON_SESSION=" + cookie).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(after.statusCode()).isEqualTo(401);
        }
    }
}
