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
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An S3-compatible server for the tests of the S3 path (issue 17, point 4): Adobe's S3Mock from Maven Central, whose
 * executable jar the build copies to {@code target/s3mock/s3mock.jar}. It is a Spring Boot 3 application, so it runs
 * as its own JVM (the tests' JDK) on a free port of 127.0.0.1, one per test JVM, stopped when the JVM exits. It takes
 * any credentials and only path-style addresses.
 */
public final class S3MockServer {

    public static final Path JAR = Path.of("target/s3mock/s3mock.jar");
    public static final String ACCESS_KEY = "test-access-key";
    public static final String SECRET_KEY = "test-secret-key";
    private static S3MockServer shared;

    private final Process process;
    private final int port;

    private S3MockServer(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    /** The server of this test JVM, started at the first call (about 5 s). */
    public static synchronized S3MockServer shared() {
        if (shared == null) {
            shared = start();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::stop, "s3mock-stop"));
        }
        return shared;
    }

    /** {@code http://127.0.0.1:<port>}, for {@code udbhabon.storage.s3.endpoint}. */
    public String endpoint() {
        return "http://127.0.0.1:" + port;
    }

    private static S3MockServer start() {
        if (!Files.isRegularFile(JAR)) {
            throw new IllegalStateException(JAR + " is missing: the build copies it (maven-dependency-plugin, execution s3mock)");
        }
        int port = freePort();
        Path dir = Path.of("target/s3mock").toAbsolutePath();
        Path root = dir.resolve("root-" + UUID.randomUUID());
        var command = List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC", "-jar", JAR.toAbsolutePath().toString(),
                "--com.adobe.testing.s3mock.httpPort=" + port, "--server.port=0", "--server.address=127.0.0.1",
                "--com.adobe.testing.s3mock.store.root=" + root, "--spring.main.banner-mode=off");
        Process process;
        try {
            Files.createDirectories(root);
            process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(dir.resolve("s3mock-" + port + ".log").toFile()).start();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        var server = new S3MockServer(process, port);
        server.awaitUp(Duration.ofSeconds(90));
        return server;
    }

    private void awaitUp(Duration timeout) {
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("S3Mock exited with " + process.exitValue() + "; see target/s3mock/s3mock-" + port + ".log");
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create(endpoint() + "/")).timeout(Duration.ofSeconds(2)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        stop();
        throw new IllegalStateException("S3Mock did not answer within " + timeout + "; see target/s3mock/s3mock-" + port + ".log");
    }

    private void stop() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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
