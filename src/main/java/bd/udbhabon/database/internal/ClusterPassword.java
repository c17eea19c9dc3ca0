package bd.udbhabon.database.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded cluster's password: 256 random bits, made at the first start and kept in
 * {@code <dataDir>/postgres.password} (0600, in a 0700 directory), so only the account that runs
 * Udbhabon (and root) can read it.
 *
 * @param isNew true when this start created it: an existing cluster must then be given it
 */
record ClusterPassword(Path file, String value, boolean isNew) {

    static final String FILE_NAME = "postgres.password";
    private static final Logger log = LoggerFactory.getLogger(ClusterPassword.class);
    private static final Set<PosixFilePermission> OWNER_FILE = PosixFilePermissions.fromString("rw-------");
    private static final Set<PosixFilePermission> OWNER_DIR = PosixFilePermissions.fromString("rwx------");

    static ClusterPassword readOrCreate(Path dataDir) throws IOException {
        Path file = dataDir.resolve(FILE_NAME).toAbsolutePath();
        if (Files.exists(file)) {
            ownerOnly(file, OWNER_FILE);
            String value = Files.readString(file, StandardCharsets.UTF_8).strip();
            if (!value.isEmpty()) {
                return new ClusterPassword(file, value, false);
            }
        }
        byte[] random = new byte[32];
        new SecureRandom().nextBytes(random);
        String value = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        // written beside and moved into place: a crash never leaves half a password
        Path temp = Files.createTempFile(dataDir, ".postgres.password", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_FILE));
        Files.writeString(temp, value + "\n", StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return new ClusterPassword(file, value, true);
    }

    /** The same password, no longer new. */
    ClusterPassword kept() {
        return new ClusterPassword(file, value, false);
    }

    /** Creates the data directory or takes group and other access away from it. */
    static void ownerOnlyDirectory(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(OWNER_DIR));
        }
        ownerOnly(dir, OWNER_DIR);
    }

    private static void ownerOnly(Path path, Set<PosixFilePermission> wanted) throws IOException {
        if (!Files.getPosixFilePermissions(path).equals(wanted)) {
            log.warn("Making {} readable by its owner only ({})", path.toAbsolutePath(), PosixFilePermissions.toString(wanted));
            Files.setPosixFilePermissions(path, wanted);
        }
    }

    @Override
    public String toString() {
        return "ClusterPassword[" + file + "]"; // never the value
    }
}
