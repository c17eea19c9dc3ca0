package bd.udbhabon.training.internal;

import bd.udbhabon.storage.DatabaseBytes;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The trainings' evidence still in the database (uploaded before issue 17, V65), for storage's mover to take out. */
@Configuration(proxyBeanMethods = false)
class TrainingFileColumns {

    @Bean
    DatabaseBytes trainingEvidenceBytes() {
        return new DatabaseBytes("training_evidence", "id", "bytes", "file_id");
    }
}
