package bd.udbhabon.document.internal;

import bd.udbhabon.document.PdfRenderer;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The renderer bean. {@code udbhabon.documents.font-dir} (optional) names a folder holding the
 * office's Bangla font, {@code udbhabon.documents.bangla-font} its file (default Nikosh.ttf) and
 * optionally a bold face next to it ({@code Nikosh-Bold.ttf}); the bundled Noto fonts stay as the
 * fallback for what that font lacks.
 */
@Configuration(proxyBeanMethods = false)
class DocumentConfiguration {

    @Bean
    PdfRenderer pdfRenderer(@Value("${udbhabon.documents.font-dir:}") String fontDir,
                            @Value("${udbhabon.documents.bangla-font:Nikosh.ttf}") String banglaFont) {
        return new OpenPdfRenderer(fonts(fontDir, banglaFont));
    }

    static FontSet fonts(String fontDir, String banglaFont) {
        if (fontDir == null || fontDir.isBlank()) {
            return FontSet.bundled();
        }
        Path regular = Path.of(fontDir).resolve(banglaFont);
        if (!Files.isReadable(regular)) {
            throw new IllegalStateException("udbhabon.documents.font-dir is " + fontDir + " but " + regular + " cannot be read");
        }
        Path bold = regular.resolveSibling(banglaFont.replaceFirst("(?i)\\.ttf$", "-Bold.ttf"));
        return FontSet.withBanglaFont(regular, Files.isReadable(bold) ? bold : null);
    }
}
