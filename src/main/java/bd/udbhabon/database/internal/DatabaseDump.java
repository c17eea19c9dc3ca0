package bd.udbhabon.database.internal;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.postgresql.PGConnection;

/**
 * Every table of the {@code public} schema as PostgreSQL's COPY text, one gzip file a table, and every sequence's
 * value. Written inside one repeatable-read transaction, so all tables come from one snapshot while the
 * application goes on writing. Loaded into a schema Flyway has just brought to the backup's version: the tables
 * are emptied (what the migrations seeded goes), the user triggers are off while loading (the audit trail's
 * append-only guard, the office-scope upkeep: their effects are in the dump), parents before children.
 * Plain COPY needs no client binaries: the embedded server is PostgreSQL 18, which Debian 12's pg_dump (15)
 * refuses to dump, and zonky bundles no pg_dump.
 */
final class DatabaseDump {

    static final String DIR = "database";

    private DatabaseDump() {
    }

    /** Writes every table and reads every sequence in the caller's (repeatable-read) transaction. */
    static List<BackupManifest.Table> writeTables(Connection connection, Path backupDir) throws SQLException, IOException {
        Path dir = BackupFiles.ownerOnlyDirectories(backupDir.resolve(DIR));
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var tables = new ArrayList<BackupManifest.Table>();
        for (var table : columnsByTable(connection).entrySet()) {
            var digest = sha256();
            long rows;
            try (var file = Files.newOutputStream(dir.resolve(table.getKey() + ".copy.gz"));
                 var gzip = new GZIPOutputStream(file, 1 << 16);
                 var counted = new LineCountingDigest(gzip, digest)) {
                copy.copyOut("copy " + quoted(table.getKey()) + " (" + columnList(table.getValue()) + ") to stdout", counted);
                rows = counted.lines;
            }
            tables.add(new BackupManifest.Table(table.getKey(), rows, hex(digest), table.getValue()));
        }
        return tables;
    }

    static List<BackupManifest.Sequence> readSequences(Connection connection) throws SQLException {
        var sequences = new ArrayList<BackupManifest.Sequence>();
        for (String name : names(connection, "select c.relname from pg_class c join pg_namespace n on n.oid = c.relnamespace"
                + " where n.nspname = 'public' and c.relkind = 'S' order by c.relname")) {
            try (var s = connection.createStatement();
                 var rs = s.executeQuery("select last_value, is_called from " + quoted(name))) {
                rs.next();
                sequences.add(new BackupManifest.Sequence(name, rs.getLong(1), rs.getBoolean(2)));
            }
        }
        return sequences;
    }

    /** The SHA-256 of a table file's text, to check the backup before anything is written. */
    static String checksum(Path backupDir, String table) throws IOException {
        var digest = sha256();
        try (var in = new DigestInputStream(new GZIPInputStream(Files.newInputStream(file(backupDir, table)), 1 << 16), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
        }
        return hex(digest);
    }

    /** Replaces every table's rows with the backup's and sets every sequence, in the caller's transaction. */
    static void load(Connection connection, Path backupDir, BackupManifest manifest) throws SQLException, IOException {
        Map<String, List<String>> present = columnsByTable(connection);
        for (var table : manifest.tables()) {
            if (!present.containsKey(table.name())) {
                throw new BackupException("The backup has the table " + table.name()
                        + ", which schema version " + manifest.schemaVersion() + " of this application lacks");
            }
        }
        try (var s = connection.createStatement()) {
            for (String table : present.keySet()) {
                s.execute("alter table " + quoted(table) + " disable trigger user");
            }
            s.execute("truncate " + String.join(", ", present.keySet().stream().map(DatabaseDump::quoted).toList()));
        }
        var copy = connection.unwrap(PGConnection.class).getCopyAPI();
        var byName = new LinkedHashMap<String, BackupManifest.Table>();
        manifest.tables().forEach(t -> byName.put(t.name(), t));
        for (String name : parentsFirst(connection, byName.keySet())) {
            var table = byName.get(name);
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file(backupDir, name)), 1 << 16)) {
                long rows = copy.copyIn("copy " + quoted(name) + " (" + columnList(table.columns()) + ") from stdin", in);
                if (rows != table.rows()) {
                    throw new BackupException("The table " + name + " loaded " + rows + " rows; the manifest says " + table.rows());
                }
            }
        }
        try (var s = connection.createStatement()) {
            for (var sequence : manifest.sequences()) {
                try (var ps = connection.prepareStatement("select setval(?::regclass, ?, ?)")) {
                    ps.setString(1, quoted(sequence.name()));
                    ps.setLong(2, sequence.lastValue());
                    ps.setBoolean(3, sequence.isCalled());
                    ps.execute();
                }
            }
            for (String table : present.keySet()) {
                s.execute("alter table " + quoted(table) + " enable trigger user");
            }
        }
    }

    /** Every ordinary table of the public schema with its stored columns (generated ones are computed again). */
    static Map<String, List<String>> columnsByTable(Connection connection) throws SQLException {
        var tables = new LinkedHashMap<String, List<String>>();
        try (var s = connection.createStatement(); var rs = s.executeQuery("""
                select c.relname, a.attname from pg_class c
                join pg_namespace n on n.oid = c.relnamespace
                join pg_attribute a on a.attrelid = c.oid and a.attnum > 0 and not a.attisdropped and a.attgenerated = ''
                where n.nspname = 'public' and c.relkind in ('r', 'p') and not c.relispartition
                order by c.relname, a.attnum""")) {
            while (rs.next()) {
                tables.computeIfAbsent(rs.getString(1), t -> new ArrayList<>()).add(rs.getString(2));
            }
        }
        return tables;
    }

    /** The tables in an order where every foreign key's target comes before the table holding it. */
    static List<String> parentsFirst(Connection connection, Set<String> tables) throws SQLException {
        var parents = new LinkedHashMap<String, Set<String>>();
        tables.forEach(t -> parents.put(t, new LinkedHashSet<>()));
        try (var s = connection.createStatement(); var rs = s.executeQuery("""
                select child.relname, parent.relname from pg_constraint k
                join pg_class child on child.oid = k.conrelid join pg_class parent on parent.oid = k.confrelid
                join pg_namespace n on n.oid = child.relnamespace
                where k.contype = 'f' and n.nspname = 'public' and child.oid <> parent.oid""")) {
            while (rs.next()) {
                if (parents.containsKey(rs.getString(1)) && tables.contains(rs.getString(2))) {
                    parents.get(rs.getString(1)).add(rs.getString(2));
                }
            }
        }
        var ordered = new ArrayList<String>();
        var done = new LinkedHashSet<String>();
        while (done.size() < parents.size()) {
            boolean progress = false;
            for (var entry : parents.entrySet()) {
                if (!done.contains(entry.getKey()) && done.containsAll(entry.getValue())) {
                    done.add(entry.getKey());
                    ordered.add(entry.getKey());
                    progress = true;
                }
            }
            if (!progress) {
                var cycle = new ArrayList<>(parents.keySet());
                cycle.removeAll(done);
                throw new BackupException("The foreign keys between " + cycle + " form a cycle; restore cannot order them");
            }
        }
        return ordered;
    }

    static String quoted(String identifier) {
        return '"' + identifier.replace("\"", "\"\"") + '"';
    }

    private static String columnList(List<String> columns) {
        return String.join(", ", columns.stream().map(DatabaseDump::quoted).toList());
    }

    private static Path file(Path backupDir, String table) {
        return backupDir.resolve(DIR).resolve(table + ".copy.gz");
    }

    private static List<String> names(Connection connection, String sql) throws SQLException {
        var names = new ArrayList<String>();
        try (var s = connection.createStatement(); var rs = s.executeQuery(sql)) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static String hex(MessageDigest digest) {
        return HexFormat.of().formatHex(digest.digest());
    }

    /** COPY text has one line a row (newlines inside values are escaped): counting them counts the rows. */
    private static final class LineCountingDigest extends FilterOutputStream {

        private final MessageDigest digest;
        long lines;

        LineCountingDigest(OutputStream out, MessageDigest digest) {
            super(out);
            this.digest = digest;
        }

        @Override
        public void write(int b) throws IOException {
            digest.update((byte) b);
            if (b == '\n') {
                lines++;
            }
            out.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            digest.update(b, off, len);
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
            out.write(b, off, len);
        }
    }
}
