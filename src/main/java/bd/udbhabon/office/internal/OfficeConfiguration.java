package bd.udbhabon.office.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/** The office settings ({@link OfficeProperties}). */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OfficeProperties.class)
class OfficeConfiguration {
}
