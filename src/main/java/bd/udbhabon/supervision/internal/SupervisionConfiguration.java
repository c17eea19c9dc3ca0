package bd.udbhabon.supervision.internal;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SupervisionProperties.class)
class SupervisionConfiguration {
}
