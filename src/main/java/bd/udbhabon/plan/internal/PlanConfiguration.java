package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.Scorer;
import bd.udbhabon.storage.DatabaseBytes;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration
@EnableConfigurationProperties(PlanSettings.class)
class PlanConfiguration {

    /** The scorer with the rule in force. */
    @Bean
    Scorer planScorer(PlanSettings settings) {
        return new Scorer(settings.scoreRule());
    }

    /** The progress evidence's bytes still in the database (uploaded before issue 17, V65), for storage's mover to take out. */
    @Bean
    DatabaseBytes planEvidenceBytes() {
        return new DatabaseBytes("plan_evidence", "id", "bytes", "file_id");
    }
}
