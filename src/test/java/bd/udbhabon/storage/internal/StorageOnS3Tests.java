package bd.udbhabon.storage.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.S3MockServer;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.document.SeedDocuments;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.paper.OfficialPapers.Issue;
import bd.udbhabon.paper.OfficialPapers.IssuedPaper;
import bd.udbhabon.paper.OfficialPapers.Signatory;
import bd.udbhabon.storage.StoredFileDamaged;
import java.time.LocalDate;
import java.util.Arrays;
import bd.udbhabon.access.PublicAccess;
import bd.udbhabon.storage.DatabaseBytes;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.StoredFile;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.bind.annotation.RestController;

/**
 * The whole application with {@code udbhabon.storage.kind=S3} on an S3-compatible server the test starts (issue 17,
 * point 4): files go to the bucket (made at start-up) and come back checked; a changed object is refused (a paper
 * issued through {@code paper}) and reaches the user as the plain damaged-file message, page and API (a download
 * route of the test reading through {@link FileStore}), while the log names the file; the mover, started by the
 * Cabinet Division's administrator, takes a declared {@code bytea} column into the bucket.
 */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class StorageOnS3Tests {

    static final String BUCKET = "udbhabon-files";
    static final DatabaseBytes LEGACY = new DatabaseBytes("legacy_s3_evidence", "id", "content", "content_file_id");

    @DynamicPropertySource
    static void onS3(DynamicPropertyRegistry registry) {
        registry.add("udbhabon.storage.kind", () -> "S3");
        registry.add("udbhabon.storage.s3.endpoint", () -> S3MockServer.shared().endpoint());
        registry.add("udbhabon.storage.s3.bucket", () -> BUCKET);
        registry.add("udbhabon.storage.s3.access-key", () -> S3MockServer.ACCESS_KEY);
        registry.add("udbhabon.storage.s3.secret-key", () -> S3MockServer.SECRET_KEY);
        registry.add("udbhabon.storage.s3.prefix", () -> "udbhabon/");
    }

    @TestConfiguration(proxyBeanMethods = false)
    static class LegacyColumnAndDownload {

        /** As a module declares its column that held file bytes before issue 17. */
        @Bean
        DatabaseBytes legacyEvidence() {
            return LEGACY;
        }

        @Bean
        StoredFileDownload storedFileDownload(FileStore files) {
            return new StoredFileDownload(files);
        }
    }

    @RestController
    static class StoredFileDownload {

        private final FileStore files;

        StoredFileDownload(FileStore files) {
            this.files = files;
        }

        @PublicAccess
        @GetMapping({"/test/stored-files/{id}", "/api/test/stored-files/{id}"})
        byte[] download(@PathVariable long id) {
            return files.read(id);
        }
    }

    @LocalServerPort
    int port;
    @Autowired
    FileStore files;
    @Autowired
    ObjectStore objects;
    @Autowired
    DatabaseBytesMover mover;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TestAccounts accounts;
    @Autowired
    OfficialPapers papers;
    @Autowired
    TransactionTemplate transactions;
    @Autowired
    @Qualifier("ownerDataSource")
    DataSource ownerDataSource;

    /** The bucket as another client sees it, not through the application. */
    private S3ObjectStore bucket() {
        return new S3ObjectStore(S3FileStoreTests.settings(S3MockServer.shared().endpoint(), BUCKET));
    }

    @Test
    void theApplicationsFilesGoToTheBucketAndComeBackByteForByte() throws Exception {
        assertThat(objects).isInstanceOf(S3ObjectStore.class);
        assertThat(objects.describe()).isEqualTo("S3 bucket udbhabon-files (keys under udbhabon/) at " + S3MockServer.shared().endpoint());
        byte[] evidence = new byte[2 * 1024 * 1024];
        new Random(4).nextBytes(evidence);

        StoredFile file = files.store(evidence);

        try (var bucket = bucket()) {
            assertThat(bucket.get(file.key())).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(evidence));
        }
        assertThat(files.read(file.id())).isEqualTo(evidence);
        var download = new Http(port).sendRaw(java.net.http.HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + port + "/test/stored-files/" + file.id())).build());
        assertThat(download.statusCode()).isEqualTo(200);
    }

    /** A real module's file on S3: an official paper issued through {@code paper}, its PDF in the bucket, refused once changed. */
    @Test
    void anIssuedPapersPdfIsInTheBucketAndRefusedOnceChanged() throws Exception {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long memoFile = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn, next_serial) values (?, ?, 'পরীক্ষা', 89) returning id")
                .params(natore, "99.01.0069.001.01.001.26").query(Long.class).single();
        IssuedPaper paper = transactions.execute(tx -> papers.issue(natore,
                new Issue(memoFile, LocalDate.of(2026, 1, 5), new Signatory("শাকিল আহমেদ", "জেলা প্রশাসক", "02589925001", null)),
                "test-paper:s3", memo -> SeedDocuments.officeOrder()));
        byte[] pdf = papers.pdf(paper.id()).orElseThrow();
        String key = jdbc.sql("select f.storage_key from issued_paper p join stored_file f on f.id = p.pdf_file_id where p.id = ?")
                .param(paper.id()).query(String.class).single();

        try (var bucket = bucket()) {
            assertThat(bucket.get(key)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(pdf));
            bucket.put(key, Arrays.copyOf(pdf, pdf.length - 1));
        }
        assertThatThrownBy(() -> papers.pdf(paper.id())).isInstanceOf(StoredFileDamaged.class).hasMessageContaining(key);
    }

    @Test
    void aChangedObjectIsRefusedTheUserHearsItIsDamagedAndTheLogSaysWhich(CapturedOutput output) throws Exception {
        StoredFile file = files.store("কার্যবিবরণী, যেমন জারি হয়েছিল".getBytes(StandardCharsets.UTF_8));
        try (var bucket = bucket()) {
            bucket.put(file.key(), "কার্যবিবরণী, যেমন বদলানো হয়েছে".getBytes(StandardCharsets.UTF_8));
        }
        var http = new Http(port);

        var page = http.get("/test/stored-files/" + file.id());
        assertThat(page.status()).isEqualTo(500);
        assertThat(page.body()).contains("ফাইলটি নষ্ট হয়ে গেছে বা পাওয়া যাচ্ছে না। প্রশাসকদের জানানো হয়েছে।")
                .doesNotContain(file.key()).doesNotContain("SHA-256").doesNotContain("StoredFileDamaged");
        var english = http.get("/test/stored-files/" + file.id() + "?lang=en");
        assertThat(english.body()).contains("This file is damaged or missing. The administrators have been told.");
        var api = http.get("/api/test/stored-files/" + file.id());
        assertThat(api.status()).isEqualTo(500);
        assertThat(api.json().get("error").asString()).isEqualTo("file_damaged");
        assertThat(api.body()).doesNotContain(file.key());

        assertThat(output.getOut()).contains("ERROR").contains("A stored file could not be given back (file id " + file.id()
                + "): Stored file " + file.id() + " is damaged: object " + file.key() + " does not match its SHA-256");
    }

    @Test
    void theMoverTakesADeclaredColumnsBytesIntoTheBucket() throws Exception {
        var owner = JdbcClient.create(ownerDataSource);
        owner.sql("drop table if exists legacy_s3_evidence").update();
        owner.sql("create table legacy_s3_evidence (id bigint primary key, content bytea, content_file_id bigint references stored_file (id))").update();
        owner.sql("grant select, insert, update, delete on legacy_s3_evidence to " + DatabaseBytesMoverTests.EMBEDDED_APP_ROLE).update();
        Map<Long, byte[]> legacy = new LinkedHashMap<>();
        for (long id = 1; id <= 5; id++) {
            byte[] bytes = ("evidence " + id + " ").repeat((int) id * 1000).getBytes(StandardCharsets.UTF_8);
            legacy.put(id, bytes);
            jdbc.sql("insert into legacy_s3_evidence (id, content) values (?, ?)").params(id, bytes).update();
        }
        // the Cabinet Division's administrator sees what is left and starts the move (in the background)
        accounts.create("storage-admin", Role.SYSTEM_ADMIN, accounts.cabinetDivision());
        var admin = new Browsing(port);
        admin.signIn("storage-admin", TestAccounts.PASSWORD);
        assertThat(admin.get("/api/v1/storage/database-bytes").body())
                .contains("{\"table\":\"legacy_s3_evidence\",\"column\":\"content\",\"remaining\":5}");
        admin.get("/account"); // a page of the signed-in session: its CSRF token
        var started = admin.json("POST", "/api/v1/storage/database-bytes/move", "");
        assertThat(started.status()).isEqualTo(202);
        assertThat(started.body()).contains("\"running\":true");
        long deadline = System.nanoTime() + 60_000_000_000L;
        while (mover.remaining(LEGACY) > 0 || mover.running()) {
            assertThat(System.nanoTime()).as("the move finished within a minute").isLessThan(deadline);
            Thread.sleep(100);
        }
        assertThat(admin.get("/api/v1/storage/database-bytes").body()).contains("\"remaining\":0");
        try (var bucket = bucket()) {
            for (var row : legacy.entrySet()) {
                String key = jdbc.sql("select f.storage_key from legacy_s3_evidence l join stored_file f on f.id = l.content_file_id where l.id = ?")
                        .param(row.getKey()).query(String.class).single();
                assertThat(bucket.get(key)).hasValueSatisfying(bytes -> assertThat(bytes).isEqualTo(row.getValue()));
            }
        }
        owner.sql("drop table legacy_s3_evidence").update();
    }
}
