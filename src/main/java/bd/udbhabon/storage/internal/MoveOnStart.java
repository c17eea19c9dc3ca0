package bd.udbhabon.storage.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Runs the move of file bytes out of the database once after every start, in the background, so the application
 * serves meanwhile (a file not yet moved is read from its old column by its module). On by default; off with
 * {@code udbhabon.storage.move-database-bytes=false}. With nothing left to move it costs one count per column.
 */
@Component
class MoveOnStart {

    private static final Logger log = LoggerFactory.getLogger(MoveOnStart.class);

    private final DatabaseBytesMover mover;
    private final StorageProperties properties;

    MoveOnStart(DatabaseBytesMover mover, StorageProperties properties) {
        this.mover = mover;
        this.properties = properties;
    }

    @EventListener(ApplicationReadyEvent.class)
    void onStart() {
        if (properties.moveDatabaseBytes() && !mover.columns().isEmpty()) {
            Thread.ofVirtual().name("storage-move-database-bytes").start(this::run);
        }
    }

    private void run() {
        try {
            var moved = mover.moveAll();
            if (moved.rows() > 0) {
                log.info("The move of file bytes out of the database is done: {} rows, {} bytes", moved.rows(), moved.bytes());
            }
        } catch (RuntimeException e) {
            log.error("The move of file bytes out of the database stopped ({}); what is left is moved at the next start",
                    e.getMessage(), e);
        }
    }
}
