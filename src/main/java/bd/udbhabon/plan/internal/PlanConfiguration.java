package bd.udbhabon.plan.internal;

import bd.udbhabon.plan.Scorer;
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
}
