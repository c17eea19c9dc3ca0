package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.Http;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.internal.ComplianceUpdater;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Offices' e-mail and fax in the registry (issue 18, points 6 and 7): the Cabinet Division's address
 * comes from configuration at start, administrators edit an office's contacts (others are refused),
 * the fax prints under the issuer's signature, minutes recorded as sent to the Cabinet Division
 * arrive there, and without an address the issue page says so. Its own application (GreenMail, the
 * configured address), Kushtia and its upazila Kumarkhali.
 */
@IntegrationTest
class OfficeContactsTests {

    private static final int SMTP_PORT = freePort();
    private static final String CABINET = "innovation@cabinet.gov.bd";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LocalDate HELD_ON = LocalDate.of(2025, 12, 10);

    @RegisterExtension
    static final GreenMailExtension mail = new GreenMailExtension(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP))
            .withPerMethodLifecycle(false);

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
        registry.add("udbhabon.cabinet-division.email", () -> "Innovation@Cabinet.gov.bd");
    }

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    OfficeDirectory offices;
    @Autowired
    ComplianceUpdater compliance;
    @Autowired
    MemoNumbering numbering;

    @Test
    void administratorsEditContactsTheFaxIsPrintedAndMinutesReachTheCabinetDivision() throws Exception {
        long cabinet = accounts.cabinetDivision();
        assertThat(json(new Http(port).get("/api/v1/offices/" + cabinet).body()).get("email").asString())
                .as("set from configuration at start").isEqualTo(CABINET);

        long kushtia = accounts.office(OfficeLevel.DISTRICT, "Kushtia");
        long kumarkhali = accounts.upazila(kushtia, "Kumarkhali");
        var team = new TeamFixtures(jdbc, offices, compliance).upazilaTeam(kumarkhali, true);
        accounts.create("kumarkhali-admin", Role.OFFICE_ADMIN, kumarkhali);
        accounts.create("kumarkhali-ms", Role.MEMBER_SECRETARY, kumarkhali);
        accounts.create("kumarkhali-uno", Role.TEAM_HEAD, kumarkhali);
        accounts.create("national-admin", Role.SYSTEM_ADMIN, cabinet);

        // The member-secretary may not change the office's contacts, by the page or the API.
        Browsing ms = signedIn("kumarkhali-ms");
        assertThat(ms.get("/offices/" + kumarkhali + "/edit").status()).isEqualTo(403);
        assertThat(ms.json("PUT", "/api/v1/offices/" + kumarkhali, body(kumarkhali, "x@y.gov.bd", "071-62501")).status()).isEqualTo(403);

        // The office's administrator: a wrong fax comes back as typed with its message; then e-mail and fax saved.
        Browsing admin = signedIn("kumarkhali-admin");
        HtmlForm form = HtmlForm.on(admin.get("/offices/" + kumarkhali + "/edit").body(), "#office-form");
        form.set("email", "uno.kumarkhali@mopa.gov.bd").set("fax", "ফ্যাক্স নেই");
        var wrong = form.submit(admin, port);
        assertThat(wrong.status()).isEqualTo(200);
        assertThat(wrong.body()).contains("ফ্যাক্স নম্বরে শুধু অঙ্ক", "value=\"ফ্যাক্স নেই\"", "value=\"uno.kumarkhali@mopa.gov.bd\"");
        assertThat(offices.require(kumarkhali).fax()).isNull();
        form.set("fax", "০৭১-৬২৫০১");
        assertThat(form.submit(admin, port).status()).isEqualTo(302);
        assertThat(admin.get("/offices/" + kumarkhali).body()).contains("uno.kumarkhali@mopa.gov.bd", "০৭১-৬২৫০১");
        var api = admin.json("PUT", "/api/v1/offices/" + kumarkhali, body(kumarkhali, "UNO.Kumarkhali@mopa.gov.bd", "071-62501"));
        assertThat(api.status()).as(api.body()).isEqualTo(200);
        assertThat(json(api.body()).get("fax").asString()).isEqualTo("071-62501");
        assertThat(jdbc.sql("select count(*) from audit_entry where action = 'office.updated' and record_id = ?")
                .param(String.valueOf(kumarkhali)).query(Long.class).single()).isEqualTo(2);

        // Minutes held, approved and, on the issue page, said to go to the configured address.
        long meeting = new MinutesDesk(port, ms).hold(kumarkhali, HELD_ON, "11:00", "উপজেলা পরিষদ সভাকক্ষ",
                List.of("সেবা সহজিকরণ"), team.postIds());
        String minutesApi = "/api/v1/offices/" + kumarkhali + "/meetings/" + meeting + "/minutes";
        long minutesId = draftAndApprove(ms, minutesApi, kumarkhali);
        String issuePage = "/offices/" + kumarkhali + "/meetings/" + meeting + "/minutes/" + minutesId + "/issue";
        String issueHtml = ms.get(issuePage).body();
        assertThat(issueHtml).contains("data-testid=\"cabinet-address\"", CABINET).doesNotContain("cabinet-no-address");
        // Issue 19, point 13: "sent to the Cabinet Division" is a fact the officer ticks, not a default.
        assertThat(org.jsoup.Jsoup.parse(issueHtml).selectFirst("[data-testid=send-to-cabinet]").hasAttr("checked")).isFalse();

        long file = accounts.as("kumarkhali-ms", () -> numbering.open(kumarkhali, "05.50.7935.025.13.001.25", "ইনোভেশন টিমের সভা", 1)).id();
        var issued = ms.json("POST", minutesApi + "/" + minutesId + "/issue", """
                {"memoFileId":%d,"issuedOn":"2025-12-15","signatoryName":"মোঃ আবদুল করিম",
                 "signatoryDesignation":"উপজেলা নির্বাহী অফিসার, কুমারখালী","signatoryPhone":"০৭১-৬২৫০০",
                 "distribution":["উপজেলা ইনোভেশন টিমের সকল সদস্য"],"sendToCabinet":true}""".formatted(file));
        assertThat(issued.status()).as(issued.body()).isEqualTo(200);

        // The fax line under the issuer's signature, in the PDF and the DOCX.
        JsonNode paper = json(issued.body());
        String text = MinutesTests.squash(Tools.pdfText(ms.bytes(paper.get("pdf").asString()).body()));
        assertThat(text).contains(MinutesTests.squash("ফোন: ০৭১-৬২৫০০"), MinutesTests.squash("ফ্যাক্স: ০৭১-৬২৫০১"));
        assertThat(Docx.paragraphs(Docx.open(ms.bytes(paper.get("docx").asString()).body())))
                .anyMatch(p -> p.contains("ফ্যাক্স: ০৭১-৬২৫০১"));

        // Mailed to the Cabinet Division's configured address, with the paper.
        List<MimeMessage> toCabinet = new ArrayList<>();
        for (int wait = 0; wait < 100 && toCabinet.isEmpty(); wait++) {
            for (MimeMessage m : mail.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).map(Address::toString).anyMatch(CABINET::equals)) {
                    toCabinet.add(m);
                }
            }
            if (toCabinet.isEmpty()) {
                Thread.sleep(100);
            }
        }
        assertThat(toCabinet).hasSize(1);
        assertThat(toCabinet.getFirst().getSubject()).contains("কার্যবিবরণী");

        // A national administrator clears the Cabinet Division's address: the next issue page says it is unknown.
        Browsing national = signedIn("national-admin");
        HtmlForm cabinetForm = HtmlForm.on(national.get("/offices/" + cabinet + "/edit").body(), "#office-form");
        assertThat(cabinetForm.set("email", "").submit(national, port).status()).isEqualTo(302);
        assertThat(offices.require(cabinet).email()).isNull();
        var correction = ms.json("POST", minutesApi + "/" + minutesId + "/corrections", "{\"note\":\"সময়সীমা যোগ করা হলো।\"}");
        assertThat(correction.status()).as(correction.body()).isEqualTo(200);
        long second = json(correction.body()).get("id").asLong();
        var approved = signedIn("kumarkhali-uno").json("POST", minutesApi + "/" + second + "/approve", "{\"approvedOn\":\"2025-12-20\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        String unknown = ms.get("/offices/" + kumarkhali + "/meetings/" + meeting + "/minutes/" + second + "/issue").body();
        assertThat(unknown).contains("data-testid=\"cabinet-no-address\"", "মন্ত্রিপরিষদ বিভাগের ই-মেইল ঠিকানা নিবন্ধনে নেই")
                .doesNotContain(CABINET);
    }

    private long draftAndApprove(Browsing ms, String api, long officeId) {
        var drafted = ms.json("PUT", api + "/draft", """
                {"style":"DECISION_TABLE","title":"উপজেলা ইনোভেশন টিমের সভার কার্যবিবরণী","chairName":"মোঃ আবদুল করিম",
                 "chairDesignation":"উপজেলা নির্বাহী অফিসার, কুমারখালী",
                 "items":[{"kind":"AGENDA","subject":"সেবা সহজিকরণ","discussion":"সেবা সহজিকরণ নিয়ে আলোচনা হয়।",
                           "decisions":[{"text":"দুটি সেবা সহজিকরণ করতে হবে।","owners":[{"key":"office:%d"}]}]}]}"""
                .formatted(officeId));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        long id = json(drafted.body()).get("id").asLong();
        var approved = signedIn("kumarkhali-uno").json("POST", api + "/" + id + "/approve", "{\"approvedOn\":\"2025-12-12\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return id;
    }

    /** The office's details as the API takes them, with these contacts. */
    private String body(long officeId, String email, String fax) {
        JsonNode o = json(new Http(port).get("/api/v1/offices/" + officeId).body());
        return """
                {"level":"%s","nameBn":"%s","nameEn":"%s","placeBn":"%s","placeEn":"%s","adminParent":"%s","lineParent":"",
                 "website":"","email":"%s","memoCode":"","fax":"%s"}""".formatted(o.get("level").asString(), o.get("nameBn").asString(),
                o.get("nameEn").asString(), o.get("placeBn").asString(), o.get("placeEn").asString(), o.get("adminParentId").asString(),
                email, fax);
    }

    private static JsonNode json(String body) {
        return JSON.readTree(body);
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
