package bd.udbhabon.storage.internal;

import bd.udbhabon.storage.DatabaseBytes;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.StoredFile;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Takes the file bytes the database still holds ({@link DatabaseBytes} columns the modules declare) out into the
 * {@link FileStore}, one row per transaction: lock the row (skipping rows another node holds), store its bytes, then
 * set its file id and clear its bytes. Stopped anywhere (a crash, a restart, a limit), the next run goes on from what
 * is left: a row is either still in the database or moved, and a run cut between the store and the commit leaves only
 * an orphan object nothing names (the orphan sweep's). Rows are visited in id order, in batches by the primary key,
 * so each step is an index lookup however large the table. Several nodes may run it at once: a row locked by one is
 * skipped by the others.
 */
@Component
class DatabaseBytesMover {

    private static final Logger log = LoggerFactory.getLogger(DatabaseBytesMover.class);
    private static final int BATCH = 200;
    private static final long PROGRESS_EVERY = 500;

    private final List<DatabaseBytes> columns;
    private final FileStore files;
    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final AtomicBoolean running = new AtomicBoolean();
    /** Between storing a row's bytes and recording it: where a test stops a run as a crash would. */
    volatile BiConsumer<DatabaseBytes, Long> beforeUpdate = (column, id) -> { };

    DatabaseBytesMover(List<DatabaseBytes> columns, FileStore files, JdbcClient jdbc, TransactionTemplate transactions) {
        this.columns = List.copyOf(columns);
        this.files = files;
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    /** What one run moved. */
    record Moved(long rows, long bytes) {

        Moved plus(Moved other) {
            return new Moved(rows + other.rows, bytes + other.bytes);
        }
    }

    /** The columns the modules declared. */
    List<DatabaseBytes> columns() {
        return columns;
    }

    /** Whether a run is under way on this node. */
    boolean running() {
        return running.get();
    }

    /** Rows of the column whose bytes are still in the database. */
    long remaining(DatabaseBytes column) {
        return jdbc.sql("select count(*) from " + column.table() + " where " + column.bytesColumn() + " is not null and "
                + column.fileIdColumn() + " is null").query(Long.class).single();
    }

    /**
     * Moves every declared column's rows until none is left, logging progress and totals. A second call while one runs
     * on this node returns at once (nothing moved).
     */
    Moved moveAll() {
        if (!running.compareAndSet(false, true)) {
            log.info("The move of file bytes out of the database is already running on this node");
            return new Moved(0, 0);
        }
        try {
            Moved total = new Moved(0, 0);
            for (DatabaseBytes column : columns) {
                total = total.plus(move(column, Long.MAX_VALUE));
            }
            return total;
        } finally {
            running.set(false);
        }
    }

    /** Moves at most {@code limit} rows of one column (all when there are fewer), in id order. */
    Moved move(DatabaseBytes column, long limit) {
        String name = column.table() + "." + column.bytesColumn();
        long left = remaining(column);
        if (left == 0) {
            log.debug("No file bytes left in {}", name);
            return new Moved(0, 0);
        }
        log.info("Moving the file bytes of {} rows of {} to the file store", left, name);
        long started = System.nanoTime();
        long rows = 0;
        long bytes = 0;
        long after = Long.MIN_VALUE;
        while (rows < limit) {
            List<Long> ids = jdbc.sql("select " + column.idColumn() + " from " + column.table() + " where " + column.idColumn()
                            + " > ? and " + column.bytesColumn() + " is not null and " + column.fileIdColumn() + " is null order by "
                            + column.idColumn() + " limit " + BATCH)
                    .param(after).query(Long.class).list();
            if (ids.isEmpty()) {
                break;
            }
            for (long id : ids) {
                if (rows >= limit) {
                    break;
                }
                Long size = transactions.execute(status -> moveRow(column, id));
                if (size != null) {
                    rows++;
                    bytes += size;
                    if (rows % PROGRESS_EVERY == 0) {
                        log.info("Moved {} rows ({} bytes) of {} so far", rows, bytes, name);
                    }
                }
                after = id;
            }
        }
        log.info("Moved the file bytes of {} rows ({} bytes) of {} to the file store in {} ms; {} left", rows, bytes, name,
                (System.nanoTime() - started) / 1_000_000, remaining(column));
        return new Moved(rows, bytes);
    }

    /** One row in the caller's transaction: its size when moved, null when another node has it or it is gone. */
    private Long moveRow(DatabaseBytes column, long id) {
        byte[] content = jdbc.sql("select " + column.bytesColumn() + " from " + column.table() + " where " + column.idColumn()
                        + " = ? and " + column.bytesColumn() + " is not null and " + column.fileIdColumn() + " is null for update skip locked")
                .param(id).query(byte[].class).optional().orElse(null);
        if (content == null) {
            return null;
        }
        StoredFile file = files.store(content);
        beforeUpdate.accept(column, id);
        int updated = jdbc.sql("update " + column.table() + " set " + column.fileIdColumn() + " = ?, " + column.bytesColumn()
                        + " = null where " + column.idColumn() + " = ? and " + column.fileIdColumn() + " is null")
                .params(file.id(), id).update();
        if (updated != 1) {
            throw new IllegalStateException("Row " + id + " of " + column.table() + " changed while its bytes were moved");
        }
        return (long) content.length;
    }
}
