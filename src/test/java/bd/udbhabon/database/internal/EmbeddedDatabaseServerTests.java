package bd.udbhabon.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedDatabaseServerTests {

    @TempDir
    Path dataDir;

    @Test
    void dataSurvivesARestart() throws Exception {
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, true)) {
            execute(server, "create table note (text text)", "insert into note values ('নথি')");
        }
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, true)) {
            assertThat(query(server, "select text from note")).containsExactly("নথি");
            assertThat(query(server, "select current_setting('server_version_num')").getFirst()).startsWith("18");
        }
    }

    @Test
    void aSecondApplicationOnTheSameDataDirectoryIsRefusedWithAClearMessage() throws Exception {
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            assertThatThrownBy(() -> EmbeddedDatabaseServer.start(dataDir, 0, false))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("Another Udbhabon is running")
                    .hasMessageContaining("UDBHABON_DATA_DIR");
            assertThat(query(server, "select 1")).containsExactly("1"); // the first one is untouched
        }
    }

    @Test
    void aServerLeftBehindByAKilledRunIsShutDownAndReplaced() throws Exception {
        String java = ProcessHandle.current().info().command().orElseThrow();
        Process child = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                OrphanedServerMain.class.getName(), dataDir.toString())
                .redirectErrorStream(true)
                .start();
        try {
            awaitReady(child);
            child.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // kill -9: no shutdown hook runs

            long orphanPid = Long.parseLong(Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).getFirst().trim());
            ProcessHandle orphan = ProcessHandle.of(orphanPid).orElseThrow();
            assertThat(orphan.isAlive()).as("postgres outlives the killed JVM").isTrue();

            try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
                assertThat(orphan.isAlive()).as("the orphan was shut down").isFalse();
                assertThat(query(server, "select text from note")).containsExactly("written before the kill");
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aStalePidFileWithoutAServerIsCleared() throws Exception {
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            execute(server, "create table note (text text)");
        }
        // a pid file naming a process that is not this cluster's postgres (here: this JVM)
        Files.writeString(dataDir.resolve("postgres/postmaster.pid"), ProcessHandle.current().pid() + "\n" + dataDir + "\n");
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            assertThat(query(server, "select count(*) from note")).containsExactly("0");
        }
    }

    private static void awaitReady(Process child) throws Exception {
        var reader = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8));
        var output = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        String line;
        while ((line = reader.readLine()) != null) {
            output.append(line).append('\n');
            if (line.startsWith("READY ")) {
                return;
            }
            if (System.nanoTime() > deadline) {
                break;
            }
        }
        throw new AssertionError("the child JVM did not start its database:\n" + output);
    }

    private static void execute(EmbeddedDatabaseServer server, String... statements) throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl(EmbeddedDatabaseServer.OWNER), "postgres", ""); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedDatabaseServer server, String sql) throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl(EmbeddedDatabaseServer.OWNER), "postgres", "");
             var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            var rows = new ArrayList<String>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
