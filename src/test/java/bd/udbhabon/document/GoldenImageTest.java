package bd.udbhabon.document;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every page of the seed documents, rasterised by poppler at 50 dpi in grey, matches the approved
 * image in {@code src/test/resources/golden/}. A layout change that moves, drops or reshapes text
 * shows up as a page that no longer matches; the actual page and a difference image are then
 * written to {@code target/golden/} to look at.
 *
 * <p>To approve a deliberate change: look at the new pages, then run
 * {@code ./mvnw test -Dtest=GoldenImageTest -Dgolden.approve=true}, which writes them as the new
 * references, and commit them.
 */
class GoldenImageTest {

    private static final Path APPROVED = Path.of("src/test/resources/golden");
    private static final Path ACTUAL = Path.of("target/golden");
    private static final int DPI = 50;
    /** A grey level difference below this is anti-aliasing, not a change. */
    private static final int TOLERANCE = 64;
    /** One changed glyph at 50 dpi is some 20-40 pixels; allow a little less than that. */
    private static final int MAX_DIFFERENT_PIXELS = 12;

    @TestFactory
    Stream<DynamicTest> everyPageMatchesItsApprovedImage() {
        return SeedDocuments.golden().entrySet().stream().map(e -> DynamicTest.dynamicTest(e.getKey(),
                () -> check(e.getKey(), Renderers.PDF.render(e.getValue()))));
    }

    private static void check(String name, byte[] pdf) throws IOException {
        List<BufferedImage> pages = rasterise(name, pdf);
        if (Boolean.getBoolean("golden.approve")) {
            approve(name, pages);
            return;
        }
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Path approved = APPROVED.resolve(pageFile(name, i));
            if (!Files.exists(approved)) {
                problems.add(approved + " does not exist: approve the page (see the class comment)");
                continue;
            }
            BufferedImage expected = ImageIO.read(approved.toFile());
            BufferedImage actual = pages.get(i);
            if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) {
                problems.add("page " + (i + 1) + " is " + actual.getWidth() + "×" + actual.getHeight()
                        + " pixels, the approved one " + expected.getWidth() + "×" + expected.getHeight());
                continue;
            }
            BufferedImage diff = new BufferedImage(actual.getWidth(), actual.getHeight(), BufferedImage.TYPE_INT_RGB);
            int different = 0;
            for (int y = 0; y < actual.getHeight(); y++) {
                for (int x = 0; x < actual.getWidth(); x++) {
                    int a = grey(actual.getRGB(x, y));
                    int b = grey(expected.getRGB(x, y));
                    boolean differs = Math.abs(a - b) >= TOLERANCE;
                    different += differs ? 1 : 0;
                    diff.setRGB(x, y, differs ? 0xFF0000 : (0xFF << 16 | 0xFF << 8 | 0xFF) - 0x010101 * ((255 - b) / 3));
                }
            }
            if (different > MAX_DIFFERENT_PIXELS) {
                ImageIO.write(diff, "png", ACTUAL.resolve(name + "-" + (i + 1) + "-diff.png").toFile());
                problems.add("page " + (i + 1) + " differs from the approved image in " + different
                        + " pixels; see " + ACTUAL.resolve(pageFile(name, i)) + " and its -diff.png");
            }
        }
        try (Stream<Path> approved = Files.list(APPROVED)) {
            long approvedPages = approved.filter(p -> p.getFileName().toString().startsWith(name + "-")).count();
            if (approvedPages != pages.size()) {
                problems.add(pages.size() + " pages, " + approvedPages + " approved");
            }
        }
        if (!problems.isEmpty()) {
            fail(name + ":\n" + String.join("\n", problems));
        }
        assertThat(pages).isNotEmpty();
    }

    private static int grey(int rgb) {
        return ((rgb >> 16 & 0xFF) + (rgb >> 8 & 0xFF) + (rgb & 0xFF)) / 3;
    }

    private static String pageFile(String name, int index) {
        return name + "-" + (index + 1) + ".png";
    }

    /** pdftoppm writes name-1.png, name-2.png … (zero-padded when there are ten pages or more). */
    private static List<BufferedImage> rasterise(String name, byte[] pdf) throws IOException {
        Files.createDirectories(ACTUAL);
        try (Stream<Path> old = Files.list(ACTUAL)) {
            for (Path p : old.filter(p -> p.getFileName().toString().startsWith(name + "-")).toList()) {
                Files.delete(p);
            }
        }
        Tools.run("pdftoppm", "-png", "-gray", "-r", String.valueOf(DPI), Tools.temp(pdf).toString(),
                ACTUAL.resolve(name).toString());
        int pages = Integer.parseInt(Tools.pdfInfo(pdf).get("Pages"));
        List<BufferedImage> images = new ArrayList<>();
        for (int i = 0; i < pages; i++) {
            Path file = ACTUAL.resolve(pageFile(name, i));
            if (!Files.exists(file)) {
                throw new IllegalStateException("pdftoppm did not write " + file);
            }
            images.add(ImageIO.read(file.toFile()));
        }
        return images;
    }

    private static void approve(String name, List<BufferedImage> pages) {
        try {
            Files.createDirectories(APPROVED);
            try (Stream<Path> old = Files.list(APPROVED)) {
                for (Path p : old.filter(p -> p.getFileName().toString().startsWith(name + "-")).toList()) {
                    Files.delete(p);
                }
            }
            for (int i = 0; i < pages.size(); i++) {
                Files.copy(ACTUAL.resolve(pageFile(name, i)), APPROVED.resolve(pageFile(name, i)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
