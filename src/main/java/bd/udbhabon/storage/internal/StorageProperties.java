package bd.udbhabon.storage.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * {@code udbhabon.storage.*}: where files go.
 *
 * @param kind  LOCAL (a directory; several nodes must share it) or S3 (any S3-compatible object storage)
 * @param local the directory, by default {@code <data dir>/files}
 * @param s3    the bucket, when {@code kind} is S3
 * @param moveDatabaseBytes whether the file bytes the database still holds are moved out after every start, in the
 *                          background ({@code DatabaseBytesMover}); on by default
 */
@Validated
@ConfigurationProperties("udbhabon.storage")
record StorageProperties(@DefaultValue("LOCAL") @NotNull Kind kind, @DefaultValue @Valid Local local, @DefaultValue @Valid S3 s3,
                         @DefaultValue("true") boolean moveDatabaseBytes) {

    enum Kind { LOCAL, S3 }

    /** @param dir the directory that holds the objects */
    record Local(Path dir) {
    }

    /**
     * @param endpoint  e.g. {@code https://minio.example:9000}; blank: AWS's own for the region
     * @param region    the bucket's region
     * @param bucket    the bucket (made if missing)
     * @param accessKey the access key; blank: the SDK's default credentials (environment, profile, instance role)
     * @param secretKey its secret
     * @param pathStyle {@code true} for MinIO, Ceph and most S3-compatible servers
     * @param prefix    a key prefix inside the bucket, e.g. {@code udbhabon/}
     */
    record S3(String endpoint, @DefaultValue("us-east-1") String region, String bucket, String accessKey, String secretKey,
              @DefaultValue("true") boolean pathStyle, @DefaultValue("") String prefix) {
    }
}
