package bd.udbhabon.database.internal;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestInputStream;
import java.io.OutputStream;

/** File handling shared by backup and restore: owner-only directories, copies checked by SHA-256. */
final class BackupFiles {

    static final String FILES_DIR = "files";
    static final String AUDIT_DIR = "audit";

    private BackupFiles() {
    }

    /** True when {@code dir} does not exist or holds nothing. */
    static boolean absentOrEmpty(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            return true;
        }
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (var entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }

    static Path ownerOnlyDirectories(Path dir) throws IOException {
        if (!Files.exists(dir)) {
            Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
        }
        return dir;
    }

    /** The SHA-256 of a file, or null when it does not exist. */
    static String sha256(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        var digest = DatabaseDump.sha256();
        try (var in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return DatabaseDump.hex(digest);
    }

    /** Copies {@code from} to {@code to} (owner-only, through a temporary file), keeping its bytes' SHA-256. */
    static String copy(Path from, Path to) throws IOException {
        ownerOnlyDirectories(to.getParent());
        Path temp = to.resolveSibling("." + to.getFileName() + ".tmp");
        Files.copy(from, temp, StandardCopyOption.REPLACE_EXISTING);
        Files.setPosixFilePermissions(temp, PosixFilePermissions.fromString("rw-------"));
        String sha256 = sha256(temp);
        Files.move(temp, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        return sha256;
    }

    static long lines(Path file) throws IOException {
        try (var lines = Files.lines(file)) {
            return lines.count();
        }
    }
}
