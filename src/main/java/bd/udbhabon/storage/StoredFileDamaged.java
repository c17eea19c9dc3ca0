package bd.udbhabon.storage;

/**
 * A stored file could not be given back as it was stored: its object is missing, unreadable, or its bytes no
 * longer match the SHA-256 recorded when it was stored. The user sees a plain message (the file is damaged, the
 * administrators are told); the log names the file and the reason.
 */
public class StoredFileDamaged extends RuntimeException {

    private final long fileId;

    public StoredFileDamaged(long fileId, String reason, Throwable cause) {
        super("Stored file " + fileId + " is damaged: " + reason, cause);
        this.fileId = fileId;
    }

    public long fileId() {
        return fileId;
    }
}
