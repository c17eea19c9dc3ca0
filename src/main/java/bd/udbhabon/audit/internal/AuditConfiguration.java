package bd.udbhabon.audit.internal;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The periodic audit checkpoint runs on Spring's scheduler. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class AuditConfiguration {
}
