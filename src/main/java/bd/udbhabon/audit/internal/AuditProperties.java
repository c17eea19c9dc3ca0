package bd.udbhabon.audit.internal;

import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.hibernate.validator.constraints.time.DurationMin;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The settings {@code udbhabon.audit.*}; application.yml puts both files in the data directory.
 *
 * @param key                the chain's HMAC key, base64 of 32+ bytes; blank: the key file
 * @param keyFile            the key when none is configured, created at the first start
 * @param checkpointFile     the MAC'd checkpoint lines are appended here
 * @param checkpointInterval how often a checkpoint is written (only if the chain grew)
 * @param clockTolerance     how far an entry may be dated before the one preceding it
 */
@Validated
@ConfigurationProperties("udbhabon.audit")
record AuditProperties(String key,
                       @NotNull Path keyFile,
                       @NotNull Path checkpointFile,
                       @DefaultValue("10m") @NotNull @DurationMin(millis = 1) Duration checkpointInterval,
                       @DefaultValue("1m") @NotNull @DurationMin(nanos = 0) Duration clockTolerance) {
}
