package bd.udbhabon.initiative.internal;

import bd.udbhabon.storage.DatabaseBytes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The stages' evidence and the field visits' files (photos, notes) still in the database (uploaded before issue 17,
 * V65), for storage's mover to take out.
 */
@Configuration(proxyBeanMethods = false)
class InitiativeFileColumns {

    @Bean
    DatabaseBytes initiativeEvidenceBytes() {
        return new DatabaseBytes("initiative_evidence", "id", "bytes", "file_id");
    }

    @Bean
    DatabaseBytes initiativeVisitEvidenceBytes() {
        return new DatabaseBytes("initiative_visit_evidence", "id", "bytes", "file_id");
    }
}
