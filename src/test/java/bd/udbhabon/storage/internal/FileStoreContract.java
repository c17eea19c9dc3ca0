package bd.udbhabon.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.storage.StoredFile;
import bd.udbhabon.storage.StoredFileDamaged;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What every {@link ObjectStore} must do under the {@link JdbcFileStore} (issue 17, point 4): the local directory
 * ({@link LocalFileStoreTests}) and S3 ({@link S3FileStoreTests}) pass the same tests. The rows go to the shared
 * application's database; the objects to a store of the test's own.
 */
@IntegrationTest
abstract class FileStoreContract {

    @Autowired
    JdbcClient jdbc;
    ObjectStore objects;
    JdbcFileStore files;

    /** A new, empty store for each test. */
    abstract ObjectStore newStore() throws Exception;

    @BeforeEach
    void setUp() throws Exception {
        objects = newStore();
        files = new JdbcFileStore(jdbc, objects);
    }

    @Test
    void readsBackWhatItStoredByteForByte() {
        byte[] large = new byte[3 * 1024 * 1024 + 17];
        new Random(17).nextBytes(large);
        byte[] bangla = "সভার কার্যবিবরণী, স্মারক নং ০৫.৪৪".getBytes(StandardCharsets.UTF_8);
        byte[] empty = new byte[0];
        List<StoredFile> stored = new ArrayList<>();
        for (byte[] bytes : List.of(large, bangla, empty)) {
            stored.add(files.store(bytes));
        }
        assertThat(files.read(stored.get(0).id())).isEqualTo(large);
        assertThat(files.read(stored.get(1).id())).isEqualTo(bangla);
        assertThat(files.read(stored.get(2).id())).isEmpty();
        assertThat(stored).extracting(StoredFile::key).doesNotHaveDuplicates().allMatch(key -> key.matches("\\d{4}-\\d{2}/[0-9a-f-]{36}"));
        assertThat(jdbc.sql("select size, sha256 from stored_file where id = ?").param(stored.get(1).id())
                .query((rs, n) -> rs.getLong(1) + " " + rs.getString(2)).single())
                .isEqualTo(bangla.length + " " + JdbcFileStore.sha256(bangla));
    }

    @Test
    void refusesAnObjectChangedBehindItsBack() throws Exception {
        StoredFile file = files.store("the minutes as issued".getBytes(StandardCharsets.UTF_8));
        objects.put(file.key(), "the minutes as altered".getBytes(StandardCharsets.UTF_8)); // same length, other bytes

        assertThatThrownBy(() -> files.read(file.id())).isInstanceOfSatisfying(StoredFileDamaged.class, damaged -> {
            assertThat(damaged.fileId()).isEqualTo(file.id());
            assertThat(damaged.getMessage()).contains(file.key()).contains("does not match its SHA-256");
        });
    }

    @Test
    void refusesAnObjectCutShort() throws Exception {
        StoredFile file = files.store("0123456789".getBytes(StandardCharsets.UTF_8));
        objects.put(file.key(), "01234".getBytes(StandardCharsets.UTF_8));

        assertThatThrownBy(() -> files.read(file.id())).isInstanceOf(StoredFileDamaged.class).hasMessageContaining("does not match");
    }

    @Test
    void refusesAMissingObject() throws Exception {
        StoredFile file = files.store("evidence".getBytes(StandardCharsets.UTF_8));
        objects.delete(file.key());

        assertThatThrownBy(() -> files.read(file.id())).isInstanceOfSatisfying(StoredFileDamaged.class, damaged -> {
            assertThat(damaged.fileId()).isEqualTo(file.id());
            assertThat(damaged.getMessage()).contains(file.key()).contains("is missing from the " + objects.describe());
        });
        assertThatThrownBy(() -> files.read(Long.MAX_VALUE)).isInstanceOf(StoredFileDamaged.class).hasMessageContaining("no such stored file");
    }

    @Test
    void putReplacesGetGivesNothingForAnUnknownKeyDeleteIsQuiet() throws Exception {
        String key = "2026-12/" + UUID.randomUUID();
        assertThat(objects.get(key)).isEmpty();
        objects.put(key, new byte[] {1, 2, 3});
        objects.put(key, new byte[] {4, 5});
        assertThat(objects.get(key)).hasValueSatisfying(bytes -> assertThat(bytes).containsExactly(4, 5));
        objects.delete(key);
        objects.delete(key);
        assertThat(objects.get(key)).isEmpty();
    }

    @Test
    void theSweepDeletesOnlyOldObjectsNoStoredFileNames() throws Exception {
        StoredFile named = files.store("named".getBytes(StandardCharsets.UTF_8));
        String orphan = "2026-11/" + UUID.randomUUID(); // a rolled-back upload's object
        objects.put(orphan, "orphan".getBytes(StandardCharsets.UTF_8));
        String foreign = "someone-elses/report.pdf"; // not a key this module writes: never touched
        objects.put(foreign, "theirs".getBytes(StandardCharsets.UTF_8));
        var sweep = new OrphanSweep(objects, jdbc);

        assertThat(sweep.sweep(Instant.now().minus(OrphanSweep.MIN_AGE))).as("nothing is a day old yet").isZero();
        Thread.sleep(1100); // past the store's timestamp resolution (S3: seconds)
        assertThat(sweep.sweep(Instant.now())).isEqualTo(1);

        assertThat(objects.get(orphan)).isEmpty();
        assertThat(objects.get(foreign)).isPresent();
        assertThat(files.read(named.id())).isEqualTo("named".getBytes(StandardCharsets.UTF_8));
    }
}
