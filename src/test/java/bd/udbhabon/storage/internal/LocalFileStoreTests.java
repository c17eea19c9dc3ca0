package bd.udbhabon.storage.internal;

import java.nio.file.Files;
import java.nio.file.Path;

/** {@link FileStoreContract} on a directory. */
class LocalFileStoreTests extends FileStoreContract {

    @Override
    ObjectStore newStore() throws Exception {
        Files.createDirectories(Path.of("target/test-data"));
        return new LocalObjectStore(Files.createTempDirectory(Path.of("target/test-data"), "files-"));
    }
}
