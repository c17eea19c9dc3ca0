package bd.udbhabon.database.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code MANIFEST.tsv} of a backup: one fact a line, tab-separated, readable by a person and by the restore,
 * which checks every table's, file's and audit file's SHA-256 against it before it writes anything.
 */
record BackupManifest(Instant created, String schemaVersion, String database, String storage,
                      List<Table> tables, List<Sequence> sequences, List<FileEntry> files,
                      Entry auditKey, Entry checkpoints) {

    static final String FILE_NAME = "MANIFEST.tsv";
    static final String FORMAT = "udbhabon-backup\t1";

    /** A table's rows as COPY text ({@code database/<name>.copy.gz}, gzip of the text whose SHA-256 is given). */
    record Table(String name, long rows, String sha256, List<String> columns) {
    }

    record Sequence(String name, long lastValue, boolean isCalled) {
    }

    /** A stored object: {@code COPIED} into {@code files/<key>}, {@code IN_BUCKET} (S3), {@code MISSING} or {@code DAMAGED}. */
    record FileEntry(String key, long size, String sha256, String state) {
    }

    /** An audit file kept in {@code audit/}; {@code name} is null when the backup holds none. */
    record Entry(String name, long lines, String sha256) {
        static final Entry NONE = new Entry(null, 0, "-");
    }

    void write(Path dir) throws IOException {
        var out = new StringBuilder(FORMAT).append('\n');
        line(out, "created", created.toString());
        line(out, "schema-version", schemaVersion);
        line(out, "database", database);
        line(out, "storage", storage);
        tables.forEach(t -> line(out, "table", t.name(), Long.toString(t.rows()), t.sha256(), String.join(",", t.columns())));
        sequences.forEach(s -> line(out, "sequence", s.name(), Long.toString(s.lastValue()), Boolean.toString(s.isCalled())));
        files.forEach(f -> line(out, "file", f.key(), Long.toString(f.size()), f.sha256(), f.state()));
        line(out, "audit-key", auditKey.name() == null ? "-" : auditKey.name(), auditKey.sha256());
        line(out, "audit-checkpoints", checkpoints.name() == null ? "-" : checkpoints.name(),
                Long.toString(checkpoints.lines()), checkpoints.sha256());
        Files.writeString(dir.resolve(FILE_NAME), out, StandardCharsets.UTF_8);
    }

    static BackupManifest read(Path dir) throws IOException {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new BackupException(dir + " is not an Udbhabon backup: it has no " + FILE_NAME);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.getFirst().equals(FORMAT)) {
            throw new BackupException(file + " is not a manifest this version can read (its first line should be '"
                    + FORMAT.replace('\t', ' ') + "')");
        }
        Instant created = null;
        String schema = null;
        String database = null;
        String storage = null;
        var tables = new ArrayList<Table>();
        var sequences = new ArrayList<Sequence>();
        var files = new ArrayList<FileEntry>();
        Entry key = Entry.NONE;
        Entry checkpoints = Entry.NONE;
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t", -1);
            switch (f[0]) {
                case "created" -> created = Instant.parse(f[1]);
                case "schema-version" -> schema = f[1];
                case "database" -> database = f[1];
                case "storage" -> storage = f[1];
                case "table" -> tables.add(new Table(f[1], Long.parseLong(f[2]), f[3],
                        f[4].isEmpty() ? List.of() : List.of(f[4].split(","))));
                case "sequence" -> sequences.add(new Sequence(f[1], Long.parseLong(f[2]), Boolean.parseBoolean(f[3])));
                case "file" -> files.add(new FileEntry(f[1], Long.parseLong(f[2]), f[3], f[4]));
                case "audit-key" -> key = "-".equals(f[1]) ? Entry.NONE : new Entry(f[1], 1, f[2]);
                case "audit-checkpoints" -> checkpoints = "-".equals(f[1]) ? Entry.NONE
                        : new Entry(f[1], Long.parseLong(f[2]), f[3]);
                default -> { } // a later version's fact: the ones above are all a restore needs
            }
        }
        if (schema == null || created == null) {
            throw new BackupException(file + " is incomplete: it names no schema version or creation time");
        }
        return new BackupManifest(created, schema, database, storage, tables, sequences, files, key, checkpoints);
    }

    private static void line(StringBuilder out, String... fields) {
        out.append(String.join("\t", fields)).append('\n');
    }
}
