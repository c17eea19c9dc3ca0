package bd.udbhabon.database.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import org.flywaydb.core.Flyway;

/**
 * {@code --udbhabon.restore.from=DIR}: into an empty data directory (the embedded server is made there) or an
 * empty external database. The whole backup is checked against its manifest first; then Flyway brings the
 * schema to the backup's version, the rows are loaded in one transaction, the files and the audit files are
 * put in place. The application, started afterwards as usual, migrates further if it is newer.
 */
final class DatabaseRestore {

    private final BackupSettings settings;
    private final PrintStream out;

    DatabaseRestore(BackupSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    void restoreFrom(Path source) throws IOException, SQLException {
        source = source.toAbsolutePath().normalize();
        Instant start = Instant.now();
        var manifest = BackupManifest.read(source);
        refuseNonEmptyTargets(manifest);
        check(source, manifest);
        boolean dataDirExisted = Files.exists(settings.dataDir());
        try {
            restoreDatabase(source, manifest);
        } catch (IOException | SQLException | RuntimeException e) {
            if (!settings.external()) {
                emptyAgain(settings.dataDir(), dataDirExisted); // it was empty: the next attempt finds it so again
            }
            throw e;
        }
        int files = restoreFiles(source, manifest);
        if (manifest.auditKey().name() != null) {
            BackupFiles.copy(source.resolve(BackupFiles.AUDIT_DIR).resolve(manifest.auditKey().name()), settings.auditKeyFile());
        }
        if (manifest.checkpoints().name() != null) {
            BackupFiles.copy(source.resolve(BackupFiles.AUDIT_DIR).resolve(manifest.checkpoints().name()), settings.checkpointFile());
        }
        long rows = manifest.tables().stream().mapToLong(BackupManifest.Table::rows).sum();
        out.printf("Restored %s (taken %s, schema version %s) into %s in %.1f s: %d tables, %d rows, %d files%s%n",
                source, manifest.created(), manifest.schemaVersion(),
                settings.external() ? settings.externalUrl() : settings.dataDir(),
                Duration.between(start, Instant.now()).toMillis() / 1000.0, manifest.tables().size(), rows, files,
                manifest.auditKey().name() != null ? ", the audit key file"
                        : "; the backup holds no audit key: give the application the same key (UDBHABON_AUDIT_KEY,"
                                + " or its file as " + settings.auditKeyFile() + ") before it starts");
    }

    /** Restore only ever adds to nothing: an existing database or file is never overwritten. */
    private void refuseNonEmptyTargets(BackupManifest manifest) throws IOException, SQLException {
        if (settings.external()) {
            try (var session = DatabaseBackup.DatabaseSession.external(settings, true);
                 var s = session.connection().createStatement();
                 var rs = s.executeQuery("select count(*) from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                         + " where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S')")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new BackupException("The database " + settings.externalUrl() + " is not empty (" + rs.getLong(1)
                            + " tables, views or sequences); restore only into a new, empty database");
                }
            }
        } else if (!BackupFiles.absentOrEmpty(settings.dataDir())) {
            throw new BackupException("The data directory " + settings.dataDir() + " is not empty; restore only into a new"
                    + " or empty one (set UDBHABON_DATA_DIR, or move the old one aside)");
        }
        boolean hasFiles = manifest.files().stream().anyMatch(f -> f.state().equals("COPIED"));
        if (hasFiles && !settings.localFiles()) {
            throw new BackupException("The backup holds its files; restore with udbhabon.storage.kind=LOCAL"
                    + " (this configuration says " + settings.storageKind() + ")");
        }
        if (hasFiles && !BackupFiles.absentOrEmpty(settings.storageDir())) {
            throw new BackupException("The files directory " + settings.storageDir() + " is not empty; restore only into"
                    + " a new or empty one (UDBHABON_STORAGE_DIR)");
        }
        for (Path file : List.of(settings.auditKeyFile(), settings.checkpointFile())) {
            if (Files.exists(file)) {
                throw new BackupException("The audit file " + file + " exists already; move it aside before restoring");
            }
        }
    }

    /** Every table file, stored file and audit file has the size and SHA-256 the manifest gives. */
    private static void check(Path source, BackupManifest manifest) throws IOException {
        var problems = new ArrayList<String>();
        for (var table : manifest.tables()) {
            if (!Files.isRegularFile(source.resolve(DatabaseDump.DIR).resolve(table.name() + ".copy.gz"))) {
                problems.add("table " + table.name() + ": its file is missing");
            } else if (!DatabaseDump.checksum(source, table.name()).equals(table.sha256())) {
                problems.add("table " + table.name() + ": its SHA-256 differs from the manifest's");
            }
        }
        for (var file : manifest.files()) {
            if (file.state().equals("COPIED")
                    && !file.sha256().equals(BackupFiles.sha256(source.resolve(BackupFiles.FILES_DIR).resolve(file.key())))) {
                problems.add("file " + file.key() + ": missing or its SHA-256 differs from the manifest's");
            }
        }
        for (var entry : List.of(manifest.auditKey(), manifest.checkpoints())) {
            if (entry.name() != null
                    && !entry.sha256().equals(BackupFiles.sha256(source.resolve(BackupFiles.AUDIT_DIR).resolve(entry.name())))) {
                problems.add("audit file " + entry.name() + ": missing or its SHA-256 differs from the manifest's");
            }
        }
        if (!problems.isEmpty()) {
            throw new BackupException("The backup in " + source + " is damaged; nothing was restored:\n  "
                    + String.join("\n  ", problems));
        }
    }

    private void restoreDatabase(Path source, BackupManifest manifest) throws IOException, SQLException {
        try (var session = settings.external()
                ? DatabaseBackup.DatabaseSession.external(settings, true)
                : DatabaseBackup.DatabaseSession.started(EmbeddedDatabaseServer.start(settings.dataDir(), 0, settings.durable()))) {
            migrate(session, manifest.schemaVersion());
            Connection c = session.connection();
            c.setAutoCommit(false);
            DatabaseDump.load(c, source, manifest);
            c.commit();
            verifyCounts(c, manifest);
        }
    }

    /** The schema exactly as the backup's: the migrations up to its version, as the application runs them. */
    private void migrate(DatabaseBackup.DatabaseSession session, String version) {
        var flyway = Flyway.configure(getClass().getClassLoader())
                .dataSource(session.url(), session.user(), session.password())
                .locations("classpath:db/migration")
                .placeholders(new LinkedHashMap<>(settings.flywayPlaceholders()))
                .target(version)
                .load();
        flyway.migrate();
        var reached = flyway.info().current();
        if (reached == null || !reached.getVersion().getVersion().equals(version)) {
            throw new BackupException("The backup's schema version " + version + " is not one this application's"
                    + " migrations reach (they reach " + (reached == null ? "none" : reached.getVersion())
                    + "); restore with the version of Udbhabon that made the backup, or a newer one");
        }
    }

    private static void verifyCounts(Connection c, BackupManifest manifest) throws SQLException {
        for (var table : manifest.tables()) {
            try (var s = c.createStatement(); var rs = s.executeQuery("select count(*) from " + DatabaseDump.quoted(table.name()))) {
                rs.next();
                if (rs.getLong(1) != table.rows()) {
                    throw new BackupException("After the restore the table " + table.name() + " has " + rs.getLong(1)
                            + " rows; the backup has " + table.rows());
                }
            }
        }
    }

    private int restoreFiles(Path source, BackupManifest manifest) throws IOException {
        int copied = 0;
        for (var file : manifest.files()) {
            if (file.state().equals("COPIED")) {
                Path target = settings.storageDir().resolve(file.key()).normalize();
                if (!target.startsWith(settings.storageDir())) {
                    throw new BackupException("The stored file's key " + file.key() + " points outside the files directory");
                }
                BackupFiles.copy(source.resolve(BackupFiles.FILES_DIR).resolve(file.key()), target);
                copied++;
            } else if (file.state().equals("MISSING") || file.state().equals("DAMAGED")) {
                out.println("WARNING: the backup lacks stored file " + file.key() + " (" + file.state().toLowerCase()
                        + " when it was taken); reading it will report it damaged");
            }
        }
        return copied;
    }

    /** Removes what the failed restore wrote into {@code dir}, and {@code dir} itself if the restore made it. */
    private static void emptyAgain(Path dir, boolean keepDir) throws IOException {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!keepDir || !p.equals(dir)) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }
}
