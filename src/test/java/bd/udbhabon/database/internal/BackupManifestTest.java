package bd.udbhabon.database.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backup's manifest reads back as written, and a directory that is no backup says so (plain JUnit). */
class BackupManifestTest {

    @TempDir
    Path dir;

    @Test
    void whatIsWrittenIsReadBack() throws Exception {
        var manifest = new BackupManifest(Instant.parse("2026-12-05T02:00:00Z"), "61", "embedded", "LOCAL",
                List.of(new BackupManifest.Table("office", 567, "a".repeat(64), List.of("id", "name_bn", "parent_id")),
                        new BackupManifest.Table("empty_table", 0, "b".repeat(64), List.of("id"))),
                List.of(new BackupManifest.Sequence("office_id_seq", 567, true)),
                List.of(new BackupManifest.FileEntry("2026-12/0b6f", 10, "c".repeat(64), "COPIED"),
                        new BackupManifest.FileEntry("2026-12/77aa", 0, "d".repeat(64), "MISSING")),
                new BackupManifest.Entry("audit.key", 1, "e".repeat(64)),
                new BackupManifest.Entry("audit-checkpoints.log", 12, "f".repeat(64)));
        manifest.write(dir);
        assertThat(BackupManifest.read(dir)).isEqualTo(manifest);
    }

    @Test
    void noAuditFilesAreReadBackAsNone() throws Exception {
        var manifest = new BackupManifest(Instant.parse("2026-12-05T02:00:00Z"), "61", "external", "S3",
                List.of(), List.of(), List.of(), BackupManifest.Entry.NONE, BackupManifest.Entry.NONE);
        manifest.write(dir);
        assertThat(BackupManifest.read(dir)).isEqualTo(manifest);
    }

    @Test
    void aDirectoryWithoutAManifestIsNoBackup() throws Exception {
        assertThatThrownBy(() -> BackupManifest.read(dir)).isInstanceOf(BackupException.class)
                .hasMessageContaining("is not an Udbhabon backup");
        Files.writeString(dir.resolve(BackupManifest.FILE_NAME), "something else\n");
        assertThatThrownBy(() -> BackupManifest.read(dir)).isInstanceOf(BackupException.class)
                .hasMessageContaining("is not a manifest this version can read");
    }
}
