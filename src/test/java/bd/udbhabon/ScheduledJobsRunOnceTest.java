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
 * Issue 17, point 3: every node runs the scheduler, so every {@code @Scheduled} job also carries ShedLock's
 * {@code @SchedulerLock} (one node runs each occurrence) holding its row at least
 * {@code udbhabon.scheduling.lock-at-least-for} (a node firing a little later must not run it again). The packaged
 * jar's proof on two nodes: {@code operations.SeveralNodesIT}.
 */
class ScheduledJobsRunOnceTest {

    /** A {@code @Scheduled} annotation and the annotations after it, up to the method they sit on. */
    private static final Pattern SCHEDULED = Pattern.compile("(?m)^\\s*@Scheduled\\((?:[^)]*)\\)((?:\\s*@[\\w.]+(?:\\([^)]*\\))?)*)");

    @Test
    void everyScheduledJobRunsOnOneNodeOnly() throws IOException {
        Path root = Path.of("src/main/java/bd/udbhabon");
        List<String> jobs;
        List<String> unlocked;
        try (Stream<Path> files = Files.walk(root)) {
            var sources = files.filter(file -> file.toString().endsWith(".java")).toList();
            jobs = sources.stream().filter(file -> SCHEDULED.matcher(read(file)).find()).map(file -> root.relativize(file).toString()).toList();
            unlocked = sources.stream().flatMap(file -> SCHEDULED.matcher(read(file)).results()
                    .filter(match -> !match.group(1).contains("@SchedulerLock(")
                            || !match.group(1).contains("lockAtLeastFor = \"${udbhabon.scheduling.lock-at-least-for"))
                    .map(match -> root.relativize(file) + ": " + match.group().strip())).toList();
        }
        assertThat(jobs).as("the jobs found").contains("reminder/internal/ReminderJob.java", "notify/internal/MailRetry.java",
                "supervision/internal/NightlyRebuild.java", "team/internal/ComplianceTriggers.java");
        assertThat(unlocked).as("@Scheduled without @SchedulerLock(…, lockAtLeastFor = \"${udbhabon.scheduling.lock-at-least-for…}\")")
                .isEmpty();
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
