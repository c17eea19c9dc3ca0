package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The services of the first half grew to 900 lines and 16 collaborators each (issue 13), and the
 * second half reuses their shape. So in {@code meeting}, {@code decision}, {@code team} and the second
 * half's modules ({@code plan}, {@code initiative}, {@code showcase}, {@code training}, {@code report}), main code: no source file over {@value #MAX_LINES} lines, and no class whose constructor takes more
 * than {@value #MAX_PARAMETERS} parameters (its collaborators). A record's canonical constructor
 * lists its fields, not collaborators: records are not counted.
 */
class ClassSizeTests {

    static final int MAX_LINES = 350;
    static final int MAX_PARAMETERS = 8;
    private static final List<String> MODULES = List.of("meeting", "decision", "team", "plan", "initiative", "showcase", "training", "supervision", "report");

    @Test
    void noSourceFileIsLongerThanTheLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (String module : MODULES) {
            for (Path file : files(Path.of("src/main/java/bd/udbhabon", module), ".java")) {
                long lines;
                try (Stream<String> all = Files.lines(file)) {
                    lines = all.count();
                }
                if (lines > MAX_LINES) {
                    tooLong.add(file + ": " + lines + " lines (at most " + MAX_LINES + ")");
                }
            }
        }
        assertThat(tooLong).as("split these by job").isEmpty();
    }

    @Test
    void noClassTakesMoreCollaboratorsThanTheLimit() throws IOException, URISyntaxException, ClassNotFoundException {
        Path classes = Path.of(UdbhabonApplication.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> tooMany = new ArrayList<>();
        for (String module : MODULES) {
            for (Path file : files(classes.resolve("bd/udbhabon/" + module), ".class")) {
                String name = classes.relativize(file).toString().replace(file.getFileSystem().getSeparator(), ".").replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, getClass().getClassLoader());
                if (type.isRecord() || type.isSynthetic()) {
                    continue;
                }
                for (Constructor<?> constructor : type.getDeclaredConstructors()) {
                    if (constructor.getParameterCount() > MAX_PARAMETERS) {
                        tooMany.add(type.getName() + ": a constructor with " + constructor.getParameterCount()
                                + " parameters (at most " + MAX_PARAMETERS + ")");
                    }
                }
            }
        }
        assertThat(tooMany).as("give these fewer collaborators").isEmpty();
    }

    private static List<Path> files(Path directory, String suffix) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
        }
    }
}
