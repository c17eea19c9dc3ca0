package bd.udbhabon.database.internal;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --udbhabon.backup.to=DIR}: the database (one consistent snapshot, also while the application runs), the
 * stored files it names, the audit key file and checkpoints, and a manifest with counts and SHA-256s.
 *
 * <p>Order matters. The checkpoints are copied first: every line then names an entry committed before the
 * snapshot, so the restored chain verifies against them. The files are copied after the snapshot: objects are
 * written once, before their row, so every file the dump names exists by then.
 */
final class DatabaseBackup {

    private final BackupSettings settings;
    private final PrintStream out;

    DatabaseBackup(BackupSettings settings, PrintStream out) {
        this.settings = settings;
        this.out = out;
    }

    /** @return 0 when everything was written, 2 when some stored files were missing or damaged */
    int backupTo(Path target) throws IOException, SQLException {
        target = target.toAbsolutePath().normalize();
        if (!BackupFiles.absentOrEmpty(target)) {
            throw new BackupException("The backup directory " + target + " is not empty; give a new or empty directory");
        }
        Instant start = Instant.now();
        BackupFiles.ownerOnlyDirectories(target);
        var checkpoints = copyAuditFile(settings.checkpointFile(), target, true);
        var key = settings.auditKeyGiven() || settings.keepKeyApart() ? BackupManifest.Entry.NONE
                : copyAuditFile(settings.auditKeyFile(), target, false);

        List<BackupManifest.Table> tables;
        List<BackupManifest.Sequence> sequences;
        List<BackupManifest.FileEntry> stored = new ArrayList<>();
        String schemaVersion;
        try (var session = DatabaseSession.forBackup(settings)) {
            Connection c = session.connection();
            c.setAutoCommit(false);
            try (var s = c.createStatement()) {
                s.execute("set transaction isolation level repeatable read, read only");
            }
            schemaVersion = schemaVersion(c);
            tables = DatabaseDump.writeTables(c, target);
            sequences = DatabaseDump.readSequences(c);
            try (var s = c.createStatement();
                 var rs = s.executeQuery("select storage_key, size, sha256 from stored_file order by id")) {
                while (rs.next()) {
                    stored.add(new BackupManifest.FileEntry(rs.getString(1), rs.getLong(2), rs.getString(3), null));
                }
            }
            c.commit();
        }
        var files = copyStoredFiles(stored, target);
        var manifest = new BackupManifest(start, schemaVersion, settings.external() ? "external" : "embedded",
                settings.storageKind(), tables, sequences, files, key, checkpoints);
        manifest.write(target); // last: a directory without a manifest is no backup, and restore says so

        long rows = tables.stream().mapToLong(BackupManifest.Table::rows).sum();
        long bad = files.stream().filter(f -> f.state().equals("MISSING") || f.state().equals("DAMAGED")).count();
        out.printf("Backup written to %s in %.1f s: schema version %s, %d tables, %d rows, %d sequences, %d stored files (%s)%s%s%n",
                target, Duration.between(start, Instant.now()).toMillis() / 1000.0, schemaVersion, tables.size(), rows,
                sequences.size(), files.size(), settings.localFiles() ? "copied" : "left in the S3 bucket, listed in the manifest",
                key.name() != null ? "; audit key file included"
                        : settings.auditKeyGiven() ? "; no audit key (UDBHABON_AUDIT_KEY is set: keep that key yourself)"
                        : "; audit key left out: keep a copy of " + settings.auditKeyFile() + " apart",
                checkpoints.name() == null ? "; no audit checkpoints yet" : "; " + checkpoints.lines() + " audit checkpoints");
        if (bad > 0) {
            files.stream().filter(f -> f.state().equals("MISSING") || f.state().equals("DAMAGED"))
                    .forEach(f -> out.println("WARNING: stored file " + f.key() + " is " + f.state().toLowerCase()
                            + " in " + settings.storageDir() + "; the backup lacks it"));
            return 2;
        }
        return 0;
    }

    private static String schemaVersion(Connection c) throws SQLException {
        try (var s = c.createStatement(); var rs = s.executeQuery(
                "select version from flyway_schema_history where version is not null and success order by installed_rank desc limit 1")) {
            if (!rs.next()) {
                throw new BackupException("The database has no migrated schema: nothing to back up");
            }
            return rs.getString(1);
        }
    }

    private BackupManifest.Entry copyAuditFile(Path file, Path target, boolean countLines) throws IOException {
        if (!Files.isRegularFile(file)) {
            return BackupManifest.Entry.NONE;
        }
        String name = file.getFileName().toString();
        Path copy = target.resolve(BackupFiles.AUDIT_DIR).resolve(name);
        String sha256 = BackupFiles.copy(file, copy);
        return new BackupManifest.Entry(name, countLines ? BackupFiles.lines(copy) : 1, sha256);
    }

    private List<BackupManifest.FileEntry> copyStoredFiles(List<BackupManifest.FileEntry> stored, Path target) throws IOException {
        var files = new ArrayList<BackupManifest.FileEntry>();
        for (var file : stored) {
            String state;
            if (!settings.localFiles()) {
                state = "IN_BUCKET";
            } else {
                Path source = settings.storageDir().resolve(file.key()).normalize();
                if (!source.startsWith(settings.storageDir()) || !Files.isRegularFile(source)) {
                    state = "MISSING";
                } else {
                    Path copy = target.resolve(BackupFiles.FILES_DIR).resolve(file.key());
                    String sha256 = BackupFiles.copy(source, copy);
                    state = sha256.equals(file.sha256()) && Files.size(copy) == file.size() ? "COPIED" : "DAMAGED";
                    if (state.equals("DAMAGED")) {
                        Files.delete(copy);
                    }
                }
            }
            files.add(new BackupManifest.FileEntry(file.key(), file.size(), file.sha256(), state));
        }
        return files;
    }

    /** A connection as the owner to the configured database, and the embedded server if this command started it. */
    record DatabaseSession(Connection connection, String url, String user, String password,
                           EmbeddedDatabaseServer startedServer) implements AutoCloseable {

        static DatabaseSession open(String url, String user, String password, EmbeddedDatabaseServer startedServer)
                throws SQLException, IOException {
            try {
                return new DatabaseSession(DriverManager.getConnection(url, user, password), url, user, password, startedServer);
            } catch (SQLException e) {
                if (startedServer != null) {
                    startedServer.close();
                }
                throw e;
            }
        }

        static DatabaseSession external(BackupSettings settings, boolean asOwner) throws SQLException, IOException {
            return asOwner ? open(settings.externalUrl(), settings.ownerUser(), settings.ownerPassword(), null)
                    : open(settings.externalUrl(), settings.user(), settings.password(), null);
        }

        /** The embedded server started here (the data directory's lock is then this command's). */
        static DatabaseSession started(EmbeddedDatabaseServer server) throws SQLException, IOException {
            return open(server.jdbcUrl(), EmbeddedDatabaseServer.OWNER, server.password(), server);
        }

        /** The running application's embedded server, or one started here on its data, or the external database. */
        static DatabaseSession forBackup(BackupSettings settings) throws IOException, SQLException {
            if (settings.external()) {
                return external(settings, false);
            }
            Path dataDir = settings.dataDir();
            if (!Files.exists(dataDir.resolve("postgres").resolve("postgresql.conf"))) {
                throw new BackupException("There is no Udbhabon database in " + dataDir
                        + " (UDBHABON_DATA_DIR); set it to the application's data directory, or spring.datasource.url");
            }
            var running = EmbeddedDatabaseServer.runningPort(dataDir);
            if (running.isPresent()) {
                String password = ClusterPassword.readOrCreate(dataDir).value();
                return open(EmbeddedDatabaseServer.jdbcUrl(running.get()), EmbeddedDatabaseServer.OWNER, password, null);
            }
            return started(EmbeddedDatabaseServer.start(dataDir, 0, settings.durable()));
        }

        @Override
        public void close() throws SQLException, IOException {
            try {
                connection.close();
            } finally {
                if (startedServer != null) {
                    startedServer.close();
                }
            }
        }
    }
}
