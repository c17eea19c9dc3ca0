package bd.udbhabon.database.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL whose cluster lives in {@code <dataDir>/postgres} and survives restarts.
 *
 * <p>A lock file in the data directory proves that no other running Udbhabon uses it. Holding that
 * lock, any postgres still serving the cluster can only be an orphan of a run that was killed: it
 * is shut down and a fresh server started, so the cluster is never shared with an unknown process.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String OWNER = "postgres";
    /** The role the application connects as; see db/migration/afterMigrate.sql for what it may do. */
    static final String APP_ROLE = "udbhabon_app";
    static final String DATABASE = "udbhabon";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final EmbeddedPostgres postgres;

    private EmbeddedDatabaseServer(FileChannel lockChannel, FileLock lock, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.postgres = postgres;
    }

    /**
     * @param port    0 for any free port
     * @param durable false turns fsync off: only for throw-away test clusters
     */
    public static EmbeddedDatabaseServer start(Path dataDir, int port, boolean durable) {
        FileChannel channel = null;
        try {
            Files.createDirectories(dataDir);
            Path clusterDir = dataDir.resolve("postgres").toAbsolutePath().normalize();
            channel = FileChannel.open(dataDir.resolve("udbhabon.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("Another Udbhabon is running with the data directory "
                        + dataDir.toAbsolutePath() + "; stop it or set UDBHABON_DATA_DIR to another directory.");
            }
            stopOrphanedServer(clusterDir);
            var builder = EmbeddedPostgres.builder()
                    .setDataDirectory(clusterDir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .setServerConfig("fsync", durable ? "on" : "off")
                    .setServerConfig("synchronous_commit", durable ? "on" : "off")
                    .setServerConfig("listen_addresses", "127.0.0.1");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedPostgres postgres = builder.start();
            createDatabaseAndRoleIfMissing(postgres);
            log.info("Embedded PostgreSQL ready on port {} with its data in {}", postgres.getPort(), clusterDir);
            return new EmbeddedDatabaseServer(channel, lock, postgres);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    public String jdbcUrl(String user) {
        return postgres.getJdbcUrl(user, DATABASE);
    }

    public int port() {
        return postgres.getPort();
    }

    @Override
    public void close() throws IOException {
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
        }
    }

    /** Shuts down a postgres left serving {@code clusterDir} by a killed run; removes a stale pid file. */
    static void stopOrphanedServer(Path clusterDir) throws IOException {
        Path pidFile = clusterDir.resolve("postmaster.pid");
        if (!Files.exists(pidFile)) {
            return;
        }
        Optional<ProcessHandle> orphan = postmasterPid(pidFile).flatMap(ProcessHandle::of)
                .filter(ProcessHandle::isAlive)
                .filter(p -> servesCluster(p, clusterDir));
        if (orphan.isEmpty()) {
            log.warn("Removing the stale {} left by an earlier run", pidFile);
            Files.deleteIfExists(pidFile);
            return;
        }
        ProcessHandle postmaster = orphan.get();
        log.warn("A PostgreSQL server (pid {}) left by an earlier, killed run still serves {}; shutting it down",
                postmaster.pid(), clusterDir);
        postmaster.destroy(); // SIGTERM: the orphan's clients died with their JVM, so it stops promptly
        try {
            postmaster.onExit().get(ORPHAN_SHUTDOWN_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            log.warn("PostgreSQL pid {} did not stop in {}; killing it (it recovers from its WAL)",
                    postmaster.pid(), ORPHAN_SHUTDOWN_WAIT);
            postmaster.destroyForcibly();
            postmaster.onExit().join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while stopping an orphaned PostgreSQL", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e);
        }
        Files.deleteIfExists(pidFile);
    }

    private static Optional<Long> postmasterPid(Path pidFile) throws IOException {
        List<String> lines = Files.readAllLines(pidFile, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Long.parseLong(lines.getFirst().trim()));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    /** The pid in the file may have been reused: only a postgres started on this cluster counts. */
    private static boolean servesCluster(ProcessHandle process, Path clusterDir) {
        try {
            String cmdline = Files.readString(Path.of("/proc", Long.toString(process.pid()), "cmdline"))
                    .replace('\0', ' ');
            return cmdline.contains("postgres") && cmdline.contains(clusterDir.toString());
        } catch (IOException e) {
            return process.info().commandLine().map(c -> c.contains(clusterDir.toString())).orElse(false);
        }
    }

    private static void createDatabaseAndRoleIfMissing(EmbeddedPostgres postgres) {
        try (var c = postgres.getPostgresDatabase().getConnection(); var s = c.createStatement()) {
            try (var rs = s.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'")) {
                if (!rs.next()) {
                    s.execute("create database " + DATABASE + " encoding 'UTF8' template template0");
                }
            }
            try (var rs = s.executeQuery("select 1 from pg_roles where rolname = '" + APP_ROLE + "'")) {
                if (!rs.next()) {
                    s.execute("create role " + APP_ROLE + " login");
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the database " + DATABASE, e);
        }
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (java.nio.channels.OverlappingFileLockException e) {
            return null; // held by this very JVM: another application context uses the directory
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // the start already failed; its cause is what matters
            }
        }
    }
}
