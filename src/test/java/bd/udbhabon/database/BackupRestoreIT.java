package bd.udbhabon.database;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.PackagedApplication;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 17, point 6: backup and restore of the packaged jar, one command each, round-tripped. An instance with the
 * demo data, a changed password (audited) and stored files is backed up while it runs; the backup is restored into
 * a fresh data directory (embedded PostgreSQL) or a fresh database (Debian's PostgreSQL); the restored instance has
 * every table's rows (count and checksum of its contents), every file byte for byte, and its audit chain verifies
 * with the backed-up key and checkpoints. A non-empty target and a damaged backup are refused.
 * Figures on a shared 2-core machine: see docs/operations.md, "Backup and restore".
 */
class BackupRestoreIT {

    private static final String NEW_ADMIN_PASSWORD = "a-new-long-password-2026";
    private static final Path WORK = Path.of("target/it/backup-" + System.nanoTime()).toAbsolutePath();
    private static DebianCluster debian;

    @AfterAll
    static void stopDebian() throws Exception {
        if (debian != null) {
            debian.stop();
        }
    }

    @Test
    void theEmbeddedServersBackupRestoresIntoAFreshDataDirectory() throws Exception {
        Path originalData = WORK.resolve("embedded-original");
        Path restoredData = WORK.resolve("embedded-restored");
        Path backup = WORK.resolve("embedded-backup");
        Map<String, String> originalSums;
        Map<String, byte[]> files;
        try (var original = PackagedApplication.start("embedded-original", WORK, withData(Map.of(
                "udbhabon.data-dir", originalData.toString())))) {
            changeTheAdministratorsPassword(original);
            try (var c = embedded(originalData)) {
                files = storeFiles(c, originalData.resolve("files"));
            }
            Thread.sleep(2_500); // a checkpoint after the last entry: the restored chain is checked against it

            var made = command("--udbhabon.data-dir=" + originalData, "--udbhabon.backup.to=" + backup);
            assertThat(made.status()).as(made.output()).isZero();
            assertThat(made.output()).contains("Backup written to", "stored files (copied)", "audit key file included");
            try (var c = embedded(originalData)) {
                originalSums = tableSums(c);
            }
        }
        // with the application stopped the command starts the embedded server itself; the rows are those the
        // snapshot taken while it ran had (only the checkpoint written at shutdown may differ)
        Path quietBackup = WORK.resolve("embedded-backup-stopped");
        var quiet = command("--udbhabon.data-dir=" + originalData, "--udbhabon.backup.to=" + quietBackup);
        assertThat(quiet.status()).as(quiet.output()).isZero();
        assertThat(manifestLines(quietBackup, "table\t")).isEqualTo(manifestLines(backup, "table\t"));
        long storedFiles = Long.parseLong(originalSums.get("stored_file").split(" ")[0]);
        assertThat(storedFiles).isGreaterThanOrEqualTo(files.size()); // the demo's issued papers too
        assertThat(manifestLines(quietBackup, "file\t")).isEqualTo(manifestLines(backup, "file\t")).hasSize((int) storedFiles)
                .allMatch(line -> line.endsWith("\tCOPIED"));
        assertThat(Long.parseLong(originalSums.get("audit_entry").split(" ")[0])).isGreaterThan(100);

        var restored = command("--udbhabon.data-dir=" + restoredData, "--udbhabon.restore.from=" + backup);
        assertThat(restored.status()).as(restored.output()).isZero();
        var again = command("--udbhabon.data-dir=" + restoredData, "--udbhabon.restore.from=" + backup);
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.output()).contains("The data directory", "is not empty");
        aDamagedBackupIsRefusedBeforeAnythingIsWritten(backup);

        try (var node = PackagedApplication.start("embedded-restored", WORK, Map.of("udbhabon.data-dir", restoredData.toString()))) {
            try (var c = embedded(restoredData)) {
                assertThat(tableSums(c)).isEqualTo(originalSums);
            }
            assertSameFiles(files, backup, originalData.resolve("files"), restoredData.resolve("files"));
            assertTheAuditChainVerifies(node, originalSums);
        }
    }

    /** One bit of one table changed in a copy of the backup: the restore says so and writes nothing. */
    private static void aDamagedBackupIsRefusedBeforeAnythingIsWritten(Path backup) throws Exception {
        Path damaged = WORK.resolve("damaged-backup");
        try (var paths = Files.walk(backup)) {
            for (Path p : paths.toList()) {
                Files.copy(p, damaged.resolve(backup.relativize(p).toString()));
            }
        }
        Path office = damaged.resolve("database/office.copy.gz");
        var gzip = new java.io.ByteArrayOutputStream();
        try (var in = new java.util.zip.GZIPInputStream(Files.newInputStream(office));
             var out = new java.util.zip.GZIPOutputStream(gzip)) {
            byte[] text = in.readAllBytes();
            text[text.length / 2] ^= 1;
            out.write(text);
        }
        Files.write(office, gzip.toByteArray());

        Path target = WORK.resolve("damaged-restored");
        var refused = command("--udbhabon.data-dir=" + target, "--udbhabon.restore.from=" + damaged);
        assertThat(refused.status()).isEqualTo(1);
        assertThat(refused.output()).contains("is damaged; nothing was restored", "table office");
        assertThat(target).doesNotExist();
    }

    @Test
    void anExternalDatabasesBackupRestoresIntoAFreshDatabase() throws Exception {
        debian = DebianCluster.start();
        debian.createDatabase("original");
        debian.createDatabase("restored");
        Path originalData = WORK.resolve("external-original");
        Path restoredData = WORK.resolve("external-restored");
        Path backup = WORK.resolve("external-backup");
        Map<String, String> originalSums;
        Map<String, byte[]> files;
        try (var original = PackagedApplication.start("external-original", WORK, withData(debian.on("original", originalData)))) {
            changeTheAdministratorsPassword(original);
            try (var c = debian.connect("original")) {
                files = storeFiles(c, originalData.resolve("files"));
            }
            Thread.sleep(2_500);
            var made = command(arguments(debian.on("original", originalData), "--udbhabon.backup.to=" + backup));
            assertThat(made.status()).as(made.output()).isZero();
            try (var c = debian.connect("original")) {
                originalSums = tableSums(c);
            }
        }

        var restored = command(arguments(debian.on("restored", restoredData), "--udbhabon.restore.from=" + backup));
        assertThat(restored.status()).as(restored.output()).isZero();
        var again = command(arguments(debian.on("restored", WORK.resolve("external-again")), "--udbhabon.restore.from=" + backup));
        assertThat(again.status()).isEqualTo(1);
        assertThat(again.output()).contains("is not empty", "restore only into a new, empty database");

        try (var node = PackagedApplication.start("external-restored", WORK, debian.on("restored", restoredData))) {
            try (var c = debian.connect("restored")) {
                assertThat(tableSums(c)).isEqualTo(originalSums);
            }
            assertSameFiles(files, backup, originalData.resolve("files"), restoredData.resolve("files"));
            assertTheAuditChainVerifies(node, originalSums);
        }
    }

    /** The demo data, and checkpoints every two seconds so that the chain's newest entries are anchored too. */
    private static Map<String, String> withData(Map<String, String> properties) {
        var all = new LinkedHashMap<>(properties);
        all.put("udbhabon.demo", "true");
        all.put("udbhabon.audit.checkpoint-interval", "2s");
        return all;
    }

    private static List<String> manifestLines(Path backup, String prefix) throws IOException {
        return Files.readAllLines(backup.resolve("MANIFEST.tsv")).stream().filter(l -> l.startsWith(prefix)).toList();
    }

    private static void changeTheAdministratorsPassword(PackagedApplication node) {
        var admin = new Browsing(node.port());
        admin.signIn("admin", IntegrationTest.ADMIN_PASSWORD);
        admin.get("/account/password"); // the form's CSRF token: signing in gave a new one
        var changed = admin.post("/account/password", Map.of("current", IntegrationTest.ADMIN_PASSWORD,
                "chosen", NEW_ADMIN_PASSWORD, "repeated", NEW_ADMIN_PASSWORD));
        assertThat(changed.location()).endsWith("/account?passwordChanged");
    }

    private static void assertTheAuditChainVerifies(PackagedApplication node, Map<String, String> originalSums) {
        var admin = new Browsing(node.port());
        admin.signIn("admin", NEW_ADMIN_PASSWORD);
        var verified = admin.get("/api/v1/audit/verify?lang=en");
        assertThat(verified.status()).isEqualTo(200);
        assertThat(verified.body()).contains("\"intact\":true", "The record of changes is intact");
        // every entry of the backup was checked, and the sign-in just now
        long entries = Long.parseLong(originalSums.get("audit_entry").split(" ")[0]);
        assertThat(verified.body()).containsPattern("\"checked\":(" + entries + "|" + (entries + 1) + ")\\b");
    }

    /** Objects as the storage module's local store writes them (key yyyy-MM/uuid), each with its stored_file row. */
    private static Map<String, byte[]> storeFiles(Connection c, Path filesDir) throws Exception {
        var random = new Random(17);
        var files = new TreeMap<String, byte[]>();
        for (int size : new int[] {0, 1, 4_096, 1_500_000}) {
            byte[] bytes = new byte[size];
            random.nextBytes(bytes);
            String key = "2026-12/" + UUID.randomUUID();
            Files.createDirectories(filesDir.resolve("2026-12"));
            Files.write(filesDir.resolve(key), bytes);
            try (var insert = c.prepareStatement("insert into stored_file (storage_key, size, sha256) values (?, ?, ?)")) {
                insert.setString(1, key);
                insert.setLong(2, size);
                insert.setString(3, HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)));
                insert.executeUpdate();
            }
            files.put(key, bytes);
        }
        return files;
    }

    /** The files written here, and every file the backup names (the demo's issued papers too), byte for byte. */
    private static void assertSameFiles(Map<String, byte[]> files, Path backup, Path originalDir, Path restoredDir)
            throws IOException {
        for (var file : files.entrySet()) {
            assertThat(Files.readAllBytes(restoredDir.resolve(file.getKey()))).as(file.getKey()).isEqualTo(file.getValue());
        }
        List<String> keys = manifestLines(backup, "file\t").stream().map(line -> line.split("\t")[1]).toList();
        assertThat(keys).containsAll(files.keySet());
        for (String key : keys) {
            assertThat(Files.readAllBytes(restoredDir.resolve(key))).as(key).isEqualTo(Files.readAllBytes(originalDir.resolve(key)));
        }
    }

    /** Every table of the public schema: its row count and an MD5 over its rows' text, in a fixed order. */
    private static Map<String, String> tableSums(Connection c) throws Exception {
        var tables = new ArrayList<String>();
        try (var s = c.createStatement(); var rs = s.executeQuery("select c.relname from pg_class c join pg_namespace n"
                + " on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'r' order by 1")) {
            while (rs.next()) {
                tables.add(rs.getString(1));
            }
        }
        var sums = new TreeMap<String, String>();
        for (String table : tables) {
            try (var s = c.createStatement(); var rs = s.executeQuery("select count(*), coalesce(md5(string_agg(md5(t::text), ''"
                    + " order by md5(t::text))), '') from \"" + table + "\" t")) {
                rs.next();
                sums.put(table, rs.getLong(1) + " " + rs.getString(2));
            }
        }
        assertThat(sums).hasSizeGreaterThan(50);
        return sums;
    }

    /** The owner's connection to the embedded server a running instance started on {@code dataDir}. */
    private static Connection embedded(Path dataDir) throws Exception {
        String port = Files.readAllLines(dataDir.resolve("postgres/postmaster.pid")).get(3).trim();
        String password = Files.readString(dataDir.resolve("postgres.password")).strip();
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + port + "/udbhabon", "postgres", password);
    }

    private static String[] arguments(Map<String, String> properties, String... more) {
        var args = new ArrayList<String>();
        properties.forEach((k, v) -> args.add("--" + k + "=" + v));
        args.addAll(List.of(more));
        return args.toArray(String[]::new);
    }

    record Run(int status, String output) {
    }

    /** The packaged jar run as an operator runs the backup and restore commands. */
    private static Run command(String... args) throws Exception {
        var command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--enable-native-access=ALL-UNNAMED", "-jar", PackagedApplication.JAR.toAbsolutePath().toString()));
        command.addAll(List.of(args));
        Files.createDirectories(WORK);
        Process process = new ProcessBuilder(command).directory(WORK.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(5, TimeUnit.MINUTES)).as(output).isTrue();
        output.lines().filter(l -> l.startsWith("Backup written") || l.startsWith("Restored") || l.startsWith("Udbhabon:"))
                .forEach(l -> System.out.println("BackupRestoreIT: " + l)); // the figures, in the failsafe report
        return new Run(process.exitValue(), output);
    }

    /** Debian's PostgreSQL ({@link DebianPostgres}) with the databases this test makes on it. */
    record DebianCluster(DebianPostgres server) {

        static DebianCluster start() {
            return new DebianCluster(DebianPostgres.start());
        }

        void createDatabase(String name) throws Exception {
            try (var c = connect("postgres"); var s = c.createStatement()) {
                s.execute("create database " + name + " encoding 'UTF8' template template0");
            }
        }

        Connection connect(String database) throws Exception {
            return DriverManager.getConnection(url(database), "postgres", "");
        }

        String url(String database) {
            return "jdbc:postgresql://127.0.0.1:" + server.port() + "/" + database;
        }

        /** The application's settings for this database, with its own data directory (audit key, checkpoints, files). */
        Map<String, String> on(String database, Path dataDir) {
            var properties = new LinkedHashMap<String, String>();
            properties.put("spring.datasource.url", url(database));
            properties.put("spring.datasource.username", "postgres");
            properties.put("spring.datasource.password", "");
            properties.put("udbhabon.data-dir", dataDir.toAbsolutePath().toString());
            return properties;
        }

        void stop() {
            server.close();
        }
    }
}
