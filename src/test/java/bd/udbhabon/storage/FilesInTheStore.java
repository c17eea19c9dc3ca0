package bd.udbhabon.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the modules' tests check of a file uploaded or issued since issue 17 (point 4): its bytes are in the
 * {@link FileStore}, not in the owner's row; and of a row from before it (bytes in the row, no file id) that it is
 * still served. Each module's test uploads through its real service or page, then asks this.
 */
public final class FilesInTheStore {

    private FilesInTheStore() {
    }

    /**
     * The row's bytes column is empty, its file id names a {@code stored_file} row with the size and SHA-256 of
     * {@code expected}, and the store gives those bytes back. Answers the file's id.
     */
    public static long inTheStore(JdbcClient jdbc, FileStore store, String table, String bytesColumn, String fileIdColumn, long rowId,
                                  byte[] expected) {
        record Row(Long fileId, boolean bytesInRow) {
        }
        Row row = jdbc.sql("select " + fileIdColumn + ", " + bytesColumn + " is not null from " + table + " where id = ?").param(rowId)
                .query((rs, n) -> new Row(rs.getObject(1, Long.class), rs.getBoolean(2))).single();
        assertThat(row.bytesInRow()).as(table + "." + bytesColumn + " of row " + rowId + " is empty").isFalse();
        assertThat(row.fileId()).as(table + "." + fileIdColumn + " of row " + rowId).isNotNull();
        record Stored(long size, String sha256) {
        }
        assertThat(jdbc.sql("select size, sha256 from stored_file where id = ?").param(row.fileId()).query(Stored.class).single())
                .as("stored_file " + row.fileId()).isEqualTo(new Stored(expected.length, sha256(expected)));
        assertThat(store.read(row.fileId())).as("the object of stored_file " + row.fileId()).isEqualTo(expected);
        return row.fileId();
    }

    /** Puts the row back as rows were before issue 17: these bytes in the row, no file id (what the mover has not reached). */
    public static void asBeforeTheStore(JdbcClient jdbc, String table, String bytesColumn, String fileIdColumn, long rowId, byte[] bytes) {
        assertThat(jdbc.sql("update " + table + " set " + bytesColumn + " = ?, " + fileIdColumn + " = null where id = ?")
                .params(bytes, rowId).update()).isEqualTo(1);
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
