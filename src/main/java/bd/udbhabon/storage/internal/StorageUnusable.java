package bd.udbhabon.storage.internal;

/**
 * The configured store cannot be used (no bucket named, the endpoint unreachable, the credentials refused, the bucket
 * neither there nor creatable). Start-up stops with this message and what to check ({@link StorageFailureAnalyzer}),
 * not a wall of stack trace.
 */
class StorageUnusable extends RuntimeException {

    private final String action;

    StorageUnusable(String message, String action, Throwable cause) {
        super(message, cause);
        this.action = action;
    }

    String action() {
        return action;
    }
}
