package bd.udbhabon.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.storage.DatabaseBytes;
import bd.udbhabon.storage.FileStore;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The move of file bytes out of the database on the demo's data (issue 17, point 4): every file of the demo in a
 * column the modules declare ({@link DatabaseBytes}: issued papers' PDF and DOCX, evidence, working papers) is put
 * back in its {@code bytea} column as a database from before issue 17 held it; the move is cut by a crash between
 * storing a row's bytes and recording it, then by a limit, resumed, and every file comes back byte for byte (through
 * the store and through {@code paper}'s own reading) with nothing left in the database. The demo's application
 * (DemoDataTests').
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.demo=true")
class DatabaseBytesMoverTests {

    static final String EMBEDDED_APP_ROLE = "udbhabon_app";

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficialPapers papers;
    @Autowired
    FileStore files;
    @Autowired
    DatabaseBytesMover mover;

    record Row(DatabaseBytes column, long id) {
    }

    @AfterEach
    void noCrashLeftBehind() {
        mover.beforeUpdate = (column, id) -> { };
    }

    @Test
    void movesEveryRowOnceAcrossACrashAndALimitAndEveryByteComesBack() {
        Map<Row, byte[]> legacy = backInTheDatabase();
        int all = legacy.size();
        assertThat(all).as("the demo's files in declared columns").isGreaterThanOrEqualTo(10);
        assertThat(legacy.keySet()).extracting(row -> row.column().table()).contains("issued_paper");
        long storedBefore = storedFiles();

        // a crash after the fourth row's bytes are stored, before its row is updated
        var stored = new AtomicInteger();
        mover.beforeUpdate = (column, id) -> {
            if (stored.incrementAndGet() == 4) {
                throw new IllegalStateException("the node dies here");
            }
        };
        assertThatThrownBy(mover::moveAll).hasMessage("the node dies here");
        assertThat(remaining()).as("three rows moved, the fourth rolled back").isEqualTo(all - 3);
        assertThat(storedFiles() - storedBefore).as("no row for the cut row's object (an orphan, swept later)").isEqualTo(3);
        assertThat(mover.running()).isFalse();

        // the next run, stopped after two rows
        mover.beforeUpdate = (column, id) -> { };
        DatabaseBytes next = mover.columns().stream().filter(column -> mover.remaining(column) >= 2).findFirst().orElseThrow();
        assertThat(mover.move(next, 2).rows()).isEqualTo(2);
        assertThat(remaining()).isEqualTo(all - 5);

        // and the last run takes the rest
        assertThat(mover.moveAll().rows()).isEqualTo(all - 5);
        assertThat(remaining()).isZero();
        for (DatabaseBytes column : mover.columns()) {
            assertThat(jdbc.sql("select count(*) from " + column.table() + " where " + column.bytesColumn() + " is not null")
                    .query(Long.class).single()).as("bytes left in %s.%s", column.table(), column.bytesColumn()).isZero();
        }
        assertThat(storedFiles() - storedBefore).as("one stored file per row").isEqualTo(all);
        legacy.forEach((row, bytes) -> {
            long fileId = jdbc.sql("select " + row.column().fileIdColumn() + " from " + row.column().table() + " where "
                    + row.column().idColumn() + " = ?").param(row.id()).query(Long.class).single();
            assertThat(files.read(fileId)).as("%s", row).isEqualTo(bytes);
            if (row.column().table().equals("issued_paper")) {
                var issued = row.column().bytesColumn().equals("pdf") ? papers.pdf(row.id()) : papers.docx(row.id());
                assertThat(issued).as("paper %s as issued", row).hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
            }
        });

        assertThat(mover.moveAll().rows()).as("nothing left to do").isZero();
    }

    /** Every demo file of a declared column put back in its bytea column, as before issue 17; what each row holds. */
    private Map<Row, byte[]> backInTheDatabase() {
        Map<Row, byte[]> rows = new LinkedHashMap<>();
        for (DatabaseBytes column : mover.columns()) {
            List<long[]> held = jdbc.sql("select " + column.idColumn() + ", " + column.fileIdColumn() + " from " + column.table()
                    + " where " + column.fileIdColumn() + " is not null order by 1").query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2)}).list();
            for (long[] row : held) {
                byte[] bytes = files.read(row[1]);
                jdbc.sql("update " + column.table() + " set " + column.bytesColumn() + " = ?, " + column.fileIdColumn() + " = null where "
                        + column.idColumn() + " = ?").params(bytes, row[0]).update();
                rows.put(new Row(column, row[0]), bytes);
            }
        }
        return rows;
    }

    private long remaining() {
        return mover.columns().stream().mapToLong(mover::remaining).sum();
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }
}
