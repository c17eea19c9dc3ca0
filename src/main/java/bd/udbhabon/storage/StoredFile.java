package bd.udbhabon.storage;

/**
 * A file in the store.
 *
 * @param id     {@code stored_file.id}, what owners keep
 * @param key    the object's key in the store
 * @param size   in bytes
 * @param sha256 hex, lower case
 */
public record StoredFile(long id, String key, long size, String sha256) {
}
