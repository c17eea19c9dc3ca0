package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Our own settings ({@code udbhabon.*}) are bound into each module's typed properties record, not
 * read with {@code @Value} where they are used (docs/architecture.md, "Settings are typed").
 */
class SettingsAreTypedTest {

    /** udbhabon.demo is itself a value (the switch): no record can be bound under it; see docs/modules/demo.md. */
    private static final Set<String> ALLOWED = Set.of("demo/DemoData.java: udbhabon.demo.password");

    private static final Pattern OWN_VALUE = Pattern.compile("@(?:[\\w.]*\\.)?Value\\(\"\\$\\{(udbhabon\\.[\\w.-]+)");

    @Test
    void noOwnSettingIsReadWithValue() throws IOException {
        Path root = Path.of("src/main/java/bd/udbhabon");
        List<String> found;
        try (Stream<Path> files = Files.walk(root)) {
            found = files.filter(file -> file.toString().endsWith(".java"))
                    .flatMap(file -> {
                        try {
                            String source = Files.readString(file);
                            String name = root.relativize(file).toString().replace('\\', '/');
                            return OWN_VALUE.matcher(source).results().map(match -> name + ": " + match.group(1));
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .toList();
        }
        assertThat(found).isSubsetOf(ALLOWED);
    }
}
