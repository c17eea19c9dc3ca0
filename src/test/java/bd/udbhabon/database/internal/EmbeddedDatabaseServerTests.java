package bd.udbhabon.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
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

    @Test
    void noOneConnectsWithoutThePassword() throws Exception {
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            for (String role : List.of(EmbeddedDatabaseServer.OWNER, EmbeddedDatabaseServer.APP_ROLE)) {
                for (String password : List.of("", "wrong-password")) {
                    assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), role, password).close())
                            .as("%s with password '%s'", role, password)
                            .isInstanceOf(SQLException.class)
                            .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isIn("28P01", "08004"));
                }
                DriverManager.getConnection(server.jdbcUrl(), role, server.password()).close();
            }
            // the old set-up's URL form (no password, "localhost") is refused too
            assertThatThrownBy(() -> DriverManager.getConnection(
                    "jdbc:postgresql://localhost:" + server.port() + "/postgres?user=postgres").close())
                    .isInstanceOf(SQLException.class);
            assertThat(query(server, "select auth_method from pg_hba_file_rules where error is null"))
                    .isNotEmpty().allMatch("scram-sha-256"::equals);
            assertThat(query(server, "select current_setting('listen_addresses')")).containsExactly("127.0.0.1");
        }
    }

    @Test
    void theSocketIsInsideTheClusterDirectoryAndThePasswordIsTheOwnersAlone() throws Exception {
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            Path cluster = server.clusterDir();
            assertThat(query(server, "select current_setting('unix_socket_directories')")).containsExactly(cluster.toString());
            Path socket = cluster.resolve(".s.PGSQL." + server.port());
            assertThat(socket).exists();
            assertThat(Path.of("/tmp/.s.PGSQL." + server.port())).doesNotExist();
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(socket))).isEqualTo("rwx------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(cluster))).isEqualTo("rwx------");

            Path passwordFile = dataDir.resolve(ClusterPassword.FILE_NAME);
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(passwordFile))).isEqualTo("rw-------");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
            assertThat(Files.readString(passwordFile).strip()).isEqualTo(server.password()).hasSizeGreaterThanOrEqualTo(43);
        }
    }

    @Test
    void aClusterMadeByTheOldPasswordlessSetUpIsGivenThePasswordAndKeepsItsData() throws Exception {
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        // what the earlier EmbeddedDatabaseServer did: initdb -A trust, socket in /tmp
        try (var old = EmbeddedPostgres.builder().setDataDirectory(dataDir.resolve("postgres"))
                .setCleanDataDirectory(false).setServerConfig("listen_addresses", "127.0.0.1").start();
             var c = old.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            s.execute("create database udbhabon encoding 'UTF8' template template0");
            s.execute("create role udbhabon_app login");
            try (var u = old.getDatabase("postgres", "udbhabon").getConnection(); var us = u.createStatement()) {
                us.execute("create table note (text text)");
                us.execute("insert into note values ('written by the old set-up')");
            }
        }
        assertThat(dataDir.resolve(ClusterPassword.FILE_NAME)).doesNotExist();

        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            assertThat(query(server, "select text from note")).containsExactly("written by the old set-up");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", "").close())
                    .isInstanceOf(SQLException.class);
            DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.APP_ROLE, server.password()).close();
            assertThat(Files.readString(server.clusterDir().resolve("pg_hba.conf"))).startsWith(EmbeddedDatabaseServer.HBA_MARKER)
                    .doesNotContain("trust");
            assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(dataDir))).isEqualTo("rwx------");
        }
        // and the next start simply uses it
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            assertThat(query(server, "select text from note")).containsExactly("written by the old set-up");
        }
    }

    @Test
    void aLostPasswordFileIsReplacedByANewPassword() throws Exception {
        String first;
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            first = server.password();
            execute(server, "create table note (text text)", "insert into note values ('kept')");
        }
        Files.delete(dataDir.resolve(ClusterPassword.FILE_NAME));
        try (var server = EmbeddedDatabaseServer.start(dataDir, 0, false)) {
            assertThat(server.password()).isNotEqualTo(first);
            assertThat(query(server, "select text from note")).containsExactly("kept");
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), "postgres", first).close())
                    .isInstanceOf(SQLException.class);
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
        try (var c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER, server.password()); var s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    private static List<String> query(EmbeddedDatabaseServer server, String sql) throws Exception {
        try (var c = DriverManager.getConnection(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER, server.password());
             var s = c.createStatement(); var rs = s.executeQuery(sql)) {
            var rows = new ArrayList<String>();
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
            return rows;
        }
    }
}
