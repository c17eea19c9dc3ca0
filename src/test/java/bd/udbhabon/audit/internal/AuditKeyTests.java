package bd.udbhabon.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where the chain's key comes from: configuration, else a private file made once. */
class AuditKeyTests {

    @TempDir
    Path dir;

    @Test
    void aKeyFileIsMadeOnceReadableByItsOwnerOnlyAndKeptAcrossStarts() throws Exception {
        Path file = dir.resolve("data/audit.key");
        String first = new AuditKey("", file).mac("content");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        assertThat(Base64.getDecoder().decode(Files.readString(file).trim())).hasSize(32);
        assertThat(new AuditKey("", file).mac("content")).isEqualTo(first);
        try (var others = Files.list(file.getParent())) {
            assertThat(others).containsExactly(file); // no temporary file left behind
        }
    }

    @Test
    void aConfiguredKeyIsUsedInsteadOfTheFileAndMustBeLongEnough() {
        String configured = Base64.getEncoder().encodeToString(new byte[32]);
        Path file = dir.resolve("audit.key");
        var key = new AuditKey(configured, file);
        assertThat(Files.exists(file)).isFalse();
        assertThat(key.mac("content")).isNotEqualTo(new AuditKey("", file).mac("content"));
        assertThatThrownBy(() -> new AuditKey(Base64.getEncoder().encodeToString(new byte[16]), file))
                .hasMessageContaining("shorter than 32 bytes");
        assertThatThrownBy(() -> new AuditKey("not base64 at all!", file)).hasMessageContaining("not base64");
    }
}
