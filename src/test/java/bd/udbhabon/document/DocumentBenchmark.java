package bd.udbhabon.document;

import bd.udbhabon.document.internal.FontSet;
import bd.udbhabon.document.internal.OpenPdfRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;

/**
 * A two-page table-style minutes (seed 003 through the {@link Minutes} template: details, opening,
 * the first agenda item of the
 * five-column decision table, distribution list, issuer) to PDF, warm. Target: 25 ms or less. Run:
 * {@code mvn -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="DocumentBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s"}.
 * Fonts are loaded once, as in the application (the renderer is a singleton bean).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocumentBenchmark {

    static final int DECISIONS = 1;

    private PdfRenderer renderer;
    private Document minutes;

    @Setup
    public void setUp() {
        renderer = new OpenPdfRenderer(FontSet.bundled());
        minutes = SeedDocuments.minutes(DECISIONS);
        String pdf = new String(renderer.render(minutes), StandardCharsets.ISO_8859_1);
        int pages = pdf.split("/Type/Page\\b|/Type /Page\\b", -1).length - 1;
        if (pages != 2) {
            throw new IllegalStateException("the benchmark document should have 2 pages, has " + pages);
        }
    }

    @Benchmark
    public byte[] twoPageMinutes() {
        return renderer.render(minutes);
    }
}
