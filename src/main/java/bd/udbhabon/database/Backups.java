package bd.udbhabon.database;

import bd.udbhabon.database.internal.BackupCommand;

/**
 * Backup and restore, run instead of the application: {@code java -jar udbhabon.jar --udbhabon.backup.to=DIR}
 * and {@code --udbhabon.restore.from=DIR} (docs/operations.md, "Backup and restore").
 */
public final class Backups {

    private Backups() {
    }

    /** True when the arguments ask for a backup or a restore rather than the application. */
    public static boolean asked(String[] args) {
        return BackupCommand.asked(args);
    }

    /** Runs it; returns the process's exit status (0 done, 1 refused or failed, 2 written but some files lacked). */
    public static int run(String[] args) {
        return BackupCommand.run(args);
    }
}
