package bd.udbhabon.audit.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Set;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The audit chain's HMAC key. It never goes to the database (not even as a query parameter, which
 * the database could log): whoever holds only the database cannot compute a valid MAC.
 *
 * <p>From {@code udbhabon.audit.key} (base64, at least 32 bytes; several nodes share it this way),
 * else from the key file, created with 0600 permissions at the first start.
 */
@Component
class AuditKey {

    static final String ALGORITHM = "HmacSHA256";
    private static final int MIN_BYTES = 32;
    private static final Logger log = LoggerFactory.getLogger(AuditKey.class);

    private final SecretKeySpec key;
    private final Mac prototype;

    @Autowired
    AuditKey(AuditProperties properties) {
        this(properties.key(), properties.keyFile());
    }

    AuditKey(String configured, Path file) {
        if (StringUtils.hasText(configured)) {
            this.key = decode(configured.trim(), "udbhabon.audit.key (UDBHABON_AUDIT_KEY)");
            this.prototype = initialised(key);
            return;
        }
        try {
            createIfMissing(file);
            warnIfOthersCanRead(file);
            this.key = decode(Files.readString(file, StandardCharsets.US_ASCII).trim(), file.toAbsolutePath().toString());
            this.prototype = initialised(key);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or create the audit key file " + file.toAbsolutePath(), e);
        }
    }

    /** A MAC instance with the key; not thread-safe, so one per use (or per verification walk). */
    Mac newMac() {
        try {
            return (Mac) prototype.clone(); // cheaper than looking the algorithm up and initialising again
        } catch (CloneNotSupportedException e) {
            return initialised(key);
        }
    }

    private static Mac initialised(SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return mac;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(ALGORITHM + " is part of every JDK", e);
        }
    }

    String mac(String content) {
        return mac(newMac(), content);
    }

    static String mac(Mac mac, String content) {
        return HexFormat.of().formatHex(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
    }

    private static SecretKeySpec decode(String base64, String source) {
        byte[] bytes;
        try {
            bytes = Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("The audit key in " + source + " is not base64", e);
        }
        if (bytes.length < MIN_BYTES) {
            throw new IllegalStateException("The audit key in " + source + " is shorter than " + MIN_BYTES
                    + " bytes; make one with: openssl rand -base64 32");
        }
        return new SecretKeySpec(bytes, ALGORITHM);
    }

    /** Written whole to a private temporary file, then moved in: never a half key, and two nodes starting at once keep one. */
    private static void createIfMissing(Path file) throws IOException {
        if (Files.exists(file)) {
            return;
        }
        Path dir = file.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        byte[] bytes = new byte[MIN_BYTES];
        new SecureRandom().nextBytes(bytes);
        Path temp = posix(dir)
                ? Files.createTempFile(dir, ".audit-key", ".tmp",
                        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")))
                : Files.createTempFile(dir, ".audit-key", ".tmp");
        try {
            Files.writeString(temp, Base64.getEncoder().encodeToString(bytes) + "\n", StandardCharsets.US_ASCII);
            try {
                Files.createLink(file, temp); // unlike rename, fails when the file appeared meanwhile
            } catch (UnsupportedOperationException e) {
                Files.move(temp, file);
            }
        } catch (FileAlreadyExistsException e) {
            return; // another node made it first: that key is the one
        } finally {
            Files.deleteIfExists(temp);
        }
        log.info("Created the audit key {} (keep a copy apart from database backups: without it the audit trail "
                + "cannot be verified)", file.toAbsolutePath());
    }

    private static void warnIfOthersCanRead(Path file) throws IOException {
        if (!posix(file.toAbsolutePath().getParent())) {
            return;
        }
        Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
        if (permissions.stream().anyMatch(p -> p.name().startsWith("GROUP") || p.name().startsWith("OTHERS"))) {
            log.warn("The audit key {} can be read by other accounts ({}); it should be 0600",
                    file.toAbsolutePath(), PosixFilePermissions.toString(permissions));
        }
    }

    private static boolean posix(Path dir) {
        return dir.getFileSystem().supportedFileAttributeViews().contains("posix");
    }
}
