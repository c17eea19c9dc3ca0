package bd.udbhabon.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.S3MockServer;
import bd.udbhabon.UdbhabonApplication;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/**
 * A store that cannot work stops the application's start with Spring Boot's short report of what is wrong and what to
 * set (issue 17: every fault a clear message), not a stack trace.
 */
@ExtendWith(OutputCaptureExtension.class)
class S3StartUpTests {

    @Test
    void anUnreachableS3EndpointStopsStartUpWithAShortReport(CapturedOutput output) throws Exception {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var application = new SpringApplicationBuilder(UdbhabonApplication.class);
        String[] commandLine = { // as an operator starts it: above application.yml
                "--udbhabon.data-dir=target/test-data/" + UUID.randomUUID(),
                "--udbhabon.database.durable=false",
                "--udbhabon.scheduling.enabled=false",
                "--server.port=0",
                "--udbhabon.storage.kind=S3",
                "--udbhabon.storage.s3.endpoint=http://127.0.0.1:" + closedPort,
                "--udbhabon.storage.s3.bucket=udbhabon-files",
                "--udbhabon.storage.s3.access-key=" + S3MockServer.ACCESS_KEY,
                "--udbhabon.storage.s3.secret-key=" + S3MockServer.SECRET_KEY};

        assertThatThrownBy(() -> application.run(commandLine).close()).hasRootCauseInstanceOf(StorageUnusable.class);

        assertThat(output.getOut()).contains("APPLICATION FAILED TO START")
                .contains("The S3 bucket udbhabon-files at http://127.0.0.1:" + closedPort + " could not be reached")
                .contains("Check udbhabon.storage.s3.endpoint (UDBHABON_S3_ENDPOINT)")
                .doesNotContain("\tat software.amazon");
    }
}
