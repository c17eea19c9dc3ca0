package bd.udbhabon.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.S3MockServer;
import java.io.IOException;
import java.net.ServerSocket;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** {@link FileStoreContract} on an S3-compatible server started by the test ({@link S3MockServer}); and its start-up checks. */
class S3FileStoreTests extends FileStoreContract {

    private S3ObjectStore store;

    static StorageProperties.S3 settings(String endpoint, String bucket) {
        return new StorageProperties.S3(endpoint, "us-east-1", bucket, S3MockServer.ACCESS_KEY, S3MockServer.SECRET_KEY, true, "udbhabon/");
    }

    @Override
    ObjectStore newStore() {
        store = new S3ObjectStore(settings(S3MockServer.shared().endpoint(), "files-" + UUID.randomUUID()));
        assertThat(store.ensureBucket()).as("made at start-up when missing").isTrue();
        assertThat(store.ensureBucket()).as("there the next time").isFalse();
        return store;
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aMissingBucketNameStopsStartUpWithWhatToSet() {
        assertThatThrownBy(() -> new S3ObjectStore(settings(S3MockServer.shared().endpoint(), " ")))
                .isInstanceOfSatisfying(StorageUnusable.class, e -> {
                    assertThat(e.getMessage()).isEqualTo("udbhabon.storage.kind is S3 but no bucket is named.");
                    assertThat(e.action()).contains("UDBHABON_S3_BUCKET");
                });
    }

    @Test
    void noCredentialsStopStartUpWithWhatToSet() {
        Assumptions.assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null, "no AWS credentials around");
        var blank = new StorageProperties.S3(S3MockServer.shared().endpoint(), "us-east-1", "files", "", "", true, "");
        String imds = System.setProperty("aws.disableEc2Metadata", "true"); // no instance role here: do not wait for one
        try (var store = new S3ObjectStore(blank)) {
            assertThatThrownBy(store::ensureBucket).isInstanceOfSatisfying(StorageUnusable.class, e -> {
                assertThat(e.getMessage()).startsWith("No credentials for the S3 bucket files at ");
                assertThat(e.action()).contains("UDBHABON_S3_ACCESS_KEY");
            });
        } finally {
            if (imds == null) {
                System.clearProperty("aws.disableEc2Metadata");
            } else {
                System.setProperty("aws.disableEc2Metadata", imds);
            }
        }
    }

    @Test
    void anUnreachableEndpointStopsStartUpWithWhatToCheck() throws IOException {
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        try (var unreachable = new S3ObjectStore(settings("http://127.0.0.1:" + closedPort, "files"))) {
            assertThatThrownBy(unreachable::ensureBucket).isInstanceOfSatisfying(StorageUnusable.class, e -> {
                assertThat(e.getMessage()).startsWith("The S3 bucket files (keys under udbhabon/) at http://127.0.0.1:" + closedPort
                        + " could not be reached");
                assertThat(e.action()).contains("UDBHABON_S3_ENDPOINT");
                assertThat(new StorageFailureAnalyzer().analyze(e).getDescription()).isEqualTo(e.getMessage());
            });
        }
    }
}
