package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Each module keeps its messages in its own bundle pair (messages/&lt;module&gt;.properties in Bangla,
 * &lt;module&gt;_en.properties in English). The two languages say the same things, no line is not a
 * message (a merge left behind, a key split in two), no key is in two bundles, every bundle is one
 * Spring reads, and every key the code and templates name literally is there, so no page shows a
 * bare key to an officer.
 */
class MessagesTest {

    private static final Path DIR = Path.of("src/main/resources/messages");
    private static final List<Pattern> USES = List.of(
            Pattern.compile("\\bt\\(\"([a-zA-Z][\\w.-]*)\""),
            Pattern.compile("\\.add\\(\"[^\"]*\",\\s*\"([a-zA-Z][\\w.-]*)\""),
            Pattern.compile("(?:notFound|badRequest)\\(\"([a-zA-Z][\\w.-]*)\""),
            Pattern.compile("UserFacingException\\(\\d+,\\s*\"([a-zA-Z][\\w.-]*)\""));

    @Test
    void bothLanguagesHaveTheSameKeys() throws IOException {
        for (Path bangla : banglaBundles()) {
            assertThat(load(english(bangla)).stringPropertyNames()).as(bangla.toString())
                    .isEqualTo(load(bangla).stringPropertyNames());
        }
    }

    /**
     * A message with arguments goes through MessageFormat, where a lone apostrophe opens a quoted run: "the office's
     * register … {0}" would lose its apostrophe and print "{0}" itself. Such messages write it twice ('').
     */
    @Test
    void aMessageWithArgumentsDoublesItsApostrophes() throws IOException {
        Pattern argument = Pattern.compile("\\{\\d");
        Pattern loneQuote = Pattern.compile("(?<!')'(?!')");
        List<String> found = new ArrayList<>();
        for (Path bangla : banglaBundles()) {
            for (Path bundle : List.of(bangla, english(bangla))) {
                Properties messages = load(bundle);
                for (String key : messages.stringPropertyNames()) {
                    String message = messages.getProperty(key);
                    if (argument.matcher(message).find() && loneQuote.matcher(message).find()) {
                        found.add(bundle.getFileName() + ": " + key);
                    }
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void noKeyIsInTwoBundlesAndSpringReadsEveryBundle() throws IOException {
        Map<String, Path> owner = new TreeMap<>();
        List<String> twice = new ArrayList<>();
        for (Path bangla : banglaBundles()) {
            for (String key : load(bangla).stringPropertyNames()) {
                Path before = owner.put(key, bangla);
                if (before != null) {
                    twice.add(key + " in " + before.getFileName() + " and " + bangla.getFileName());
                }
            }
        }
        assertThat(twice).isEmpty();
        String yml = Files.readString(Path.of("src/main/resources/application.yml"), StandardCharsets.UTF_8);
        Matcher basename = Pattern.compile("basename:\\s*(\\S+)").matcher(yml);
        assertThat(basename.find()).isTrue();
        Set<String> read = new TreeSet<>(List.of(basename.group(1).split(",")));
        Set<String> present = new TreeSet<>();
        for (Path bangla : banglaBundles()) {
            present.add("messages/" + bangla.getFileName().toString().replace(".properties", ""));
        }
        assertThat(read).isEqualTo(present);
    }

    @Test
    void everyLineIsAMessageACommentOrBlank() throws IOException {
        List<Path> bundles = new ArrayList<>();
        for (Path bangla : banglaBundles()) {
            bundles.add(bangla);
            bundles.add(english(bangla));
        }
        for (Path bundle : bundles) {
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
        Properties bangla = new Properties();
        for (Path bundle : banglaBundles()) {
            bangla.putAll(load(bundle));
        }
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

    private static List<Path> banglaBundles() throws IOException {
        try (Stream<Path> files = Files.list(DIR)) {
            List<Path> bundles = files.filter(f -> f.toString().endsWith(".properties") && !f.toString().endsWith("_en.properties"))
                    .sorted().toList();
            assertThat(bundles).isNotEmpty();
            return bundles;
        }
    }

    private static Path english(Path bangla) {
        return bangla.resolveSibling(bangla.getFileName().toString().replace(".properties", "_en.properties"));
    }

    private static Properties load(Path bundle) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
