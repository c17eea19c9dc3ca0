package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Forms are bound by Spring (issue 13): a handler takes a {@code @ModelAttribute} record (rows as lists,
 * {@code items[0].title}) with Bean Validation, never the whole form as {@code @RequestParam Map<String, String>},
 * which hides its fields from the reader, the validation and the day formatter. The last one, the minutes
 * editor ({@code MinutesPages.save}), binds {@code items[0].decisions[1].owners[2].key} since issue 19, point 8.
 */
class FormBindingTests {

    private static final Pattern WHOLE_FORM = Pattern.compile("@RequestParam(\\s*\\([^)]*\\))?\\s+(final\\s+)?(java\\.util\\.)?Map\\s*<");

    @Test
    void noHandlerTakesTheWholeFormAsAMap() throws IOException {
        List<String> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String[] lines = Files.readString(file).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = WHOLE_FORM.matcher(lines[i]);
                    if (m.find()) {
                        found.add(file + ":" + (i + 1) + ": " + lines[i].strip());
                    }
                }
            }
        }
        assertThat(found).as("bind these forms to a @ModelAttribute record").isEmpty();
    }

    @Test
    void theScanSeesAWholeFormMap() {
        assertThat(WHOLE_FORM.matcher("String save(@PathVariable long id, @RequestParam Map<String, String> fields) {").find()).isTrue();
        assertThat(WHOLE_FORM.matcher("@RequestParam(required = false) java.util.Map<String, String> form").find()).isTrue();
        assertThat(WHOLE_FORM.matcher("@RequestParam(required = false) String on").find()).isFalse();
    }
}
