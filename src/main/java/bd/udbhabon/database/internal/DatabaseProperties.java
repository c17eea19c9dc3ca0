package bd.udbhabon.database.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The embedded PostgreSQL's settings: {@code udbhabon.data-dir} (the application's data directory,
 * shared with other modules, hence directly under {@code udbhabon}) and {@code udbhabon.database.*}.
 * Not read with an external database.
 *
 * @param dataDir  the cluster lives in its {@code postgres/}
 * @param database the server itself
 */
@Validated
@ConfigurationProperties("udbhabon")
record DatabaseProperties(@NotNull Path dataDir, @DefaultValue @Valid Server database) {

    /**
     * @param port             on 127.0.0.1; 0 = any free port
     * @param durable          fsync on; tests turn it off for throw-away clusters
     * @param watchdogInterval how often the server is checked and, when its postmaster died, started again
     */
    record Server(@DefaultValue("0") @PositiveOrZero @Max(65535) int port,
                  @DefaultValue("true") boolean durable,
                  @DefaultValue("1s") @NotNull Duration watchdogInterval) {
    }
}
