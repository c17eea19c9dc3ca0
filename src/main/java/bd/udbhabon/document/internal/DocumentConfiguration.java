package bd.udbhabon.document.internal;

import bd.udbhabon.document.PdfRenderer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The renderer bean, with the office's Bangla font when {@link DocumentProperties} names one; the
 * bundled Noto fonts stay as the fallback for what that font lacks.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DocumentProperties.class)
class DocumentConfiguration {

    @Bean
    PdfRenderer pdfRenderer(DocumentProperties properties) {
        return new OpenPdfRenderer(fonts(properties));
    }

    static FontSet fonts(DocumentProperties properties) {
        var regular = properties.regularFont();
        return regular == null ? FontSet.bundled() : FontSet.withBanglaFont(regular, properties.boldFont());
    }
}
