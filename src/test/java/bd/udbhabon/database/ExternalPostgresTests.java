package bd.udbhabon.database;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.UdbhabonApplication;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * With {@code spring.datasource.url} set, the application runs on that PostgreSQL (here Debian's,
 * started for the test in a private cluster) and starts nothing embedded.
 */
class ExternalPostgresTests {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));
    private static Path cluster;
    private static Path binaries;
    private static int port;

    @BeforeAll
    static void startDebianPostgres() throws Exception {
        try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
            binaries = versions.max(Comparator.comparing(p -> Integer.parseInt(p.getFileName().toString())))
                    .orElseThrow().resolve("bin");
        }
        cluster = Files.createTempDirectory("udbhabon-external-pg");
        port = freePort();
        if (ROOT) {
            run(List.of("chown", "-R", "postgres", cluster.toString()));
        }
        asPostgresUser(List.of(binaries.resolve("initdb").toString(), "-D", cluster.resolve("data").toString(),
                "-A", "trust", "-E", "UTF8", "-U", "postgres"));
        asPostgresUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(),
                "-o", "-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1 -c fsync=off",
                "-l", cluster.resolve("log").toString(), "-w", "start"));
    }

    @AfterAll
    static void stopDebianPostgres() throws Exception {
        if (cluster != null) {
            asPostgresUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", cluster.resolve("data").toString(),
                    "-m", "fast", "-w", "stop"));
        }
    }

    @Test
    void runsOnTheExternalDatabaseAndStartsNothingEmbedded() throws Exception {
        Path unusedDataDir = Files.createTempDirectory("udbhabon-unused").resolve("var");
        try (var context = new SpringApplicationBuilder(UdbhabonApplication.class)
                .properties(
                        "spring.datasource.url=jdbc:postgresql://127.0.0.1:" + port + "/postgres",
                        "spring.datasource.username=postgres",
                        "spring.datasource.password=",
                        "server.port=0",
                        "udbhabon.data-dir=" + unusedDataDir)
                .run()) {
            assertThat(context.getBeanNamesForType(bd.udbhabon.database.internal.EmbeddedDatabaseServer.class)).isEmpty();
            var jdbc = JdbcClient.create(context.getBean(DataSource.class));
            assertThat(jdbc.sql("select inet_server_port()").query(Integer.class).single()).isEqualTo(port);
            assertThat(jdbc.sql("select current_setting('server_version_num')::int / 10000").query(Integer.class).single())
                    .isGreaterThanOrEqualTo(15);
            assertThat(jdbc.sql("select count(*) from office where level = 'UPAZILA'").query(Long.class).single()).isEqualTo(494);
            assertThat(unusedDataDir).doesNotExist();
        }
    }

    /** initdb and postgres refuse to run as root: as root, run them as the postgres user. */
    private static void asPostgresUser(List<String> command) throws Exception {
        var full = new ArrayList<String>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        run(full);
    }

    private static void run(List<String> full) throws Exception {
        Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes());
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
        }
    }

    private static int freePort() throws IOException {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
