package bd.udbhabon.storage.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the move of file bytes out of the database in the background, so the application serves meanwhile (a file not
 * yet moved is read from its old column by its module): once after every start unless
 * {@code udbhabon.storage.move-database-bytes=false} (with nothing left it costs one count per column), and when the
 * Cabinet Division's administrators ask ({@link DatabaseBytesMoveApi}).
 */
@Component
class BackgroundMove {

    private static final Logger log = LoggerFactory.getLogger(BackgroundMove.class);

    private final DatabaseBytesMover mover;
    private final StorageProperties properties;

    BackgroundMove(DatabaseBytesMover mover, StorageProperties properties) {
        this.mover = mover;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (properties.moveDatabaseBytes()) {
            start();
        }
    }

    /** Starts a run unless one runs on this node already or no module declared a column; whether it started. */
    boolean start() {
        if (mover.columns().isEmpty() || mover.running()) {
            return false;
        }
        Thread.ofVirtual().name("storage-move-database-bytes").start(this::run);
        return true;
    }

    private void run() {
        try {
            var moved = mover.moveAll();
            if (moved.rows() > 0) {
                log.info("The move of file bytes out of the database is done: {} rows, {} bytes", moved.rows(), moved.bytes());
            }
        } catch (RuntimeException e) {
            log.error("The move of file bytes out of the database stopped ({}); what is left is moved at the next start or when "
                    + "an administrator starts it again", e.getMessage(), e);
        }
    }
}
