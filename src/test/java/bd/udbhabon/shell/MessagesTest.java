package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The two message bundles say the same things: the same keys, no line that is not a message (a
 * merge left behind, a key split in two), and every key the code and templates name literally is
 * there, so no page shows a bare key to an officer.
 */
class MessagesTest {

    private static final Path BANGLA = Path.of("src/main/resources/messages/messages.properties");
    private static final Path ENGLISH = Path.of("src/main/resources/messages/messages_en.properties");
    private static final List<Pattern> USES = List.of(
            Pattern.compile("\\bt\\(\"([a-zA-Z][\\w.-]*)\""),
            Pattern.compile("\\.add\\(\"[^\"]*\",\\s*\"([a-zA-Z][\\w.-]*)\""),
            Pattern.compile("(?:notFound|badRequest)\\(\"([a-zA-Z][\\w.-]*)\""),
            Pattern.compile("UserFacingException\\(\\d+,\\s*\"([a-zA-Z][\\w.-]*)\""));

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        assertThat(load(ENGLISH).stringPropertyNames()).isEqualTo(load(BANGLA).stringPropertyNames());
    }

    @Test
    void everyLineIsAMessageACommentOrBlank() throws IOException {
        for (Path bundle : List.of(BANGLA, ENGLISH)) {
            List<String> odd = new ArrayList<>();
            Set<String> seen = new TreeSet<>();
            for (String line : Files.readAllLines(bundle, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (!line.matches("[a-zA-Z][\\w.-]*=.*")) {
                    odd.add(line);
                } else if (!seen.add(line.substring(0, line.indexOf('=')))) {
                    odd.add("twice: " + line);
                }
            }
            assertThat(odd).as(bundle.toString()).isEmpty();
        }
    }

    @Test
    void everyKeyTheCodeNamesIsThere() throws IOException {
        Properties bangla = load(BANGLA);
        Set<String> missing = new TreeSet<>();
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java") || f.toString().endsWith(".jte")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Pattern use : USES) {
                    Matcher m = use.matcher(text);
                    while (m.find()) {
                        String key = m.group(1);
                        // a key that is only a prefix ("team.compliance.verdict." + name) is completed at run time
                        if (!key.endsWith(".") && !bangla.containsKey(key)) {
                            missing.add(key + " (" + file.getFileName() + ")");
                        }
                    }
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
