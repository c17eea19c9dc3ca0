package bd.udbhabon.document.internal;

import bd.udbhabon.document.Document;
import bd.udbhabon.document.PdfRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code udbhabon.documents.font-dir}: an office's own Bangla font first, the bundled ones behind it. */
class DocumentConfigurationTest {

    /** Stands in for Nikosh.ttf, which we may not ship: another Bangla font, installed by fonts-noto-core. */
    private static final Path INSTALLED = Path.of("/usr/share/fonts/truetype/noto/NotoSansBengali-Regular.ttf");

    private static final Document LETTER = Document.builder()
            .letterhead("www.dinajpur.gov.bd", "জেলা প্রশাসকের কার্যালয়, দিনাজপুর")
            .title("অফিস আদেশ").paragraph("কার্যবিবরণী প্রজ্ঞাপন").build();

    @Test
    void withoutAFontDirTheBundledSerifIsUsed() {
        String pdf = render(new DocumentConfiguration().pdfRenderer(new DocumentProperties("", "Nikosh.ttf")));
        assertThat(pdf).contains("NotoSerifBengali-Regular").doesNotContain("NotoSansBengali");
    }

    @Test
    void theConfiguredFontIsUsedForBangla(@TempDir Path dir) throws Exception {
        assertThat(INSTALLED).as("install the Debian package fonts-noto-core").exists();
        Files.copy(INSTALLED, dir.resolve("Nikosh.ttf"));
        String pdf = render(new DocumentConfiguration().pdfRenderer(new DocumentProperties(dir.toString(), "Nikosh.ttf")));
        assertThat(pdf).contains("NotoSansBengali-Regular").doesNotContain("NotoSerifBengali");
    }

    @Test
    void aMissingConfiguredFontStopsTheApplicationWithAClearMessage(@TempDir Path dir) {
        assertThatThrownBy(() -> new DocumentConfiguration().pdfRenderer(new DocumentProperties(dir.toString(), "Nikosh.ttf")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("Nikosh.ttf");
    }

    private static String render(PdfRenderer renderer) {
        return new String(renderer.render(LETTER), StandardCharsets.ISO_8859_1);
    }
}
