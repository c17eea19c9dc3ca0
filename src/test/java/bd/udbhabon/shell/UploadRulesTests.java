package bd.udbhabon.shell;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.Progress;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every upload point keeps to one rule: the type is what the bytes are, whatever the browser or the
 * name says; only what that point takes is kept, under the detected type and a clean name, and is
 * served back with them. Chuadanga district reports progress with evidence, plans a meeting with
 * working papers and imports its officers.
 */
@IntegrationTest
class UploadRulesTests {

    private static final Pattern MEETING_ID = Pattern.compile("/meetings/(\\d+)$");
    private static final byte[] HTML = UploadsTest.HTML;
    private static final byte[] SVG = UploadsTest.SVG;
    private static final String RTL_NAME = "হালনাগাদ-প্রতিবেদন\u202Efdp.exe"; // shows as "হালনাগাদ-প্রতিবেদনexe.pdf"

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DecisionRegister register;
    @Autowired
    Decisions decisions;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater compliance;

    long chuadanga;
    long decision;
    Browsing dc;

    @BeforeEach
    void aDecisionToReportOn() {
        chuadanga = accounts.office(OfficeLevel.DISTRICT, "Chuadanga");
        accounts.create("chuadanga-uploads", Role.MEMBER_SECRETARY, chuadanga);
        decision = accounts.as("chuadanga-uploads", () -> register.record(chuadanga, new NewDecision(800_001L, 1,
                "জেলা ইনোভেশন টিমের সভা", LocalDate.of(2025, 1, 5), "সেবা সহজিকরণ", "ই-সেবা কেন্দ্র চালু করতে হবে।",
                LocalDate.of(2025, 3, 31), List.of(Owner.office(chuadanga, "জেলা প্রশাসকের কার্যালয়, চুয়াডাঙ্গা")))));
        dc = new Browsing(port);
        dc.signIn("chuadanga-uploads", TestAccounts.PASSWORD);
        dc.get("/account");
    }

    @Test
    void evidenceWhoseContentIsNotADocumentIsRefusedWhateverItClaimsAndTheFormKeepsWhatWasTyped() {
        var html = report("প্রথম প্রতিবেদন", new Browsing.Upload("evidence", "invoice.pdf", "application/pdf", HTML));
        assertThat(html.status()).isEqualTo(200);
        assertThat(html.body()).contains("invoice.pdf: ফাইলটির ভেতরে আসলে HTML",
                "এখানে কেবল PDF, DOCX, XLSX, JPG বা PNG ফাইল নেওয়া যায়।", "প্রথম প্রতিবেদন");

        var svg = report("দ্বিতীয় প্রতিবেদন", new Browsing.Upload("evidence", "chart.png", "image/png", SVG));
        assertThat(svg.status()).isEqualTo(200);
        assertThat(svg.body()).contains("chart.png: ফাইলটির ভেতরে আসলে SVG", "দ্বিতীয় প্রতিবেদন");
        assertThat(decisions.progress(decision)).as("nothing of a refused report is kept").isEmpty();

        // In English the same rule says the same.
        var english = dc.multipart("/offices/" + chuadanga + "/decisions/" + decision + "/progress?lang=en",
                Map.of("reportedOn", "2025-02-01", "text", "third"), List.of(new Browsing.Upload("evidence", "invoice.pdf", "application/pdf", HTML)));
        assertThat(english.body()).contains("invoice.pdf: this file really holds HTML, whatever its name or declared type says; "
                + "only PDF, DOCX, XLSX, JPG or PNG files are accepted here.");
    }

    @Test
    void aRealPdfAndPngAreKeptUnderTheirDetectedTypeAndACleanNameAndServedSo() throws Exception {
        byte[] pdf = pdf();
        byte[] png = UploadsTest.png();
        var saved = report("ই-সেবা কেন্দ্র চালু হয়েছে।",
                new Browsing.Upload("evidence", RTL_NAME, "application/octet-stream", pdf),
                new Browsing.Upload("evidence", "../../ছবি/কেন্দ্রের ছবি.jpg", "image/jpeg", png));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        List<Progress.Evidence> files = decisions.progress(decision).getFirst().evidence();
        assertThat(files).extracting(Progress.Evidence::fileName).containsExactly("হালনাগাদ-প্রতিবেদনfdp.pdf", "কেন্দ্রের ছবি.png");
        assertThat(files).extracting(Progress.Evidence::contentType).containsExactly("application/pdf", "image/png");
        String page = dc.get("/offices/" + chuadanga + "/decisions/" + decision).body();
        assertThat(page).contains("হালনাগাদ-প্রতিবেদনfdp.pdf", "কেন্দ্রের ছবি.png").doesNotContain("\u202E");

        var servedPdf = dc.bytes("/offices/" + chuadanga + "/decisions/" + decision + "/evidence/" + files.get(0).id());
        assertThat(servedPdf.body()).isEqualTo(pdf);
        assertThat(servedPdf.contentType()).isEqualTo("application/pdf");
        assertThat(savedAs(servedPdf.disposition())).isEqualTo("হালনাগাদ-প্রতিবেদনfdp.pdf");
        assertThat(servedPdf.disposition()).startsWith("attachment");
        var servedPng = dc.bytes("/offices/" + chuadanga + "/decisions/" + decision + "/evidence/" + files.get(1).id());
        assertThat(servedPng.contentType()).isEqualTo("image/png");
        assertThat(savedAs(servedPng.disposition())).isEqualTo("কেন্দ্রের ছবি.png");
    }

    /** Parts up to 1 MB stay in memory while a form is read, larger ones go to a temporary file: both arrive whole. */
    @Test
    void aScanOfSeveralMegabytesBesideASmallOneIsKeptByteForByte() {
        byte[] small = pdf();
        byte[] scan = new byte[3 * 1024 * 1024 + 17];
        new java.util.Random(7).nextBytes(scan);
        System.arraycopy(small, 0, scan, 0, 9); // "%PDF-1.x\n": a PDF by its content
        var saved = report("স্ক্যান করা প্রমাণক", new Browsing.Upload("evidence", "scan.pdf", "application/pdf", scan),
                new Browsing.Upload("evidence", "summary.pdf", "application/pdf", small));
        assertThat(saved.status()).as(saved.body()).isEqualTo(302);

        List<Progress.Evidence> files = decisions.progress(decision).getFirst().evidence();
        assertThat(files).extracting(Progress.Evidence::fileName).containsExactly("scan.pdf", "summary.pdf");
        assertThat(dc.bytes("/offices/" + chuadanga + "/decisions/" + decision + "/evidence/" + files.get(0).id()).body()).isEqualTo(scan);
        assertThat(dc.bytes("/offices/" + chuadanga + "/decisions/" + decision + "/evidence/" + files.get(1).id()).body()).isEqualTo(small);
    }

    @Test
    void aFileStoredBeforeTheRuleIsServedAsBytesToSaveNotAsWhatItClaimed() {
        long progress = jdbc.sql("""
                        insert into decision_progress (decision_id, office_id, reported_on, text_bn) values (?, ?, ?, ?) returning id""")
                .params(decision, chuadanga, LocalDate.of(2025, 1, 10), "পুরনো প্রতিবেদন").query(Long.class).single();
        long evidence = jdbc.sql("""
                        insert into decision_evidence (progress_id, file_name, content_type, size, bytes) values (?, ?, ?, ?, ?) returning id""")
                .params(progress, "invoice\u202Elmth.pdf", "application/pdf", HTML.length, HTML).query(Long.class).single();
        var served = dc.bytes("/offices/" + chuadanga + "/decisions/" + decision + "/evidence/" + evidence);
        assertThat(served.contentType()).isEqualTo("application/octet-stream");
        assertThat(savedAs(served.disposition())).isEqualTo("invoicelmth.bin");
    }

    @Test
    void workingPapersFollowTheSameRule() throws Exception {
        long alamdanga = accounts.upazila(chuadanga, "Alamdanga");
        new TeamFixtures(jdbc, offices, compliance).upazilaTeam(alamdanga, true); // a meeting needs a team (from 2025-12-01)
        accounts.create("alamdanga-uploads", Role.MEMBER_SECRETARY, alamdanga);
        Browsing ms = new Browsing(port);
        ms.signIn("alamdanga-uploads", TestAccounts.PASSWORD);
        String base = "/offices/" + alamdanga + "/meetings";
        ms.get(base + "/new");
        Map<String, String> fields = new LinkedHashMap<>(Map.of("title", "", "chairName", "মোঃ রফিকুল ইসলাম",
                "chairDesignation", "উপজেলা নির্বাহী অফিসার, আলমডাঙ্গা", "date", "2026-03-10", "startTime", "10:30",
                "place", "উপজেলা পরিষদ সভাকক্ষ", "onlineLink", "", "agenda[0].title", "ই-সেবা কেন্দ্রের অগ্রগতি"));
        fields.put("action", "save");

        var refused = ms.multipart(base + "/new", fields, List.of(new Browsing.Upload("files", "কার্যপত্র.pdf", "application/pdf", HTML)));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("কার্যপত্র.pdf: ফাইলটির ভেতরে আসলে HTML", "ই-সেবা কেন্দ্রের অগ্রগতি", "মোঃ রফিকুল ইসলাম");
        assertThat(jdbc.sql("select count(*) from meeting where office_id = ?").param(alamdanga).query(Long.class).single()).isZero();

        byte[] docx = UploadsTest.docx();
        var created = ms.multipart(base + "/new", fields,
                List.of(new Browsing.Upload("files", "কার্যপত্র\u202Excod.pdf", "application/pdf", docx)));
        assertThat(created.status()).as(created.body()).isEqualTo(302);
        Matcher id = MEETING_ID.matcher(created.location());
        assertThat(id.find()).isTrue();
        var paper = jdbc.sql("select id, file_name, content_type from meeting_attachment where meeting_id = ?")
                .param(Long.parseLong(id.group(1))).query((rs, n) -> List.of(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        assertThat(paper.subList(1, 3)).containsExactly("কার্যপত্রxcod.docx",
                "application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        var served = ms.bytes(base + "/" + id.group(1) + "/attachments/" + paper.getFirst());
        assertThat(served.body()).isEqualTo(docx);
        assertThat(served.contentType()).isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(savedAs(served.disposition())).isEqualTo("কার্যপত্রxcod.docx");
        // The API lists it the same way.
        assertThat(ms.get("/api/v1/offices/" + alamdanga + "/meetings/" + id.group(1)).body())
                .contains("\"fileName\":\"কার্যপত্রxcod.docx\"",
                        "\"contentType\":\"application/vnd.openxmlformats-officedocument.wordprocessingml.document\"");
    }

    @Test
    void importsThatAreNotTextAreRefusedOnThePagesAndWith415OnTheApi() throws Exception {
        accounts.create("chuadanga-people", Role.OFFICE_ADMIN, chuadanga);
        Browsing admin = new Browsing(port);
        admin.signIn("chuadanga-people", TestAccounts.PASSWORD);
        admin.get("/offices/" + chuadanga + "/people/import");
        byte[] workbook = UploadsTest.xlsx();
        var page = admin.multipart("/offices/" + chuadanga + "/people/import", Map.of(),
                List.of(new Browsing.Upload("file", "officers.csv", "text/csv", workbook)));
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("officers.csv: ফাইলটির ভেতরে আসলে XLSX", "এখানে কেবল কমা-বিভক্ত (CSV) টেক্সট ফাইল নেওয়া যায়।");

        var api = admin.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/v1/offices/" + chuadanga + "/officers/import"))
                .header("Content-Type", "text/csv").header("X-CSRF-TOKEN", admin.csrf())
                .POST(HttpRequest.BodyPublishers.ofByteArray(workbook)));
        assertThat(api.status()).isEqualTo(415);
        assertThat(api.body()).contains("\"status\":415", "\"error\":\"unsupported_media_type\"",
                "officers.csv: ফাইলটির ভেতরে আসলে XLSX", "কমা-বিভক্ত (CSV) টেক্সট").doesNotContain("Exception");
        assertThat(jdbc.sql("select count(*) from officer where office_id = ?").param(chuadanga).query(Long.class).single()).isZero();

        // The office import: a picture given as offices.csv.
        admin.get("/offices/" + chuadanga + "/import");
        var offices = admin.multipart("/offices/" + chuadanga + "/import", Map.of(),
                List.of(new Browsing.Upload("file", "offices.csv", "text/csv", UploadsTest.png())));
        assertThat(offices.status()).isEqualTo(200);
        assertThat(offices.body()).contains("offices.csv: ফাইলটির ভেতরে আসলে PNG", "কমা-বিভক্ত (CSV) টেক্সট");
    }

    private Browsing.Page report(String text, Browsing.Upload... files) {
        return dc.multipart("/offices/" + chuadanga + "/decisions/" + decision + "/progress",
                Map.of("reportedOn", "2025-02-01", "text", text), List.of(files));
    }

    /** The name a browser saves the download under: the RFC 5987 form, decoded. */
    private static String savedAs(String disposition) {
        Matcher m = Pattern.compile("filename\\*=UTF-8''([^;]+)").matcher(disposition);
        assertThat(m.find()).as(disposition).isTrue();
        return URLDecoder.decode(m.group(1).replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    /** A one-page PDF as OpenPDF writes it. */
    private static byte[] pdf() {
        var out = new java.io.ByteArrayOutputStream();
        var document = new org.openpdf.text.Document();
        org.openpdf.text.pdf.PdfWriter.getInstance(document, out);
        document.open();
        document.add(new org.openpdf.text.Paragraph("Progress report"));
        document.close();
        return out.toByteArray();
    }
}
