package bd.udbhabon.report;

import static org.assertj.core.api.Assertions.assertThat;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.access.Role;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.bangla.FiscalYear;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.Tools;
import bd.udbhabon.inbox.ExpectedItems;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.reminder.DeadlineSource;
import bd.udbhabon.supervision.OfficeFigures;
import bd.udbhabon.team.HtmlForm;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.TrainingKind;
import bd.udbhabon.training.Trainings;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.junit.jupiter.api.Test;
import org.openpdf.text.pdf.PdfReader;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16, point 1: an office's annual report of 2023-24 drafted from its real records (decisions and their
 * implementation by quarter, trainings), a section's text edited in Bangla (a refused text kept as typed), approved,
 * issued as an official paper with its charts (PDF bars and DOCX chart) under "annual-report:{id}", late (issued after
 * 31 July 2024) marked everywhere it shows, published on the corner; issued twice: a clear message, nothing changes.
 */
@IntegrationTest
@TestPropertySource(properties = "udbhabon.test.own-database=issue16")
class AnnualReportTests {

    private static final FiscalYear YEAR = new FiscalYear(2023);
    private static final AtomicInteger NEXT = new AtomicInteger();

    @LocalServerPort
    int port;
    @Autowired
    TestAccounts accounts;
    @Autowired
    DecisionRegister register;
    @Autowired
    Trainings trainings;
    @Autowired
    MemoNumbering numbering;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    List<OfficeFigures> figures;
    @Autowired
    List<DeadlineSource> deadlines;
    @Autowired
    List<ExpectedItems> expected;

    @Test
    void draftedFromTheRecordsEditedApprovedIssuedWithChartsLateAndOnTheCorner() throws Exception {
        int n = NEXT.incrementAndGet();
        long ministry = jdbc.sql("""
                        insert into office (level, name_bn, name_en, website) values ('MINISTRY', ?, ?, 'www.report-test.gov.bd') returning id""")
                .params("প্রতিবেদন পরীক্ষা মন্ত্রণালয় " + n, "Report Test Ministry " + n).query(Long.class).single();
        String admin = "report-admin-" + n;
        String reader = "report-reader-" + n;
        accounts.create(admin, Role.OFFICE_ADMIN, ministry);
        accounts.create(reader, Role.TEAM_MEMBER, ministry);
        // four decisions taken in the first quarter, due by 1 September: two implemented then, one in the third quarter
        LocalDate taken = LocalDate.of(2023, 8, 1);
        List<Long> ids = new ArrayList<>();
        for (int i = 1; i <= 4; i++) {
            int item = i;
            ids.add(accounts.as(admin, () -> register.record(ministry, new NewDecision(null, null, "মাসিক সমন্বয় সভা, ১ আগস্ট ২০২৩", taken,
                    "বিষয় " + item, "সিদ্ধান্ত " + item, LocalDate.of(2023, 9, 1), List.of(Owner.office(ministry, "মন্ত্রণালয়"))))));
        }
        accounts.as(admin, () -> {
            register.changeStatus(ids.get(0), ministry, DecisionStatus.IMPLEMENTED, LocalDate.of(2023, 9, 15), null);
            register.changeStatus(ids.get(1), ministry, DecisionStatus.IMPLEMENTED, LocalDate.of(2023, 9, 20), null);
            register.changeStatus(ids.get(2), ministry, DecisionStatus.IMPLEMENTED, LocalDate.of(2024, 1, 10), null);
            trainings.create(ministry, new NewTraining(TrainingKind.WORKSHOP, LocalDate.of(2024, 3, 5), 1, "ই-নথি কর্মশালা", null, null,
                    null, null, null, List.of(), List.of(new NewTraining.Guest("অতিথি এক", null), new NewTraining.Guest("অতিথি দুই", null))), List.of());
            return null;
        });

        Browsing user = signedIn(admin);
        String base = "/offices/" + ministry + "/reports/2023-24";
        assertThat(user.get("/offices/" + ministry + "/reports").status()).isEqualTo(200);
        var drafted = user.post(base + "/draft", Map.of());
        assertThat(drafted.status()).as(drafted.body()).isEqualTo(302);
        assertThat(user.post(base + "/draft", Map.of()).status()).as("drafted once").isEqualTo(400);

        // the draft's figures, from the register: 3 of 4 implemented, 50 % at the first and second quarters' ends, then 75 %
        String page = user.get(base).body();
        assertThat(page).contains("data-testid=\"section-decisions\"", "data-testid=\"section-trainings\"", "৩ / ৪ (৭৫%)",
                "<svg class=\"bar-chart\"", ">৫০%<", ">৭৫%<", "অর্থবছরে ৪টি সিদ্ধান্ত গৃহীত হয়; তন্মধ্যে ৩টি বাস্তবায়িত",
                "১টি কর্মশালা", "মোট অংশগ্রহণকারী ২ জন", "data-testid=\"report-late\"", "data-testid=\"report-countdown\"");
        assertThat(page).doesNotContain("data-testid=\"section-plan\"");

        // a text the papers cannot print is refused in Bangla, the form keeping what was typed; nothing written
        var refused = user.post(base + "/sections/decisions", Map.of("textBn", "সব সিদ্ধান্ত বাস্তবায়িত 😀"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.body()).contains("সব সিদ্ধান্ত বাস্তবায়িত 😀", "data-testid=\"textBn-error\"");
        assertThat(user.post(base + "/sections/decisions", Map.of("textBn", "  ")).body()).contains("এই অংশের লেখা খালি রাখা যাবে না।");
        String edited = "অর্থবছরে গৃহীত সিদ্ধান্তের তিন-চতুর্থাংশ বাস্তবায়িত হয়েছে।\nবাকিটি চলতি অর্থবছরে বাস্তবায়িত হবে।";
        assertThat(user.post(base + "/sections/decisions", Map.of("textBn", edited)).status()).isEqualTo(302);
        // drafted again: the figures follow the records, the edited text stays
        assertThat(user.post(base + "/redraft", Map.of()).status()).isEqualTo(302);
        assertThat(user.get(base).body()).contains("বাকিটি চলতি অর্থবছরে বাস্তবায়িত হবে।", "৩ / ৪ (৭৫%)");

        // a team member reads it and may not approve it; the head approves, and an approved report is not edited
        Browsing member = signedIn(reader);
        assertThat(member.get(base).status()).isEqualTo(200);
        assertThat(member.get(base).body()).doesNotContain("data-testid=\"approve-report\"");
        assertThat(member.post(base + "/approve", Map.of()).status()).isEqualTo(403);
        assertThat(user.post(base + "/approve", Map.of()).status()).isEqualTo(302);
        var noEdit = user.post(base + "/sections/decisions", Map.of("textBn", "অন্য লেখা"));
        assertThat(noEdit.status()).isEqualTo(400);
        assertThat(noEdit.body()).contains("প্রতিবেদনটি অনুমোদিত; সম্পাদনা করতে আগে অনুমোদন প্রত্যাহার করুন।");

        // issued through the form: confirmation, preview with the chart, then the paper, sent upward as "annual-report:{id}"
        long file = accounts.as(admin, () -> numbering.open(ministry, "32.00.0000.099.16.001.24", "বার্ষিক প্রতিবেদন", 7)).id();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("memoFile", String.valueOf(file));
        fields.put("issuedOn", Dhaka.today().toString());
        fields.put("signatoryName", "মোঃ মাসুদুর রহমান");
        fields.put("signatoryDesignation", "উপসচিব");
        fields.put("signatoryPhone", "");
        fields.put("signatoryEmail", "");
        fields.put("copies", "সচিবের একান্ত সচিব, মহিলা ও শিশু বিষয়ক মন্ত্রণালয়");
        assertThat(user.get(base + "/issue").status()).isEqualTo(200);
        var confirm = user.post(base + "/issue", fields);
        assertThat(confirm.body()).contains("id=\"confirm-issue-form\"", "৩২.০০.০০০০.০৯৯.১৬.০০১.২৪.৭");
        HtmlForm confirmation = HtmlForm.on(confirm.body(), "#confirm-issue-form");
        var issued = confirmation.submit(user, port);
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        long reportId = jdbc.sql("select id from annual_report where office_id = ?").param(ministry).query(Long.class).single();
        // the paper, whose issue publishes paper.PaperIssued for the inbox (point 4), names the report
        assertThat(jdbc.sql("select count(*) from issued_paper where office_id = ? and subject = ?").params(ministry, "annual-report:" + reportId)
                .query(Long.class).single()).isEqualTo(1);

        var pdf = user.bytes(base + "/report.pdf");
        assertThat(pdf.status()).isEqualTo(200);
        String text = Tools.pdfText(pdf.body());
        assertThat(text).contains("বার্ষিক প্রতিবেদন ২০২৩-২৪", "৩২.০০.০০০০.০৯৯.১৬.০০১.২৪.৭", "বাকিটি চলতি অর্থবছরে বাস্তবায়িত হবে।",
                "প্রথম ত্রৈমাসিক শেষে বাস্তবায়নের হার", "সচিব, মন্ত্রিপরিষদ বিভাগ");
        PdfReader reader0 = new PdfReader(pdf.body());
        StringBuilder content = new StringBuilder();
        for (int p = 1; p <= reader0.getNumberOfPages(); p++) {
            content.append(new String(reader0.getPageContent(p), StandardCharsets.ISO_8859_1));
        }
        assertThat(content.toString()).as("the charts' bars are drawn").contains(" re\n");
        XWPFDocument docx = Docx.valid(user.bytes(base + "/report.docx").body());
        assertThat(docx.getCharts()).as("decisions by quarter, trainings by kind").hasSizeGreaterThanOrEqualTo(2);

        // late everywhere: the report page, the list, the corner; the expected list no longer names it
        assertThat(user.get(base).body()).contains("data-testid=\"report-late\"", "শেষ তারিখ ৩১ জুলাই ২০২৪-এর পরে (বিলম্বিত)");
        assertThat(user.get("/offices/" + ministry + "/reports").body()).contains("data-testid=\"report-late\"");
        Browsing anyone = new Browsing(port);
        String corner = anyone.get("/corner/" + ministry).body();
        assertThat(corner).contains("data-testid=\"corner-reports\"", "data-testid=\"corner-report-late\"");
        assertThat(anyone.bytes("/corner/" + ministry + "/reports/2023-24/report.pdf").status()).isEqualTo(200);
        assertThat(anyone.get(base).status()).as("the office's own page needs signing in").isNotEqualTo(200);

        // issued twice: a clear message, nothing changes
        var again = user.post(base + "/issue", fields);
        assertThat(again.status()).isEqualTo(400);
        assertThat(again.body()).contains("প্রতিবেদনটি ইতোমধ্যে জারি করা হয়েছে");
        assertThat(jdbc.sql("select count(*) from issued_paper where subject = ?").param("annual-report:" + reportId)
                .query(Long.class).single()).isEqualTo(1);

        // the supervision figures of 2024-25 (the year it was due in): issued late
        OfficeFigures reports = figures.stream().filter(f -> f.recordTypes().contains("annual-report")).findFirst().orElseThrow();
        assertThat(reports.figures(YEAR.next(), List.of(ministry), Dhaka.today()))
                .extracting(f -> f.measure() + "=" + f.value() + "/" + f.outOf())
                .containsExactlyInAnyOrder("report.onTime=0/1", "report.late=1/1", "report.missing=0/1");

        // the year due today (2025-26, due 31 July 2026) started and not issued: overdue on the start page, a deadline for the
        // reminders, missing for the inbox; the 2023-24 report, issued, is none of them
        FiscalYear due = bd.udbhabon.report.internal.AnnualReportService.due(Dhaka.today());
        assertThat(user.post("/offices/" + ministry + "/reports/" + due.shortLabelLatin() + "/draft", Map.of()).status()).isEqualTo(302);
        assertThat(user.get("/tasks").body()).contains("data-testid=\"task-report-overdue\"");
        String key = "annual-report:" + ministry + ":" + due.shortLabelLatin();
        // (more than 30 days past its due day, it is no longer reminded of, as the other sources look back)
        var reminded = deadlines.stream().flatMap(d -> d.open(Dhaka.today()).stream()).map(DeadlineSource.Deadline::key).toList();
        assertThat(reminded).doesNotContain("annual-report:" + ministry + ":2023-24");
        if (!Dhaka.today().isAfter(bd.udbhabon.report.internal.AnnualReport.dueOn(due).plusDays(30))) {
            assertThat(reminded).contains(key);
        } else {
            assertThat(reminded).doesNotContain(key);
        }
        assertThat(expected.stream().flatMap(e -> e.missing(ministry, Dhaka.today()).stream()).filter(e -> e.kind().equals("annual-report")))
                .extracting(e -> e.officeId() + " " + e.kind() + " " + e.dueOn())
                .containsExactly(ministry + " annual-report " + bd.udbhabon.report.internal.AnnualReport.dueOn(due));
    }

    private Browsing signedIn(String username) {
        Browsing user = new Browsing(port);
        user.signIn(username, TestAccounts.PASSWORD);
        return user;
    }
}
