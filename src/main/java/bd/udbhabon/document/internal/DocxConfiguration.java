package bd.udbhabon.document.internal;

import bd.udbhabon.document.DocxRenderer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The DOCX renderer bean. It names the same Bangla font as the PDF: the office's font
 * ({@link DocumentProperties}) when one is configured, else Noto Serif Bengali.
 */
@Configuration(proxyBeanMethods = false)
class DocxConfiguration {

    @Bean
    DocxRenderer docxRenderer(DocumentProperties properties) {
        return new PoiDocxRenderer(fonts(properties));
    }

    static DocxFonts fonts(DocumentProperties properties) {
        var regular = properties.regularFont();
        return regular == null ? DocxFonts.bundled() : DocxFonts.withBanglaFont(regular);
    }
}
