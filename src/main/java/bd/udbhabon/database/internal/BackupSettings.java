package bd.udbhabon.database.internal;

import java.nio.file.Path;
import java.util.Map;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * What a backup or restore needs to know, read from the same configuration the application runs with
 * ({@code application.yml}, the environment, {@code --name=value}): the database (embedded under the data
 * directory, or {@code spring.datasource.url}), where the files are, the audit key and checkpoints.
 *
 * @param externalUrl   blank for the embedded server
 * @param ownerUser     who migrates and loads on restore ({@code spring.flyway.user}, else the datasource's user)
 * @param auditKeyGiven true when {@code UDBHABON_AUDIT_KEY} is set: then there is no key file to back up
 * @param keepKeyApart  {@code --udbhabon.backup.include-audit-key=false}: the key file stays out of the backup, to be
 *                      kept apart from it (whoever holds a backup with its key can forge a chain that verifies)
 */
record BackupSettings(Path dataDir, boolean durable,
                      String externalUrl, String user, String password, String ownerUser, String ownerPassword,
                      Map<String, String> flywayPlaceholders,
                      String storageKind, Path storageDir,
                      boolean auditKeyGiven, boolean keepKeyApart, Path auditKeyFile, Path checkpointFile) {

    static BackupSettings from(Environment environment) {
        var binder = Binder.get(environment);
        String url = environment.getProperty("spring.datasource.url", "");
        String user = environment.getProperty("spring.datasource.username", "");
        String password = environment.getProperty("spring.datasource.password", "");
        String flywayUser = environment.getProperty("spring.flyway.user", "");
        Path dataDir = Path.of(environment.getProperty("udbhabon.data-dir", "./var")).toAbsolutePath().normalize();
        return new BackupSettings(dataDir,
                binder.bind("udbhabon.database.durable", Boolean.class).orElse(true),
                url, user, password,
                StringUtils.hasText(flywayUser) ? flywayUser : user,
                StringUtils.hasText(flywayUser) ? environment.getProperty("spring.flyway.password", "") : password,
                binder.bind("spring.flyway.placeholders", Bindable.mapOf(String.class, String.class)).orElse(Map.of()),
                environment.getProperty("udbhabon.storage.kind", "LOCAL").trim().toUpperCase(java.util.Locale.ROOT),
                path(environment, "udbhabon.storage.local.dir", dataDir.resolve("files")),
                StringUtils.hasText(environment.getProperty("udbhabon.audit.key")),
                !binder.bind("udbhabon.backup.include-audit-key", Boolean.class).orElse(true),
                path(environment, "udbhabon.audit.key-file", dataDir.resolve("audit.key")),
                path(environment, "udbhabon.audit.checkpoint-file", dataDir.resolve("audit-checkpoints.log")));
    }

    boolean external() {
        return StringUtils.hasText(externalUrl);
    }

    boolean localFiles() {
        return "LOCAL".equals(storageKind);
    }

    private static Path path(Environment environment, String name, Path fallback) {
        String value = environment.getProperty(name);
        return StringUtils.hasText(value) ? Path.of(value).toAbsolutePath().normalize() : fallback;
    }
}
