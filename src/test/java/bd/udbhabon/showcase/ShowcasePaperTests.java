package bd.udbhabon.showcase;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.Browsing;
import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.bangla.BanglaDigits;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.Tools;
import bd.udbhabon.initiative.InitiativeFixtures;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.shell.UserFacingException;
import bd.udbhabon.showcase.internal.ShowcasePaper;
import bd.udbhabon.showcase.internal.ShowcasePublishing;
import bd.udbhabon.showcase.internal.ShowcaseService;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * A showcase's result published (issue 15, point 5): the paper issued through {@code paper.OfficialPapers} with the
 * office's memo number, its PDF and DOCX naming the best initiative chosen and the number; the showcase PUBLISHED and
 * then closed; the result and the best initiative on the office's public corner.
 */
@IntegrationTest
@TestPropertySource(properties = InitiativeFixtures.OWN_DATABASE)
class ShowcasePaperTests {

    @LocalServerPort
    int port;
    @Autowired
    ShowcaseFixtures fixtures;
    @Autowired
    ShowcaseService showcases;
    @Autowired
    ShowcasePublishing publishing;
    @Autowired
    MemoNumbering numbering;
    @Autowired
    TestAccounts accounts;

    private static String flat(String text) {
        return text.replaceAll("\\s+", " ");
    }

    @Test
    void theResultPaperNamesTheBestInitiativeAndItsMemoNumberAndTheCornerShowsIt() {
        var made = fixtures.scoring("ফল");
        fixtures.score(made, made.districtJudge(), made.ofUpazila1(), "9", "18");
        fixtures.score(made, made.districtJudge(), made.ofUpazila2(), "8", "16");
        fixtures.score(made, made.upazilaJudge(), made.ofDistrict(), "6", "20");
        long entry = jdbcEntry(made);
        showcases.select(made.district(), made.showcase().id(), List.of(entry));

        long file = accounts.as(made.writer(), () -> numbering.open(made.district(), "05.55.2700.000.11.001.24", "উদ্ভাবনী শোকেসিং", 7)).id();
        var input = new ShowcasePublishing.Input(file, new ShowcasePaper.Issue(LocalDate.of(2024, 6, 20), "মোঃ করিম", "জেলা প্রশাসক",
                null, null, List.of("বিভাগীয় কমিশনার, রাজশাহী")));
        OfficialPapers.IssuedPaper paper = accounts.as(made.writer(), () -> publishing.publish(made.district(), made.showcase().id(), input, null));

        String memo = paper.memoNumber().format();
        assertThat(memo).startsWith(BanglaDigits.toBangla("05.55.2700.000.11.001.24"));
        String pdf = flat(Tools.pdfText(publishing.paper(made.district(), made.showcase().id(), true).orElseThrow()));
        assertThat(pdf).contains(ShowcasePaper.TITLE).contains(memo).contains(flat(made.ofUpazila1().titleBn()))
                .contains(ShowcasePaper.SELECTED_HEADING);
        String docx = String.join("\n", Docx.paragraphs(Docx.valid(publishing.paper(made.district(), made.showcase().id(), false).orElseThrow())));
        assertThat(docx).contains(ShowcasePaper.TITLE).contains(memo).contains(made.ofUpazila1().titleBn() + ", ")
                .contains("শ্রেষ্ঠ উদ্যোগ").contains("৯০.০০");

        assertThat(showcases.find(made.showcase().id()).orElseThrow().status()).isEqualTo(ShowcaseStatus.PUBLISHED);
        assertThatThrownBy(() -> showcases.select(made.district(), made.showcase().id(), List.of(entry)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("showcase.error.notScoring"));
        assertThatThrownBy(() -> accounts.as(made.writer(), () -> publishing.publish(made.district(), made.showcase().id(), input, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.messageKey()).isEqualTo("showcase.error.published"));

        var anyone = new Browsing(port);
        String corner = anyone.get("/corner/" + made.district()).body();
        assertThat(corner).contains("data-testid=\"corner-showcases\"").contains(made.showcase().titleBn())
                .contains(made.ofUpazila1().titleBn()).contains(memo);
        var download = anyone.bytes("/corner/" + made.district() + "/showcases/" + made.showcase().id() + "/result.pdf");
        assertThat(download.status()).isEqualTo(200);
        assertThat(download.contentType()).startsWith("application/pdf");
        // the initiative's page of showcases says it was chosen
        var reader = new Browsing(port);
        reader.signIn(made.upazilaJudge(), TestAccounts.PASSWORD);
        String entered = reader.get("/offices/" + made.upazila1() + "/initiatives/" + made.ofUpazila1().id() + "/showcases").body();
        assertThat(entered).contains(made.showcase().titleBn()).contains("data-testid=\"selected-" + made.showcase().id() + "\"");
        // linked from the initiative's own page (InitiativePageLinks, order 500)
        assertThat(reader.get("/offices/" + made.upazila1() + "/initiatives/" + made.ofUpazila1().id()).body())
                .contains("data-testid=\"initiative-showcases-link\"");
    }

    @Test
    void nothingSelectedOrADayBeforeTheShowcaseIsRefusedAndNothingIsIssued() {
        var made = fixtures.scoring("অসম্পূর্ণ");
        long file = accounts.as(made.writer(), () -> numbering.open(made.district(), "05.55.2700.000.11.002.24", "শোকেসিং", 1)).id();
        var early = new ShowcasePublishing.Input(file, new ShowcasePaper.Issue(LocalDate.of(2024, 6, 1), "মোঃ করিম", "জেলা প্রশাসক",
                null, null, List.of()));

        assertThatThrownBy(() -> accounts.as(made.writer(), () -> publishing.publish(made.district(), made.showcase().id(), early, null)))
                .isInstanceOfSatisfying(UserFacingException.class, e -> assertThat(e.fieldErrors().resolve((k, a) -> k))
                        .containsEntry("selected", "showcase.error.noneSelected")
                        .containsEntry("issuedOn", "showcase.issue.error.beforeShowcase"));
        assertThat(showcases.find(made.showcase().id()).orElseThrow().status()).isEqualTo(ShowcaseStatus.SCORING);
        assertThat(numbering.file(file).orElseThrow().nextSerial()).isEqualTo(1);
    }

    @Test
    void thePublishPageAsksToConfirmTheMemoNumberBeforeIssuing() {
        var made = fixtures.scoring("নিশ্চিত");
        fixtures.score(made, made.districtJudge(), made.ofUpazila2(), "7", "14");
        showcases.select(made.district(), made.showcase().id(), List.of(entry(made, made.ofUpazila2().id())));
        long file = accounts.as(made.writer(), () -> numbering.open(made.district(), "05.55.2700.000.11.003.24", "শোকেসিং", 3)).id();
        var writer = new Browsing(port);
        writer.signIn(made.writer(), TestAccounts.PASSWORD);
        String base = "/offices/" + made.district() + "/showcases/" + made.showcase().id();
        writer.get(base + "/publish");

        var asked = writer.post(base + "/publish", java.util.Map.of("memoFile", String.valueOf(file), "issuedOn", "2024-06-20",
                "signatoryName", "মোঃ করিম", "signatoryDesignation", "জেলা প্রশাসক", "copies", ""));
        assertThat(asked.body()).contains("id=\"confirm-issue-form\"")
                .contains(BanglaDigits.toBangla("05.55.2700.000.11.003.24"));
        assertThat(showcases.find(made.showcase().id()).orElseThrow().status()).as("nothing issued before the confirmation")
                .isEqualTo(ShowcaseStatus.SCORING);

        var issued = bd.udbhabon.team.HtmlForm.on(asked.body(), "#confirm-issue-form").submit(writer, port);
        assertThat(issued.status()).as(issued.body()).isEqualTo(302);
        assertThat(showcases.find(made.showcase().id()).orElseThrow().status()).isEqualTo(ShowcaseStatus.PUBLISHED);
        var page = writer.get(base);
        assertThat(page.body()).contains("data-testid=\"result-pdf\"").contains(made.ofUpazila2().titleBn());
        assertThat(writer.bytes(base + "/result.docx").status()).isEqualTo(200);
    }

    @Autowired
    bd.udbhabon.showcase.internal.ShowcaseResults results;

    private long entry(ShowcaseFixtures.Made made, long initiativeId) {
        return results.view(made.district(), made.showcase().id()).entries().stream()
                .filter(e -> e.initiative().id() == initiativeId).findFirst().orElseThrow().entry().id();
    }

    /** The entry of the first upazila's initiative. */
    private long jdbcEntry(ShowcaseFixtures.Made made) {
        return results.view(made.district(), made.showcase().id()).entries().stream()
                .filter(e -> e.initiative().id() == made.ofUpazila1().id()).findFirst().orElseThrow().entry().id();
    }
}
