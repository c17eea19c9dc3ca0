package bd.udbhabon.database.internal;

/** A backup or restore that cannot go on, with a message for the operator (printed without a stack trace). */
public final class BackupException extends RuntimeException {

    public BackupException(String message) {
        super(message);
    }

    public BackupException(String message, Throwable cause) {
        super(message, cause);
    }
}
