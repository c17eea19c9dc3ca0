package bd.udbhabon.storage.internal;

import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.NoSuchBucketException;
import software.amazon.awssdk.services.s3.model.NoSuchKeyException;
import software.amazon.awssdk.services.s3.model.S3Exception;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * Objects in a bucket of S3-compatible object storage (AWS, MinIO, Ceph, a cloud's), through the AWS SDK v2 on the
 * JDK's own HTTP client. A PUT is whole or absent by S3's own guarantee. The SDK's default extra checksums are asked
 * only where S3 requires them: several S3-compatible servers refuse them, and every read is checked against the
 * SHA-256 in {@code stored_file} anyway.
 */
final class S3ObjectStore implements ObjectStore, AutoCloseable {

    private final S3Client client;
    private final AwsCredentialsProvider credentials;
    private final String bucket;
    private final String prefix;
    private final String description;

    S3ObjectStore(StorageProperties.S3 settings) {
        if (settings.bucket() == null || settings.bucket().isBlank()) {
            throw new StorageUnusable("udbhabon.storage.kind is S3 but no bucket is named.",
                    "Set udbhabon.storage.s3.bucket (UDBHABON_S3_BUCKET), or use udbhabon.storage.kind=LOCAL.", null);
        }
        this.bucket = settings.bucket().strip();
        this.prefix = settings.prefix() == null ? "" : settings.prefix().strip();
        boolean ownEndpoint = settings.endpoint() != null && !settings.endpoint().isBlank();
        this.description = "S3 bucket " + bucket + (prefix.isEmpty() ? "" : " (keys under " + prefix + ")")
                + (ownEndpoint ? " at " + settings.endpoint().strip() : " (AWS, region " + settings.region() + ")");
        this.credentials = credentials(settings);
        var builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder()
                        .connectionTimeout(Duration.ofSeconds(5))
                        .socketTimeout(Duration.ofSeconds(60)))
                .region(Region.of(settings.region()))
                .forcePathStyle(settings.pathStyle())
                .credentialsProvider(credentials)
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        if (ownEndpoint) {
            try {
                builder.endpointOverride(URI.create(settings.endpoint().strip()));
            } catch (IllegalArgumentException e) {
                throw new StorageUnusable("udbhabon.storage.s3.endpoint is not a URL: " + settings.endpoint(),
                        "Set it to the server's address, e.g. https://minio.example:9000.", null);
            }
        }
        this.client = builder.build();
    }

    private static AwsCredentialsProvider credentials(StorageProperties.S3 settings) {
        if (settings.accessKey() == null || settings.accessKey().isBlank()) {
            return DefaultCredentialsProvider.builder().build(); // environment, profile, the machine's role
        }
        return StaticCredentialsProvider.create(AwsBasicCredentials.create(settings.accessKey().strip(),
                settings.secretKey() == null ? "" : settings.secretKey().strip()));
    }

    /**
     * Checks at start-up that the bucket can be reached and makes it when it is missing; an unusable bucket stops
     * start-up with what to check, rather than failing at the first upload.
     *
     * @return whether the bucket was made
     */
    boolean ensureBucket() {
        try {
            credentials.resolveCredentials();
        } catch (SdkException e) {
            throw new StorageUnusable("No credentials for the " + description + ": udbhabon.storage.s3.access-key is blank and the "
                    + "AWS SDK's default credentials (environment AWS_ACCESS_KEY_ID, profile, the machine's role) gave none.",
                    "Set udbhabon.storage.s3.access-key and secret-key (UDBHABON_S3_ACCESS_KEY, UDBHABON_S3_SECRET_KEY), or give "
                    + "this machine AWS credentials.", null);
        }
        try {
            client.headBucket(b -> b.bucket(bucket));
            return false;
        } catch (NoSuchBucketException e) {
            return createBucket();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return createBucket();
            }
            throw refused(e, "checking");
        } catch (SdkException e) {
            throw unreachable(e);
        }
    }

    private boolean createBucket() {
        try {
            client.createBucket(b -> b.bucket(bucket));
            return true;
        } catch (S3Exception e) {
            throw refused(e, "creating");
        } catch (SdkException e) {
            throw unreachable(e);
        }
    }

    private StorageUnusable refused(S3Exception e, String doing) {
        String code = e.awsErrorDetails() == null ? null : e.awsErrorDetails().errorCode();
        return new StorageUnusable("The " + description + " refused " + doing + " the bucket: HTTP " + e.statusCode()
                + (code == null ? "" : " " + code) + ".",
                e.statusCode() == 403 || e.statusCode() == 401
                        ? "Check udbhabon.storage.s3.access-key and secret-key (UDBHABON_S3_ACCESS_KEY, UDBHABON_S3_SECRET_KEY) and the key's rights on the bucket."
                        : "Check udbhabon.storage.s3.bucket, region and path-style, or make the bucket by hand.", null);
    }

    private StorageUnusable unreachable(SdkException e) {
        return new StorageUnusable("The " + description + " could not be reached: " + e.getMessage(),
                "Check udbhabon.storage.s3.endpoint (UDBHABON_S3_ENDPOINT) and that the server is up and reachable from this machine.", null);
    }

    @Override
    public void put(String key, byte[] bytes) throws IOException {
        try {
            client.putObject(b -> b.bucket(bucket).key(prefix + key).contentLength((long) bytes.length)
                    .contentType("application/octet-stream"), RequestBody.fromBytes(bytes));
        } catch (SdkException e) {
            throw new IOException("Could not write " + prefix + key + " to the " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<byte[]> get(String key) throws IOException {
        try {
            return Optional.of(client.getObjectAsBytes(b -> b.bucket(bucket).key(prefix + key)).asByteArray());
        } catch (NoSuchKeyException e) {
            return Optional.empty();
        } catch (S3Exception e) {
            if (e.statusCode() == 404) {
                return Optional.empty();
            }
            throw new IOException("Could not read " + prefix + key + " from the " + description + ": " + e.getMessage(), e);
        } catch (SdkException e) {
            throw new IOException("Could not read " + prefix + key + " from the " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void delete(String key) throws IOException {
        try {
            client.deleteObject(b -> b.bucket(bucket).key(prefix + key));
        } catch (SdkException e) {
            throw new IOException("Could not delete " + prefix + key + " from the " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void list(Instant olderThan, Consumer<String> keys) throws IOException {
        try {
            for (S3Object object : client.listObjectsV2Paginator(b -> b.bucket(bucket).prefix(prefix)).contents()) {
                if (object.lastModified() != null && object.lastModified().isBefore(olderThan)) {
                    keys.accept(object.key().substring(prefix.length()));
                }
            }
        } catch (SdkException e) {
            throw new IOException("Could not list the " + description + ": " + e.getMessage(), e);
        }
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public void close() {
        client.close();
    }
}
