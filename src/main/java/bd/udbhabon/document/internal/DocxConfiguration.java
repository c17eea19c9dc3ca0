package bd.udbhabon.document.internal;

import bd.udbhabon.document.DocxRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The DOCX renderer bean. It names the same Bangla font as the PDF: the office's font
 * ({@code udbhabon.documents.font-dir} and {@code udbhabon.documents.bangla-font}, see
 * {@link DocumentConfiguration}) when one is configured, else Noto Serif Bengali.
 */
@Configuration(proxyBeanMethods = false)
class DocxConfiguration {

    @Bean
    DocxRenderer docxRenderer(@Value("${udbhabon.documents.font-dir:}") String fontDir,
                              @Value("${udbhabon.documents.bangla-font:Nikosh.ttf}") String banglaFont) {
        return new PoiDocxRenderer(fonts(fontDir, banglaFont));
    }

    static DocxFonts fonts(String fontDir, String banglaFont) {
        if (fontDir == null || fontDir.isBlank()) {
            return DocxFonts.bundled();
        }
        Path regular = Path.of(fontDir).resolve(banglaFont);
        if (!Files.isReadable(regular)) {
            throw new IllegalStateException("udbhabon.documents.font-dir is " + fontDir + " but " + regular + " cannot be read");
        }
        return DocxFonts.withBanglaFont(regular);
    }
}
