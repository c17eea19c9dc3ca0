package bd.udbhabon.decision.internal;

import bd.udbhabon.storage.DatabaseBytes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The progress evidence's bytes still in the database (uploaded before issue 17, V65), for storage's mover to take out. */
@Configuration(proxyBeanMethods = false)
class DecisionFileColumns {

    @Bean
    DatabaseBytes decisionEvidenceBytes() {
        return new DatabaseBytes("decision_evidence", "id", "bytes", "file_id");
    }
}
