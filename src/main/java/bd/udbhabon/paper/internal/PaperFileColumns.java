package bd.udbhabon.paper.internal;

import bd.udbhabon.storage.DatabaseBytes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The issued papers' bytes still in the database (before issue 17, V65), for storage's mover to take out. */
@Configuration(proxyBeanMethods = false)
class PaperFileColumns {

    @Bean
    DatabaseBytes issuedPaperPdfBytes() {
        return new DatabaseBytes("issued_paper", "id", "pdf", "pdf_file_id");
    }

    @Bean
    DatabaseBytes issuedPaperDocxBytes() {
        return new DatabaseBytes("issued_paper", "id", "docx", "docx_file_id");
    }
}
