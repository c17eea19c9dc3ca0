package bd.udbhabon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application ({@code target/udbhabon.jar}) as its own process, as an operator runs it: for the tests
 * of several nodes, crashes and start-up (issue 17), named {@code *IT} and run by failsafe after {@code package}.
 * It runs on the JDK the tests run on (the toolchain's), on a free port of 127.0.0.1, with its log in
 * {@code <workDir>/<name>.log}.
 */
public final class PackagedApplication implements AutoCloseable {

    public static final Path JAR = Path.of("target/udbhabon.jar");
    private static final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final String name;
    private final Path workDir;
    private final Map<String, String> properties;
    private final int port;
    private final Path log;
    private Process process;

    private PackagedApplication(String name, Path workDir, Map<String, String> properties, int port) {
        this.name = name;
        this.workDir = workDir;
        this.properties = properties;
        this.port = port;
        this.log = workDir.resolve(name + ".log");
    }

    /**
     * Starts the jar and waits until it is ready ({@code /actuator/health/readiness} UP).
     *
     * @param properties Spring properties given as {@code --name=value} (e.g. {@code udbhabon.data-dir},
     *                   {@code spring.datasource.url}); the port, secure cookies off and the first administrator's
     *                   password of the tests are set here unless given
     */
    public static PackagedApplication start(String name, Path workDir, Map<String, String> properties) {
        return start(name, workDir, properties, Duration.ofMinutes(3));
    }

    /** As {@link #start(String, Path, Map)}, waiting up to {@code readyWithin} (a first start loading the demo is slower). */
    public static PackagedApplication start(String name, Path workDir, Map<String, String> properties, Duration readyWithin) {
        var all = new LinkedHashMap<String, String>();
        all.put("udbhabon.security.admin-password", IntegrationTest.ADMIN_PASSWORD);
        all.putAll(properties);
        int port = all.containsKey("server.port") ? Integer.parseInt(all.get("server.port")) : freePort();
        all.put("server.port", String.valueOf(port));
        var application = new PackagedApplication(name, workDir, all, port);
        application.launch();
        try {
            application.awaitReady(readyWithin);
        } catch (RuntimeException e) { // not left running behind a failed test
            application.kill9();
            throw e;
        }
        return application;
    }

    /** Starts the same node again (same port, same properties) after {@link #kill9()} or {@link #stop()}. */
    public void restart() {
        launch();
        awaitReady(Duration.ofMinutes(3));
    }

    private void launch() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: these tests run after `package` (./mvnw verify)");
        }
        var command = new ArrayList<String>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-Xmx512m", "-jar", JAR.toAbsolutePath().toString()));
        properties.forEach((key, value) -> command.add("--" + key + "=" + value));
        try {
            Files.createDirectories(workDir);
            var builder = new ProcessBuilder(command).directory(workDir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("UDBHABON_SECURE_COOKIES", "false");
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Waits until readiness answers UP; fails with the end of the log if the process dies or time runs out. */
    public Duration awaitReady(Duration timeout) {
        Instant start = Instant.now();
        Instant deadline = start.plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + ":\n" + logTail(60));
            }
            if (status("/actuator/health/readiness") == 200) {
                return Duration.between(start, Instant.now());
            }
            sleep(100);
        }
        throw new IllegalStateException(name + " not ready after " + timeout + ":\n" + logTail(60));
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public int status(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    public int port() {
        return port;
    }

    public long pid() {
        return process.pid();
    }

    public boolean alive() {
        return process != null && process.isAlive();
    }

    /** {@code kill -9}: no shutdown hook, no graceful stop. The embedded PostgreSQL it started is left as it is. */
    public void kill9() {
        process.destroyForcibly();
        waitFor();
    }

    /** SIGTERM: the graceful shutdown an orchestrator asks for. */
    public void stop() {
        process.destroy();
        waitFor();
    }

    private void waitFor() {
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    public Path log() {
        return log;
    }

    public String logTail(int lines) {
        try {
            List<String> all = Files.readAllLines(log);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        if (alive()) {
            stop();
        }
    }

    public static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
