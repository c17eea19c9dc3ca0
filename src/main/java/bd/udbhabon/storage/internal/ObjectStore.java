package bd.udbhabon.storage.internal;

import java.io.IOException;
import java.util.Optional;

/** The place the bytes go: a directory ({@link LocalObjectStore}) or an S3-compatible bucket. Keys are relative paths. */
interface ObjectStore {

    /** Writes the object whole or not at all (a reader never sees half an object). */
    void put(String key, byte[] bytes) throws IOException;

    /** The object's bytes, empty when there is none under the key. */
    Optional<byte[]> get(String key) throws IOException;

    /** Where the objects live, for the log at start-up (no secrets). */
    String describe();
}
