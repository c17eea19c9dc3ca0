package bd.udbhabon.document;

import bd.udbhabon.document.internal.DocxFonts;
import bd.udbhabon.document.internal.PoiDocxRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

import java.util.concurrent.TimeUnit;

/**
 * The two-page minutes of {@link DocumentBenchmark} to DOCX, warm. Target: 40 ms or less. Run both
 * for the ratio:
 * {@code mvn -q -B -Pbench -DskipTests test-compile exec:exec@jmh -Djmh.args="Docx|DocumentBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s"}.
 * The renderer is made once, as the application's singleton bean is.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DocxBenchmark {

    private DocxRenderer renderer;
    private Document minutes;

    @Setup
    public void setUp() {
        renderer = new PoiDocxRenderer(DocxFonts.bundled());
        minutes = SeedDocuments.minutes(DocumentBenchmark.DECISIONS);
    }

    @Benchmark
    public byte[] twoPageMinutes() {
        return renderer.render(minutes);
    }
}
