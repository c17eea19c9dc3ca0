package bd.udbhabon.document.internal;

import bd.udbhabon.document.Document;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The DOCX names the Bangla font the PDF uses: by the family name inside the configured file. */
class DocxConfigurationTest {

    @Test
    void withoutAFontDirectoryTheBundledNotoSerifBengali() {
        assertThat(DocxConfiguration.fonts(new DocumentProperties("", "Nikosh.ttf")).bangla()).isEqualTo("Noto Serif Bengali");
    }

    @Test
    void theConfiguredFontIsNamedByTheFamilyInTheFileNotByTheFileName(@TempDir Path dir) throws Exception {
        try (InputStream font = DocxConfigurationTest.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
            Files.copy(font, dir.resolve("Nikosh.ttf"));
        }
        DocxFonts fonts = DocxConfiguration.fonts(new DocumentProperties(dir.toString(), "Nikosh.ttf"));
        assertThat(fonts.bangla()).isEqualTo("Noto Sans");
        byte[] docx = new PoiDocxRenderer(fonts).render(Document.builder()
                .letterhead(null, "জনপ্রশাসন মন্ত্রণালয়").title("অফিস আদেশ").build());
        try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(docx))) {
            CTFonts names = read.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr().getRFontsArray(0);
            assertThat(names.getCs()).isEqualTo("Noto Sans");
            assertThat(names.getAscii()).isEqualTo("Noto Sans");
        }
    }

    @Test
    void aConfiguredFontThatCannotBeReadStopsTheApplication(@TempDir Path dir) {
        assertThatThrownBy(() -> DocxConfiguration.fonts(new DocumentProperties(dir.toString(), "Nikosh.ttf")))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining(dir.resolve("Nikosh.ttf").toString());
    }
}
