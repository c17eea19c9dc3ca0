package bd.udbhabon.shell.internal;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.shell.Ui;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

/** The merged bundles answer every key of every module exactly as Spring's own source, in both languages. */
class MessageBundlesTest {

    @Test
    void everyKeyReadsAsSpringsOwnSourceReadsIt() throws IOException {
        String[] basenames = basenames();
        var merged = configure(new MessageBundles.MergedBundles(), basenames);
        var plain = configure(new ResourceBundleMessageSource(), basenames);
        var keys = new TreeSet<String>();
        for (String basename : basenames) {
            for (String suffix : List.of("", "_en")) {
                var properties = new Properties();
                try (var in = Files.newBufferedReader(Path.of("src/main/resources", basename + suffix + ".properties"))) {
                    properties.load(in);
                }
                keys.addAll(properties.stringPropertyNames());
            }
        }
        assertThat(keys).hasSizeGreaterThan(1000);
        Object[] args = {"৩", "কুষ্টিয়া", "x", "y", "z"};
        for (Locale locale : List.of(Ui.BANGLA, Locale.ENGLISH)) {
            for (String key : keys) {
                assertThat(merged.getMessage(key, null, "-", locale)).as(key + " " + locale)
                        .isEqualTo(plain.getMessage(key, null, "-", locale));
                assertThat(formatted(merged, key, args, locale)).as(key + " with arguments " + locale)
                        .isEqualTo(formatted(plain, key, args, locale));
            }
            assertThat(merged.getMessage("no.such.key", null, "-", locale)).isEqualTo("-");
        }
        assertThat(merged.getMessage("app.name", null, Ui.BANGLA)).isNotEqualTo(merged.getMessage("app.name", null, Locale.ENGLISH));
    }

    /** The text, or the refusal of a text whose placeholders want other arguments (a date, a number). */
    private static String formatted(ResourceBundleMessageSource source, String key, Object[] args, Locale locale) {
        try {
            return source.getMessage(key, args, "-", locale);
        } catch (IllegalArgumentException refused) {
            return "refused: " + refused.getMessage();
        }
    }

    private static <T extends ResourceBundleMessageSource> T configure(T source, String[] basenames) {
        source.setBasenames(basenames);
        source.setDefaultEncoding("UTF-8");
        source.setFallbackToSystemLocale(false);
        return source;
    }

    /** The modules' bundles in the order application.yml gives them (the first bundle holding a key wins). */
    private static String[] basenames() throws IOException {
        var line = Pattern.compile("^\\s+basename:\\s*(\\S+)", Pattern.MULTILINE)
                .matcher(Files.readString(Path.of("src/main/resources/application.yml")));
        assertThat(line.find()).isTrue();
        String[] basenames = line.group(1).split(",");
        assertThat(Arrays.asList(basenames)).contains("messages/shell", "messages/plan");
        return basenames;
    }
}
