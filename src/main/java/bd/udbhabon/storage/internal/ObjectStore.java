package bd.udbhabon.storage.internal;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The place the bytes go: a directory ({@link LocalObjectStore}) or an S3-compatible bucket ({@link S3ObjectStore}).
 * Keys are relative paths. Both pass the same contract test ({@code ObjectStoreContract}).
 */
interface ObjectStore {

    /** Writes the object whole or not at all (a reader never sees half an object). */
    void put(String key, byte[] bytes) throws IOException;

    /** The object's bytes, empty when there is none under the key. */
    Optional<byte[]> get(String key) throws IOException;

    /** Removes the object; nothing happens when there is none. Only the orphan sweep deletes. */
    void delete(String key) throws IOException;

    /** Gives the key of every object last written before {@code olderThan} (for the orphan sweep). */
    void list(Instant olderThan, Consumer<String> keys) throws IOException;

    /** Where the objects live, for the log at start-up (no secrets). */
    String describe();
}
