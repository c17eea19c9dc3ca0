package bd.udbhabon.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** What a PDF of ours is: A4, metadata, embedded subset fonts, alignment on shaped widths. */
class PdfRenderingTest {

    private static final byte[] OFFICE_ORDER = Renderers.PDF.render(SeedDocuments.officeOrder());
    private static final float LEFT = 62f;
    private static final float RIGHT = 595.28f - 50f;
    private static final Pattern WORD = Pattern.compile(
            "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"[\\d.]+\">([^<]*)</word>");

    @Test
    void metadataAndA4() {
        Map<String, String> info = Tools.pdfInfo(OFFICE_ORDER);
        assertThat(info).containsEntry("Title", "অফিস আদেশ")
                .containsEntry("Author", "জেলা প্রশাসকের কার্যালয়, দিনাজপুর")
                .containsEntry("Creator", "Udbhabon")
                .containsEntry("Pages", "3");
        assertThat(info.get("Page size")).startsWith("595.28 x 841.89");
        assertThat(new String(OFFICE_ORDER, StandardCharsets.ISO_8859_1)).contains("/Lang(bn-BD)");
    }

    @Test
    void theBenchmarkMinutesHaveTwoPages() {
        assertThat(Tools.pdfInfo(Renderers.PDF.render(SeedDocuments.minutes(DocumentBenchmark.DECISIONS))))
                .containsEntry("Pages", "2");
    }

    @Test
    void landscapeIsA4TurnedSideways() {
        Document doc = Document.builder().landscape().letterhead(null, "বিভাগীয় কমিশনারের কার্যালয়")
                .title("পরিশিষ্ট-ক").build();
        assertThat(Tools.pdfInfo(Renderers.PDF.render(doc)).get("Page size")).startsWith("841.89 x 595.28");
    }

    @Test
    void everyFontIsEmbeddedAsASubset() {
        List<String> fonts = Tools.run("pdffonts", Tools.temp(OFFICE_ORDER).toString()).lines().skip(2).toList();
        assertThat(fonts).hasSizeGreaterThanOrEqualTo(2)
                .allMatch(f -> f.matches("[A-Z]{6}\\+\\S+\\s+CID TrueType\\s+Identity-H\\s+yes yes yes.*"));
    }

    @Test
    void centredRightAlignedAndJustifiedLinesSitOnTheShapedWidths() {
        String bbox = Tools.run("pdftotext", "-f", "1", "-l", "1", "-bbox", "-enc", "UTF-8",
                Tools.temp(OFFICE_ORDER).toString(), "-");
        float[] title = box(bbox, "অফিস আদেশ");
        assertThat((title[0] + title[1]) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.5f));
        float[] government = box(bbox, "গণপ্রজাতন্ত্রী বাংলাদেশ সরকার");
        assertThat((government[0] + government[1]) / 2).isCloseTo((LEFT + RIGHT) / 2, within(0.5f));
        float[] gregorian = box(bbox, "২৩ ডিসেম্বর ২০২৩ খ্রিস্টাব্দ");
        assertThat(gregorian[1]).isCloseTo(RIGHT, within(0.5f));
        // a justified line that is not the last of its paragraph reaches the right margin
        float[] firstLine = box(bbox, "মন্ত্রিপরিষদ বিভাগের ১৬ নভেম্বর ২০২৩ তারিখের");
        assertThat(firstLine[0]).isCloseTo(LEFT, within(0.5f));
        assertThat(firstLine[1]).isCloseTo(RIGHT, within(0.5f));
    }

    @Test
    void rendersTheSameFromFourThreads() throws Exception {
        Document doc = SeedDocuments.minutes();
        String expected = Tools.pdfText(Renderers.PDF.render(doc));
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<byte[]>> results = pool.invokeAll(java.util.Collections.nCopies(8, () -> Renderers.PDF.render(doc)));
            for (Future<byte[]> result : results) {
                assertThat(Tools.pdfText(result.get())).isEqualTo(expected);
            }
        }
    }

    /** Page 1 of seed 001 as PNG in target/document-preview, to look at (pdftoppm, 110 dpi). */
    @Test
    void previewImageOfTheFirstPage() throws Exception {
        Path dir = Files.createDirectories(Path.of("target/document-preview"));
        Path pdf = dir.resolve("seed-001.pdf");
        Files.write(pdf, OFFICE_ORDER);
        Files.write(dir.resolve("seed-003.pdf"), Renderers.PDF.render(SeedDocuments.minutes()));
        Tools.run("pdftoppm", "-r", "110", "-png", "-f", "1", "-l", "1", "-singlefile", pdf.toString(),
                dir.resolve("seed-001-page-1").toString());
        assertThat(Files.size(dir.resolve("seed-001-page-1.png"))).isGreaterThan(20_000);
    }

    /** xMin, xMax of the first word box that starts with {@code text} (poppler keeps our runs whole). */
    private static float[] box(String bbox, String text) {
        Matcher m = WORD.matcher(bbox);
        while (m.find()) {
            if (m.group(4).strip().startsWith(text)) {
                return new float[] {Float.parseFloat(m.group(1)), Float.parseFloat(m.group(3))};
            }
        }
        throw new AssertionError("no word box starting with " + text);
    }
}
