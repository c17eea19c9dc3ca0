package bd.udbhabon.database.internal;

import java.io.PrintStream;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.Banner;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.util.StringUtils;

/**
 * Runs a backup or a restore instead of the application: no web server, no scheduled work. It reads the
 * configuration the application would (application.yml, the environment, {@code --name=value}) through an empty
 * Spring context, does its work and returns the process's exit status.
 */
public final class BackupCommand {

    public static final String BACKUP_TO = "udbhabon.backup.to";
    public static final String RESTORE_FROM = "udbhabon.restore.from";
    private static final Logger log = LoggerFactory.getLogger(BackupCommand.class);

    private BackupCommand() {
    }

    public static boolean asked(String[] args) {
        for (String arg : args) {
            if (arg.startsWith("--" + BACKUP_TO + "=") || arg.startsWith("--" + RESTORE_FROM + "=")) {
                return true;
            }
        }
        return false;
    }

    /** @return 0 done; 1 refused or failed (the message says why); 2 backup written but some stored files lacked */
    public static int run(String[] args) {
        PrintStream out = System.out;
        try (var context = new SpringApplicationBuilder(NothingButTheEnvironment.class)
                .web(WebApplicationType.NONE).bannerMode(Banner.Mode.OFF).logStartupInfo(false)
                // the operator reads the command's own summary; Flyway's line per migration is noise here
                .properties("logging.level.org.flywaydb=WARN").run(args)) {
            Environment environment = context.getEnvironment();
            var settings = BackupSettings.from(environment);
            String to = environment.getProperty(BACKUP_TO);
            String from = environment.getProperty(RESTORE_FROM);
            if (StringUtils.hasText(to) && StringUtils.hasText(from)) {
                throw new BackupException("Give either --" + BACKUP_TO + " or --" + RESTORE_FROM + ", not both");
            }
            if (StringUtils.hasText(to)) {
                return new DatabaseBackup(settings, out).backupTo(Path.of(to));
            }
            new DatabaseRestore(settings, out).restoreFrom(Path.of(from));
            return 0;
        } catch (BackupException e) {
            System.err.println("Udbhabon: " + e.getMessage());
            return 1;
        } catch (Exception e) {
            log.debug("Backup or restore failed", e);
            System.err.println("Udbhabon: the backup or restore failed: " + e + (e.getCause() == null ? "" : " (" + e.getCause() + ")"));
            return 1;
        }
    }

    /** No beans: the context is there for its Environment only. */
    @Configuration(proxyBeanMethods = false)
    static class NothingButTheEnvironment {
    }
}
