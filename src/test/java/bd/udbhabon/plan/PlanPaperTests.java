package bd.udbhabon.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.DocxRenderer;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.document.SeedDocuments;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.team.HtmlForm;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STPageOrientation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 14, point 2 and point 8: seed 004's 2023-24 plan of the Ministry of Women and Children Affairs approved in the
 * monthly coordination meeting (the decision in the register), issued through the form as the landscape annex paper
 * (the golden document's text, in the PDF and the DOCX), final, and on the corner for anyone. In a database of its
 * own: the plan needs seed 004's template for 2023-24 ministries published, which PlanTemplateTests imports as a
 * first draft in the shared one.
 */
@IntegrationTest
@TestPropertySource(properties = PlanFixtures.OWN_DATABASE)
class PlanPaperTests {

    private static final FiscalYear YEAR = new FiscalYear(2023);

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    PlanFixtures fixtures;
    @Autowired
    Plans plans;
    @Autowired
    Decisions decisions;
    @Autowired
    MemoNumbering numbering;
    @Autowired
    PdfRenderer pdf;
    @Autowired
    DocxRenderer docx;
    @Autowired
    JdbcClient jdbc;

    @Test
    void seed004sPlanIsApprovedInTheCoordinationMeetingIssuedAsTheAnnexTableAndPublished() {
        long ministry = jdbc.sql("""
                        insert into office (level, name_bn, name_en, website)
                        values ('MINISTRY', 'মহিলা ও শিশু বিষয়ক মন্ত্রণালয়', 'Ministry of Women and Children Affairs', 'www.mowca.gov.bd')
                        returning id""").query(Long.class).single();
        accounts.create("mowca-plan-admin", Role.OFFICE_ADMIN, ministry);
        Browsing user = signedIn("mowca-plan-admin");
        fixtures.plan(ministry, YEAR);
        String base = "/offices/" + ministry + "/plans/2023-24";
        assertThat(user.get(base + "/approve").body()).contains("data-testid=\"plan-approve-link\"", "খসড়া")
                .doesNotContain("data-testid=\"plan-issue-link\"");
        assertThat(user.get(base + "/issue").status()).as("not approved yet").isEqualTo(400);

        // An approval dated ahead of today is refused in Bangla, the form keeping what was typed; nothing is recorded.
        String tomorrow = Dhaka.today().plusDays(1).toString();
        var refused = user.post(base + "/approve", Map.of("meeting", "মাসিক সমন্বয় সভা", "meetingOn", "2023-07-10", "approvedOn", tomorrow));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("এই তারিখ এখনো আসেনি", "value=\"মাসিক সমন্বয় সভা\"", "value=\"" + tomorrow + "\"");
        assertThat(decisions.ofOffice(ministry, Dhaka.today())).isEmpty();
        assertThat(plans.find(ministry, YEAR).orElseThrow().current().status()).isEqualTo(ActionPlan.Status.DRAFT);
        var outside = user.post(base + "/approve", Map.of("meeting", "মাসিক সমন্বয় সভা", "meetingOn", "2023-04-10", "approvedOn", "2023-03-10"));
        assertThat(outside.body()).contains("তারিখটি অর্থবছর ২০২৩-২৪-এর মধ্যে বা তার আগের জুন মাসে হতে হবে।");

        // Approved in the monthly coordination meeting of 10 July 2023: a decision of that meeting in the register.
        var approved = user.post(base + "/approve", Map.of("meeting", "মাসিক সমন্বয় সভা", "meetingOn", "2023-07-10", "approvedOn", "2023-07-10"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(302);
        ActionPlan.Version version = plans.find(ministry, YEAR).orElseThrow().current();
        assertThat(version.status()).isEqualTo(ActionPlan.Status.APPROVED);
        assertThat(version.approvalMeetingBn()).isEqualTo("মাসিক সমন্বয় সভা");
        assertThat(version.approvalMeetingOn()).isEqualTo(LocalDate.of(2023, 7, 10));
        Decision decision = decisions.find(version.decisionId(), LocalDate.of(2023, 7, 10)).orElseThrow();
        assertThat(decision.officeId()).isEqualTo(ministry);
        assertThat(decision.sourceMeetingId()).as("a source label, not a team meeting").isNull();
        assertThat(decision.sourceLabelBn()).isEqualTo("মাসিক সমন্বয় সভা, ১০ জুলাই ২০২৩");
        assertThat(decision.takenOn()).isEqualTo(LocalDate.of(2023, 7, 10));
        assertThat(decision.textBn()).isEqualTo("ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা ২০২৩-২৪ (সংস্করণ ১) অনুমোদিত");
        assertThat(decision.dueOn()).as("implemented over the year").isEqualTo(LocalDate.of(2024, 6, 30));
        assertThat(decision.owners()).extracting(Owner::officeId).containsExactly(ministry);
        assertThat(decisions.ofOffice(ministry, Dhaka.today())).extracting(Decision::id).containsExactly(decision.id());
        assertThat(user.get("/offices/" + ministry + "/decisions").body()).contains("মাসিক সমন্বয় সভা, ১০ জুলাই ২০২৩");
        // recorded again (a corrected meeting name), the same decision is rewritten, not a second one
        assertThat(user.post(base + "/approve", Map.of("meeting", "মাসিক সমন্বয় সভা", "meetingOn", "2023-07-10", "approvedOn", "2023-07-11"))
                .status()).isEqualTo(302);
        assertThat(decisions.ofOffice(ministry, Dhaka.today())).extracting(Decision::id).containsExactly(decision.id());

        // Issued through the form: first the confirmation naming the number (nothing taken), its preview, then the issue.
        long file = accounts.as("mowca-plan-admin", () -> numbering.open(ministry, SeedDocuments.PLAN_MEMO_FILE,
                "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা", SeedDocuments.PLAN_MEMO_SERIAL)).id();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memoFile", String.valueOf(file));
        fields.put("issuedOn", SeedDocuments.PLAN_ISSUED_ON.toString());
        fields.put("signatoryName", "মোঃ মাসুদুর রহমান");
        fields.put("signatoryDesignation", "উপসচিব (প্রশাসন-২)");
        fields.put("signatoryPhone", "(০২) ৫৫১০০১৯৩");
        fields.put("signatoryEmail", "");
        fields.put("copies", String.join("\n", SeedDocuments.PLAN_COPIES));
        assertThat(user.get(base + "/issue").status()).isEqualTo(200);
        var confirm = user.post(base + "/issue", fields);
        assertThat(confirm.status()).as(confirm.body()).isEqualTo(200);
        assertThat(confirm.body()).contains("id=\"confirm-issue-form\"", "৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩.১২");
        assertThat(plans.find(ministry, YEAR).orElseThrow().current().status()).as("nothing issued before the confirmation")
                .isEqualTo(ActionPlan.Status.APPROVED);
        HtmlForm confirmation = HtmlForm.on(confirm.body(), "#confirm-issue-form");
        var preview = user.postBytes(base + "/issue/preview", confirmation.encoded());
        assertThat(preview.status()).isEqualTo(200);
        assertThat(Tools.pdfText(preview.body())).contains("৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩.১২");
        var issued = confirmation.submit(user, port);
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        ActionPlan.Version paper = plans.find(ministry, YEAR).orElseThrow().current();
        assertThat(paper.status()).isEqualTo(ActionPlan.Status.ISSUED);
        assertThat(paper.paperId()).isNotNull();

        // The golden comparison: the issued paper reads exactly as seed 004's plan built by the template, PDF and DOCX.
        byte[] issuedPdf = user.bytes(base + "/versions/1.pdf").body();
        String text = Tools.pdfText(issuedPdf);
        assertThat(text).as("the issued plan reads exactly as the golden document").isEqualTo(Tools.pdfText(pdf.render(SeedDocuments.ministryPlan())));
        assertThat(Tools.pdfInfo(issuedPdf).get("Page size")).as("landscape A4").startsWith("841.89 x 595.28");
        String squashed = squash(text);
        for (String cell : List.of("কৌশলগত উদ্দেশ্য (মান)", "কর্মসম্পাদন সূচক", "চলতি মানের নিম্নে", "প্রমাণক",
                "[১.১.১]", "[১.৪.১] ই-ফাইলে নোট নিষ্পত্তিকৃত", "৮৫%", "৬৫%", "০৬-০৫-২০২৪", "[২.২.৩]", "লার্নিং সেশনের কার্যবিবরণী",
                "সর্বমোট মান: ৫০", "অনুমোদন: মাসিক সমন্বয় সভা, ১০ জুলাই ২০২৩", "নম্বর: ৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩.১২")) {
            assertThat(squashed).as(cell).contains(squash(cell));
        }
        byte[] issuedDocx = user.bytes(base + "/versions/1.docx").body();
        XWPFDocument word = Docx.valid(issuedDocx);
        assertThat(Docx.paragraphs(word)).isEqualTo(Docx.paragraphs(Docx.open(docx.render(SeedDocuments.ministryPlan()))));
        assertThat(word.getDocument().getBody().getSectPr().getPgSz().getOrient()).isEqualTo(STPageOrientation.LANDSCAPE);

        // Once issued it is final: a second issue is refused, and the database refuses any change to its rows.
        var again = user.post(base + "/issue", fields);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("এই সংস্করণ জারি হয়েছে");
        fields.put("confirmed", "32.00.0000.034.16.003.23.13");
        assertThat(user.post(base + "/issue", fields).status()).isEqualTo(400);
        assertThat(user.post(base + "/approve", Map.of("meeting", "মাসিক সমন্বয় সভা", "meetingOn", "2023-07-10", "approvedOn", "2023-07-10"))
                .status()).isEqualTo(400);
        assertThatThrownBy(() -> jdbc.sql("update plan_row set targets = array[90, 85, 80, 75, 70] where plan_version_id = ?")
                .param(paper.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("issued");
        assertThatThrownBy(() -> jdbc.sql("update plan_version set approval_meeting_bn = 'অন্য সভা' where id = ?")
                .param(paper.id()).update()).isInstanceOf(DataAccessException.class).hasMessageContaining("issued");
        assertThat(jdbc.sql("select count(*) from issued_paper where subject = ?").param("plan:" + paper.id()).query(Long.class).single())
                .isEqualTo(1);
        assertThat(jdbc.sql("select string_agg(action, ',' order by id) from audit_entry where record_type = 'plan-version' and record_id = ?")
                .param(String.valueOf(paper.id())).query(String.class).single()).isEqualTo("plan.approved,plan.approved,plan.issued");

        // On the corner for anyone: the version in force, its PDF and DOCX as issued.
        Browsing anonymous = new Browsing(port);
        String corner = anonymous.get("/corner/" + ministry).body();
        assertThat(corner).contains("data-testid=\"corner-plans\"", "ই-গভর্ন্যান্স ও উদ্ভাবন কর্মপরিকল্পনা", "২০২৩-২৪",
                "৩২.০০.০০০০.০৩৪.১৬.০০৩.২৩.১২", "/corner/" + ministry + "/plans/2023-24/versions/1.pdf");
        assertThat(anonymous.bytes("/corner/" + ministry + "/plans/2023-24/versions/1.pdf").body()).isEqualTo(issuedPdf);
        assertThat(anonymous.bytes("/corner/" + ministry + "/plans/2023-24/versions/1.docx").body()).isEqualTo(issuedDocx);
        assertThat(anonymous.bytes("/corner/" + ministry + "/plans/2023-24/versions/2.pdf").status()).isEqualTo(404);
        assertThat(anonymous.bytes(base + "/versions/1.pdf").status()).as("the office's own route needs signing in").isNotEqualTo(200);
    }

    @Test
    void aVersionWithWeightsOrTargetsOutOfOrderIsNeitherApprovedNorIssued() {
        long office = fixtures.office(bd.udbhabon.office.OfficeLevel.MINISTRY, null, null);
        accounts.create("plan-order-admin", Role.OFFICE_ADMIN, office);
        Browsing user = signedIn("plan-order-admin");
        long versionId = fixtures.plan(office, YEAR).current().id();
        String base = "/offices/" + office + "/plans/2023-24";
        Map<String, String> approval = Map.of("meeting", "মাসিক সমন্বয় সভা", "meetingOn", "2023-07-10", "approvedOn", "2023-07-10");
        assertThat(user.get(base + "/approve").status()).isEqualTo(200); // the session's CSRF token

        // the office's targets for e-file disposal turned upside down
        jdbc.sql("update plan_row set targets = array[65, 70, 75, 80, 85] where plan_version_id = ? and section_no = 1 and activity_no = 4")
                .param(versionId).update();
        var refused = user.post(base + "/approve", approval);
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("সূচক [১.৪.১]-এর লক্ষ্যমাত্রা পাঁচ কলামে ক্রমানুসারে নেই");
        assertThat(decisions.ofOffice(office, Dhaka.today())).as("nothing recorded").isEmpty();
        jdbc.sql("update plan_row set targets = array[85, 80, 75, 70, 65] where plan_version_id = ? and section_no = 1 and activity_no = 4")
                .param(versionId).update();

        // approved as it was, then a row of the office's own that leaves objective 1's weights over its 30: no issue
        assertThat(user.post(base + "/approve", approval).status()).isEqualTo(302);
        jdbc.sql("""
                        insert into plan_row (plan_version_id, section_no, activity_no, indicator_no, activity_title_bn, title_bn, unit,
                                              calculation, weight, evidence_bn, targets)
                        values (?, 1, 6, 1, 'নিজস্ব কার্যক্রম', 'নিজস্ব সূচক', 'COUNT', 'SUM', 5, 'প্রতিবেদন', array[4, 3, 2, 1, null])""")
                .param(versionId).update();
        long file = accounts.as("plan-order-admin", () -> numbering.open(office, "32.00.0000.034.16.009.23", "কর্মপরিকল্পনা", 1)).id();
        var issue = user.post(base + "/issue", Map.of("memoFile", String.valueOf(file), "issuedOn", "2023-07-16",
                "signatoryName", "মোঃ আবদুল করিম", "signatoryDesignation", "উপসচিব", "copies", ""));
        assertThat(issue.status()).isEqualTo(200);
        assertThat(issue.body()).contains("কৌশলগত উদ্দেশ্য ১-এর সূচকগুলোর মানের যোগফল ৩৫, কিন্তু উদ্দেশ্যের মান ৩০।")
                .doesNotContain("id=\"confirm-issue-form\"");
        assertThat(plans.find(office, YEAR).orElseThrow().current().status()).isEqualTo(ActionPlan.Status.APPROVED);
        assertThat(jdbc.sql("select count(*) from issued_paper where subject = ?").param("plan:" + versionId).query(Long.class).single()).isZero();
        assertThat(new Browsing(port).get("/corner/" + office).body()).as("an approved plan is not published")
                .doesNotContain("corner-plans");
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }

    private static String squash(String text) {
        return text.replaceAll("\\s+", "");
    }
}
