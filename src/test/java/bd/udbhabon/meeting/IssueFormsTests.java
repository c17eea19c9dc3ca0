package bd.udbhabon.meeting;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.team.PlannedMember;
import bd.udbhabon.team.TeamFixtures;
import bd.udbhabon.team.TeamRole;
import bd.udbhabon.team.internal.ComplianceUpdater;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import tools.jackson.databind.json.JsonMapper;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The minutes' issue form starts where the office left off (issue 19, point 9): the chair, then the
 * office's usual signatory; the previous minutes' distribution and copies, with these minutes'
 * implementing offices and the team's new member added; a copied line with an empty part
 * (", লালমনিরহাট।") mended; and nothing is issued before the number is confirmed. Lalmonirhat
 * district and its upazilas are this class's own.
 */
@IntegrationTest
class IssueFormsTests {

    private static final String FILE = "05.55.5500.025.13.002.26";

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

    @Test
    void theIssueFormStartsFromTheLastMinutesAndIssuesOnlyOnceConfirmed() throws Exception {
        long lalmonirhat = accounts.office(OfficeLevel.DISTRICT, "Lalmonirhat");
        long hatibandha = accounts.upazila(lalmonirhat, "Hatibandha");
        long aditmari = accounts.upazila(lalmonirhat, "Aditmari");
        long rangpur = accounts.office(OfficeLevel.DIVISION, "Rangpur");
        TeamFixtures fixtures = new TeamFixtures(jdbc, offices, compliance);
        long dc = fixtures.held(fixtures.post(lalmonirhat, "জেলা প্রশাসক, লালমনিরহাট", "OFFICER", false, null), lalmonirhat, false);
        long adc = fixtures.held(fixtures.post(lalmonirhat, "অতিরিক্ত জেলা প্রশাসক (সার্বিক), লালমনিরহাট", "OFFICER", false, null), lalmonirhat, false);
        long programmer = fixtures.held(fixtures.post(lalmonirhat, "সহকারী প্রোগ্রামার, লালমনিরহাট", "OFFICER", false, null), lalmonirhat, false);
        List<PlannedMember> members = new ArrayList<>(List.of(new PlannedMember(dc, TeamRole.HEAD),
                new PlannedMember(adc, TeamRole.MEMBER), new PlannedMember(programmer, TeamRole.MEMBER_SECRETARY)));
        fixtures.issue(lalmonirhat, rangpur, TeamFixtures.SINCE, 2, members, false);
        accounts.create("lalmonirhat-ms", Role.MEMBER_SECRETARY, lalmonirhat);
        accounts.create("lalmonirhat-dc", Role.TEAM_HEAD, lalmonirhat);
        Browsing ms = signedIn("lalmonirhat-ms");
        Browsing head = signedIn("lalmonirhat-dc");
        MinutesDesk desk = new MinutesDesk(port, ms);

        // January: the first minutes, one decision for Hatibandha.
        long january = desk.hold(lalmonirhat, LocalDate.of(2026, 1, 12), "11:00", "জেলা প্রশাসকের সম্মেলন কক্ষ",
                List.of("ই-নথি বাস্তবায়ন"), List.of(dc, adc, programmer));
        long januaryMinutes = approvedMinutes(ms, head, lalmonirhat, january, hatibandha, "2026-01-13");
        String januaryIssue = desk.base(lalmonirhat, january) + "/" + januaryMinutes + "/issue";
        Document first = Jsoup.parse(ms.get(januaryIssue).body());
        assertThat(first.select("input[name=signatoryName]").val()).as("no minutes issued before: the chair").isEqualTo("মোঃ আবদুল হাই");
        assertThat(first.select("input[name=signatoryDesignation]").val()).isEqualTo("জেলা প্রশাসক, লালমনিরহাট");
        assertThat(first.select("textarea[name=distribution]").text()).as("the implementing upazila")
                .contains("উপজেলা নির্বাহী অফিসারের কার্যালয়, হাতীবান্ধা");

        // Checked, not issued: the number it will take, and the preview of exactly that paper.
        long file = jdbc.sql("insert into memo_file (office_id, file_number, subject_bn, next_serial) values (?, ?, 'ইনোভেশন টিমের সভা', 31) returning id")
                .params(lalmonirhat, FILE).query(Long.class).single();
        HtmlForm form = HtmlForm.on(ms.get(januaryIssue).body(), "#minutes-issue-form").set("memoFile", String.valueOf(file))
                .set("issuedOn", "2026-01-14").set("signatoryName", "মোঃ হাসান আলী")
                .set("signatoryDesignation", "অতিরিক্ত জেলা প্রশাসক (সার্বিক)")
                .set("distribution", "জেলা প্রশাসক, লালমনিরহাট\nউপজেলা নির্বাহী অফিসার (সকল), লালমনিরহাট")
                .set("copies", "বিভাগীয় কমিশনার, রংপুর।\n, লালমনিরহাট।");
        var checked = form.submit(ms, port);
        assertThat(checked.status()).as(checked.body()).isEqualTo(200);
        Document confirm = Jsoup.parse(checked.body());
        assertThat(confirm.select("[data-testid=confirm-number]").text())
                .isEqualTo("এই নম্বরে জারি হবে: ০৫.৫৫.৫৫০০.০২৫.১৩.০০২.২৬.৩১। জারির পর বদলানো যাবে না।");
        assertThat(status(januaryMinutes)).as("nothing issued before confirming").isEqualTo("APPROVED");
        assertThat(jdbc.sql("select count(*) from issued_memo where file_id = ?").param(file).query(Integer.class).single()).isZero();
        HtmlForm confirmForm = HtmlForm.on(checked.body(), "#confirm-issue-form");
        Browsing.Download preview = ms.postBytes(januaryIssue + "/preview", confirmForm.encoded());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(preview.contentType()).isEqualTo("application/pdf");
        String previewText = Tools.pdfText(preview.body());
        assertThat(previewText).contains("০৫.৫৫.৫৫০০.০২৫.১৩.০০২.২৬.৩১", "মোঃ হাসান আলী", "বিভাগীয় কমিশনার, রংপুর।");
        assertThat(status(januaryMinutes)).as("a preview issues nothing").isEqualTo("APPROVED");

        // Confirmed: issued under that number, the copied line with an empty part printed whole.
        var issued = confirmForm.submit(ms, port);
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        assertThat(status(januaryMinutes)).isEqualTo("ISSUED");
        String pdf = Tools.pdfText(ms.bytes(desk.base(lalmonirhat, january) + "/" + januaryMinutes + ".pdf").body());
        assertThat(pdf).contains("০৫.৫৫.৫৫০০.০২৫.১৩.০০২.২৬.৩১", "১) বিভাগীয় কমিশনার, রংপুর।", "২) লালমনিরহাট।");
        assertThat(Arrays.stream(pdf.split("\\R")).map(String::strip)).as("no line left starting with a bare comma")
                .noneMatch(l -> l.matches("^[০-৯]+\\)\\s*,.*"));
        List<String> docx = Docx.paragraphs(Docx.valid(ms.bytes(desk.base(lalmonirhat, january) + "/" + januaryMinutes + ".docx").body()));
        assertThat(docx).anyMatch(p -> p.endsWith("লালমনিরহাট।") && !p.contains(", লালমনিরহাট।") && !p.strip().startsWith(","))
                .noneMatch(p -> p.strip().startsWith(", লালমনিরহাট"));

        // February: a new member on the team, a decision for Aditmari; the form starts from January's paper.
        long infoOfficer = fixtures.held(fixtures.post(lalmonirhat, "জেলা তথ্য অফিসার, লালমনিরহাট", "OFFICER", true, null), lalmonirhat, false);
        members.add(new PlannedMember(infoOfficer, TeamRole.MEMBER));
        fixtures.issue(lalmonirhat, rangpur, LocalDate.of(2026, 2, 1), 2, members, false);
        long february = desk.hold(lalmonirhat, LocalDate.of(2026, 2, 16), "11:00", "জেলা প্রশাসকের সম্মেলন কক্ষ",
                List.of("সেবা সহজিকরণ"), List.of(dc, adc, programmer, infoOfficer));
        long februaryMinutes = approvedMinutes(ms, head, lalmonirhat, february, aditmari, "2026-02-17");
        Document second = Jsoup.parse(ms.get(desk.base(lalmonirhat, february) + "/" + februaryMinutes + "/issue").body());
        assertThat(second.select("input[name=signatoryName]").val()).as("the office's usual signatory").isEqualTo("মোঃ হাসান আলী");
        assertThat(second.select("input[name=signatoryDesignation]").val()).isEqualTo("অতিরিক্ত জেলা প্রশাসক (সার্বিক)");
        assertThat(lines(second, "distribution")).containsExactly("জেলা প্রশাসক, লালমনিরহাট",
                "উপজেলা নির্বাহী অফিসার (সকল), লালমনিরহাট", "উপজেলা নির্বাহী অফিসারের কার্যালয়, আদিতমারী");
        assertThat(lines(second, "copies")).containsExactly("বিভাগীয় কমিশনার, রংপুর।", "লালমনিরহাট।", "জেলা তথ্য অফিসার, লালমনিরহাট");
    }

    /** A draft with one agenda decision for {@code implementer}, approved by the team head. */
    private long approvedMinutes(Browsing ms, Browsing head, long officeId, long meetingId, long implementer, String approvedOn) {
        String api = "/api/v1/offices/" + officeId + "/meetings/" + meetingId + "/minutes";
        var drafted = ms.json("PUT", api + "/draft", """
                {"style":"DECISION_TABLE","title":"জেলা ইনোভেশন টিমের সভার কার্যবিবরণী","chairName":"মোঃ আবদুল হাই",
                 "chairDesignation":"জেলা প্রশাসক, লালমনিরহাট","itemsIntro":"সভায় নিম্নরূপ সিদ্ধান্ত গৃহীত হয়:",
                 "items":[{"kind":"AGENDA","subject":"সেবা","discussion":"আলোচনা হয়।",
                           "decisions":[{"text":"দুটি সেবা সহজিকরণ করতে হবে।","owners":[{"key":"office:%d"}]}]}]}"""
                .formatted(implementer));
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(200);
        long minutesId = JsonMapper.builder().build().readTree(drafted.body()).get("id").asLong();
        var approved = head.json("POST", api + "/" + minutesId + "/approve", "{\"approvedOn\":\"" + approvedOn + "\"}");
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        return minutesId;
    }

    private static List<String> lines(Document page, String textarea) {
        return Arrays.stream(page.select("textarea[name=" + textarea + "]").first().wholeText().split("\\R"))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private String status(long minutesId) {
        return jdbc.sql("select status from minutes where id = ?").param(minutesId).query(String.class).single();
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        user.get("/account");
        return user;
    }
}
