package bd.udbhabon.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Debian's PostgreSQL ({@code /usr/lib/postgresql/<newest>/bin}) in a private cluster of its own, on a free port of
 * 127.0.0.1, for tests that need an external database (the application then starts nothing embedded). As root,
 * initdb and postgres run as the {@code postgres} user (they refuse root). Use with try-with-resources (stops and
 * deletes the cluster) or {@link #stop()} it in {@code @AfterAll}.
 */
public final class DebianPostgres implements AutoCloseable {

    private static final boolean ROOT = "root".equals(System.getProperty("user.name"));

    private final Path binaries;
    private final Path cluster;
    private final int port;
    private boolean running;

    private DebianPostgres(Path binaries, Path cluster, int port) {
        this.binaries = binaries;
        this.cluster = cluster;
        this.port = port;
    }

    /** initdb (trust, UTF8, superuser {@code postgres}) and start, fsync off (a test cluster, thrown away). */
    public static DebianPostgres start() {
        return start(List.of("fsync=off"));
    }

    /**
     * initdb and start with extra server settings.
     *
     * @param settings {@code name=value} pairs given to postgres as {@code -c name=value}
     */
    public static DebianPostgres start(List<String> settings) {
        try {
            Path binaries;
            try (var versions = Files.list(Path.of("/usr/lib/postgresql"))) {
                binaries = versions.max(Comparator.comparing(p -> Integer.parseInt(p.getFileName().toString())))
                        .orElseThrow().resolve("bin");
            }
            Path cluster = Files.createTempDirectory("udbhabon-external-pg");
            var postgres = new DebianPostgres(binaries, cluster, freePort());
            if (ROOT) {
                run(List.of("chown", "-R", "postgres", cluster.toString()));
            }
            postgres.asPostgresUser(List.of(binaries.resolve("initdb").toString(), "-D", postgres.dataDir().toString(),
                    "-A", "trust", "-E", "UTF8", "-U", "postgres"));
            postgres.startServer(settings);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void startServer(List<String> settings) {
        var options = new StringBuilder("-p " + port + " -k " + cluster + " -c listen_addresses=127.0.0.1");
        settings.forEach(setting -> options.append(" -c ").append(setting));
        asPostgresUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-o", options.toString(),
                "-l", log().toString(), "-w", "start"));
        running = true;
    }

    /** {@code jdbc:postgresql://127.0.0.1:<port>/postgres}; user {@code postgres}, no password. */
    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    public String username() {
        return "postgres";
    }

    public int port() {
        return port;
    }

    /** The binaries' directory (pg_dump, pg_restore, psql... of the same version). */
    public Path binaries() {
        return binaries;
    }

    /** The directory holding the data directory, the log and the socket. */
    public Path cluster() {
        return cluster;
    }

    public Path dataDir() {
        return cluster.resolve("data");
    }

    public Path log() {
        return cluster.resolve("log");
    }

    /** Runs one of this server's binaries (e.g. {@code psql}, {@code pg_dump}) as the postgres user; its output. */
    public String runTool(String tool, List<String> arguments) {
        var command = new ArrayList<String>();
        command.add(binaries.resolve(tool).toString());
        command.addAll(arguments);
        return asPostgresUser(command);
    }

    /** {@code pg_ctl stop -m fast}. */
    public void stop() {
        if (running) {
            asPostgresUser(List.of(binaries.resolve("pg_ctl").toString(), "-D", dataDir().toString(), "-m", "fast", "-w", "stop"));
            running = false;
        }
    }

    /** Stops the server and deletes its cluster directory. */
    @Override
    public void close() {
        stop();
        try (var paths = Files.walk(cluster)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // a temporary directory: what is left goes with the machine's temp files
        }
    }

    /** initdb and postgres refuse to run as root: as root, run them as the postgres user. */
    private String asPostgresUser(List<String> command) {
        var full = new ArrayList<String>();
        if (ROOT) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.addAll(command);
        return run(full);
    }

    private static String run(List<String> full) {
        try {
            Process process = new ProcessBuilder(full).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes());
            if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", full) + " failed:\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
