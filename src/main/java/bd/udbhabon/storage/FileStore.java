package bd.udbhabon.storage;

/**
 * Every uploaded and issued file's bytes, stored outside the database. A module keeps the file's name, type and
 * owner in its own table with the {@link StoredFile#id()} this gives ({@code references stored_file}), and reads
 * the bytes back by that id.
 */
public interface FileStore {

    /**
     * Writes the bytes to the store and records them ({@code stored_file}) in the caller's transaction. The object
     * is written first: if the transaction then rolls back, the object is an orphan that nothing names (swept
     * later), never a row without its bytes.
     */
    StoredFile store(byte[] bytes);

    /**
     * The file's bytes, checked against the SHA-256 recorded when it was stored.
     *
     * @throws StoredFileDamaged when the bytes are missing from the store or do not match their checksum
     */
    byte[] read(long fileId);
}
