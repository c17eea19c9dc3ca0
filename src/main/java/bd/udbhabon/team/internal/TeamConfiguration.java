package bd.udbhabon.team.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The daily compliance refresh runs on Spring's scheduler (so does the audit checkpoint). */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class TeamConfiguration {
}
