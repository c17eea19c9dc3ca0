package bd.udbhabon.storage.internal;

import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.StoredFile;
import bd.udbhabon.storage.StoredFileDamaged;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HexFormat;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The {@link FileStore}: the bytes in an {@link ObjectStore}, their key, size and SHA-256 in {@code stored_file} (V61). */
final class JdbcFileStore implements FileStore {

    private final JdbcClient jdbc;
    private final ObjectStore objects;

    JdbcFileStore(JdbcClient jdbc, ObjectStore objects) {
        this.jdbc = jdbc;
        this.objects = objects;
    }

    @Override
    public StoredFile store(byte[] bytes) {
        // a new key for every file: a rolled-back transaction leaves an orphan object, never overwrites one in use
        String key = LocalDate.now(ZoneOffset.UTC).toString().substring(0, 7) + "/" + UUID.randomUUID();
        String sha256 = sha256(bytes);
        try {
            objects.put(key, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write a file to the " + objects.describe(), e);
        }
        long id = jdbc.sql("insert into stored_file (storage_key, size, sha256) values (?, ?, ?) returning id")
                .params(key, bytes.length, sha256).query(Long.class).single();
        return new StoredFile(id, key, bytes.length, sha256);
    }

    @Override
    public byte[] read(long fileId) {
        StoredFile file = jdbc.sql("select id, storage_key, size, sha256 from stored_file where id = ?").param(fileId)
                .query((rs, n) -> new StoredFile(rs.getLong("id"), rs.getString("storage_key"), rs.getLong("size"), rs.getString("sha256")))
                .optional().orElseThrow(() -> new StoredFileDamaged(fileId, "no such stored file", null));
        byte[] bytes;
        try {
            bytes = objects.get(file.key()).orElseThrow(() -> new StoredFileDamaged(fileId, "object " + file.key() + " is missing from the " + objects.describe(), null));
        } catch (IOException e) {
            throw new StoredFileDamaged(fileId, "object " + file.key() + " could not be read from the " + objects.describe(), e);
        }
        if (bytes.length != file.size() || !sha256(bytes).equals(file.sha256())) {
            throw new StoredFileDamaged(fileId, "object " + file.key() + " does not match its SHA-256", null);
        }
        return bytes;
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
