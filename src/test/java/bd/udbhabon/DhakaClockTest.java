package bd.udbhabon;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Officers' "today" is Dhaka's: a server runs in UTC, where the day starts six hours later, so a
 * date read from the server's own zone offers yesterday every morning before 06:00 (bangla.Dhaka).
 */
class DhakaClockTest {

    private static final Pattern SERVER_ZONE_NOW = Pattern.compile("\\b(LocalDate|LocalDateTime|LocalTime|ZonedDateTime|OffsetDateTime)\\.now\\(\\)");
    /** A clock or zone of its own: Dhaka's zone is named once, in bangla.Dhaka (issue 19). */
    private static final Pattern OWN_DHAKA_CLOCK = Pattern.compile("\"Asia/Dhaka\"|Clock\\.system\\(");
    private static final Path THE_ONE_CLOCK = Path.of("src/main/java/bd/udbhabon/bangla/Dhaka.java");

    @Test
    void noPageOrCodeReadsTheDateInTheServersOwnZone() throws IOException {
        List<String> found;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            found = files.filter(Files::isRegularFile)
                    .flatMap(file -> lines(file).stream()
                            .filter(line -> SERVER_ZONE_NOW.matcher(line).find())
                            .map(line -> file + ": " + line.strip()))
                    .toList();
        }
        assertThat(found).as("use bangla.Dhaka.today() or a Clock in Asia/Dhaka").isEmpty();
    }

    @Test
    void dhakasZoneIsNamedOnlyByTheOneClock() throws IOException {
        List<String> found;
        try (Stream<Path> files = Stream.concat(Files.walk(Path.of("src/main/java")), Files.walk(Path.of("src/main/jte")))) {
            found = files.filter(Files::isRegularFile)
                    .filter(file -> !file.equals(THE_ONE_CLOCK))
                    .flatMap(file -> lines(file).stream()
                            .filter(line -> OWN_DHAKA_CLOCK.matcher(line).find())
                            .map(line -> file + ": " + line.strip()))
                    .toList();
        }
        assertThat(found).as("use bangla.Dhaka (today(), ZONE) instead of a clock of one's own").isEmpty();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
