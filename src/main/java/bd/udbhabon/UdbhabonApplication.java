package bd.udbhabon;

import bd.udbhabon.database.Backups;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Udbhabon: one application for Bangladesh government innovation teams. */
@SpringBootApplication
public class UdbhabonApplication {

    public static void main(String[] args) {
        // --udbhabon.backup.to=DIR or --udbhabon.restore.from=DIR: that, then exit (docs/operations.md, "Backup and restore")
        if (Backups.asked(args)) {
            System.exit(Backups.run(args));
        }
        SpringApplication.run(UdbhabonApplication.class, args);
    }
}
