package bd.udbhabon.storage.internal;

import bd.udbhabon.storage.FileStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(StorageProperties.class)
class StorageConfiguration {

    private static final Logger log = LoggerFactory.getLogger(StorageConfiguration.class);

    @Bean
    ObjectStore objectStore(StorageProperties properties) {
        ObjectStore store = switch (properties.kind()) {
            case LOCAL -> new LocalObjectStore(properties.local().dir());
            case S3 -> s3(properties.s3());
        };
        log.info("Files are stored in the {}", store.describe());
        return store;
    }

    private static S3ObjectStore s3(StorageProperties.S3 settings) {
        S3ObjectStore store = new S3ObjectStore(settings);
        try {
            if (store.ensureBucket()) {
                log.info("Made the {}: it did not exist", store.describe());
            }
        } catch (RuntimeException e) {
            store.close();
            throw e;
        }
        return store;
    }

    @Bean
    FileStore fileStore(JdbcClient jdbc, ObjectStore objects) {
        return new JdbcFileStore(jdbc, objects);
    }
}
