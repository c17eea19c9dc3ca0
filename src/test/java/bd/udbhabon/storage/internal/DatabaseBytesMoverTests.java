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
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * The move of file bytes out of the database on the demo data (issue 17, point 4): the demo's issued papers (PDF and
 * DOCX, as issued) copied into a legacy table of the test that holds them as {@code bytea}, as every module did
 * before; the move is cut by a crash between storing a row's bytes and recording it, then by a limit, resumed, and
 * every file comes back byte for byte with nothing left in the database. The demo's application (DemoDataTests').
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.demo=true")
class DatabaseBytesMoverTests {

    static final String EMBEDDED_APP_ROLE = "udbhabon_app";
    static final DatabaseBytes LEGACY = new DatabaseBytes("legacy_paper_copy", "id", "content", "content_file_id");

    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficialPapers papers;
    @Autowired
    FileStore files;
    @Autowired
    DatabaseBytesMover mover;
    /** The application's role may not create tables; the owner, who migrates, makes the legacy one. */
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    @AfterEach
    void cleanUp() {
        mover.beforeUpdate = (column, id) -> { };
        JdbcClient.create(ownerDataSource).sql("drop table if exists legacy_paper_copy").update();
    }

    @Test
    void movesEveryRowOnceAcrossACrashAndALimitAndEveryByteComesBack() {
        Map<Long, byte[]> legacy = legacyRowsFromTheDemosPapers();
        int all = legacy.size();
        assertThat(all).as("the demo's papers, PDF and DOCX").isGreaterThanOrEqualTo(10);
        long storedBefore = storedFiles();

        // a crash after the fourth row's bytes are stored, before its row is updated
        var stored = new AtomicInteger();
        mover.beforeUpdate = (column, id) -> {
            if (stored.incrementAndGet() == 4) {
                throw new IllegalStateException("the node dies here");
            }
        };
        assertThatThrownBy(() -> mover.move(LEGACY, Long.MAX_VALUE)).hasMessage("the node dies here");
        assertThat(moved()).as("three rows moved, the fourth rolled back").hasSize(3);
        assertThat(mover.remaining(LEGACY)).isEqualTo(all - 3);
        assertThat(storedFiles() - storedBefore).as("no row for the cut row's object (an orphan, swept later)").isEqualTo(3);

        // the next run, stopped after two rows
        mover.beforeUpdate = (column, id) -> { };
        assertThat(mover.move(LEGACY, 2).rows()).isEqualTo(2);
        assertThat(mover.remaining(LEGACY)).isEqualTo(all - 5);

        // and the last run takes the rest
        var last = mover.move(LEGACY, Long.MAX_VALUE);
        assertThat(last.rows()).isEqualTo(all - 5);
        assertThat(mover.remaining(LEGACY)).isZero();
        assertThat(jdbc.sql("select count(*) from legacy_paper_copy where content is not null").query(Long.class).single()).isZero();

        Map<Long, Long> fileIds = moved();
        assertThat(fileIds).hasSize(all);
        assertThat(fileIds.values()).as("one stored file per row").doesNotHaveDuplicates();
        assertThat(storedFiles() - storedBefore).isEqualTo(all);
        legacy.forEach((id, bytes) -> assertThat(files.read(fileIds.get(id))).as("row %d", id).isEqualTo(bytes));

        assertThat(mover.move(LEGACY, Long.MAX_VALUE).rows()).as("nothing left to do").isZero();
    }

    /** The demo's issued papers as a module held them before issue 17: bytes in a {@code bytea} column. */
    private Map<Long, byte[]> legacyRowsFromTheDemosPapers() {
        var owner = JdbcClient.create(ownerDataSource);
        owner.sql("drop table if exists legacy_paper_copy").update();
        owner.sql("create table legacy_paper_copy (id bigint primary key, content bytea, content_file_id bigint references stored_file (id))").update();
        owner.sql("grant select, insert, update, delete on legacy_paper_copy to " + EMBEDDED_APP_ROLE).update();
        Map<Long, byte[]> rows = new LinkedHashMap<>();
        List<Long> paperIds = jdbc.sql("select id from issued_paper order by id").query(Long.class).list();
        for (long paperId : paperIds) {
            papers.pdf(paperId).ifPresent(pdf -> rows.put(2 * paperId, pdf));
            papers.docx(paperId).ifPresent(docx -> rows.put(2 * paperId + 1, docx));
        }
        rows.forEach((id, bytes) -> jdbc.sql("insert into legacy_paper_copy (id, content) values (?, ?)").params(id, bytes).update());
        return rows;
    }

    private Map<Long, Long> moved() {
        Map<Long, Long> fileIds = new LinkedHashMap<>();
        jdbc.sql("select id, content_file_id from legacy_paper_copy where content_file_id is not null and content is null")
                .query(rs -> {
                    fileIds.put(rs.getLong(1), rs.getLong(2));
                });
        return fileIds;
    }

    private long storedFiles() {
        return jdbc.sql("select count(*) from stored_file").query(Long.class).single();
    }
}
