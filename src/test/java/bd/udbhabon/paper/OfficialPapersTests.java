package bd.udbhabon.paper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import bd.udbhabon.IntegrationTest;
import bd.udbhabon.TestAccounts;
import bd.udbhabon.audit.AuditEntry;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Docx;
import bd.udbhabon.document.OfficeOrder;
import bd.udbhabon.document.SeedDocuments;
import bd.udbhabon.document.Tools;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.paper.OfficialPapers.Issue;
import bd.udbhabon.paper.OfficialPapers.IssueMessages;
import bd.udbhabon.paper.OfficialPapers.IssuedPaper;
import bd.udbhabon.paper.OfficialPapers.Signatory;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.storage.FilesInTheStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One way to issue a paper: the form's checks with the caller's message keys, the number taken and
 * the paper built with it, stored as PDF and DOCX and audited in the caller's transaction; a paper
 * that fails to render takes its number back.
 */
@IntegrationTest
class OfficialPapersTests {

    private static final IssueMessages MESSAGES = new IssueMessages("k.file", "k.date", "k.name", "k.designation");
    private static final Signatory SIGNATORY = new Signatory("শাকিল আহমেদ", "জেলা প্রশাসক", "02589925001", null);

    @Autowired
    OfficialPapers papers;
    @Autowired
    TestAccounts accounts;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    PlatformTransactionManager transactionManager;
    @Autowired
    AuditLog audit;
    @Autowired
    FileStore store;

    private TransactionTemplate transactions() {
        return new TransactionTemplate(transactionManager);
    }

    private long file(long officeId, String number) {
        return jdbc.sql("insert into memo_file (office_id, file_number, subject_bn, next_serial) values (?, ?, 'পরীক্ষা', 89) returning id")
                .params(officeId, number).query(Long.class).single();
    }

    private long nextSerial(long fileId) {
        return jdbc.sql("select next_serial from memo_file where id = ?").param(fileId).query(Long.class).single();
    }

    @Test
    void checksTheFormWithTheCallersMessages() {
        long bogura = accounts.office(OfficeLevel.DISTRICT, "Feni");
        long rangpur = accounts.office(OfficeLevel.DISTRICT, "Lakshmipur");
        long othersFile = file(rangpur, "99.01.0001.001.01.001.26");

        FormErrors errors = new FormErrors();
        papers.check(bogura, new Issue(othersFile, null, new Signatory(" ", null, null, null)), MESSAGES, errors);
        List<String> fields = new ArrayList<>();
        errors.fields().forEach(fields::add);
        assertThat(fields).containsExactly("memoFile", "issuedOn", "signatoryName", "signatoryDesignation");
        assertThat(errors.resolve((key, args) -> key)).containsEntry("memoFile", "k.file").containsEntry("issuedOn", "k.date")
                .containsEntry("signatoryName", "k.name").containsEntry("signatoryDesignation", "k.designation");

        FormErrors fine = new FormErrors();
        papers.check(rangpur, new Issue(othersFile, LocalDate.of(2026, 1, 5), SIGNATORY), MESSAGES, fine);
        assertThat(fine.any()).isFalse();
    }

    @Test
    void issuesNumberedStoredAndAuditedInTheCallersTransaction() {
        long jashore = accounts.office(OfficeLevel.DISTRICT, "Magura");
        long file = file(jashore, "99.01.0002.001.01.001.26");
        LocalDate on = LocalDate.of(2026, 1, 5);
        List<MemoNumber> given = new ArrayList<>();

        IssuedPaper paper = transactions().execute(tx -> papers.issue(jashore, new Issue(file, on, SIGNATORY), "test-paper:1",
                memo -> {
                    given.add(memo);
                    return SeedDocuments.officeOrder();
                }));

        assertThat(paper.memoNumber().formatLatin()).isEqualTo("99.01.0002.001.01.001.26.89");
        assertThat(given).containsExactly(paper.memoNumber());
        assertThat(paper.officeId()).isEqualTo(jashore);
        assertThat(paper.issuedOn()).isEqualTo(on);
        assertThat(paper.subject()).isEqualTo("test-paper:1");
        assertThat(papers.find(paper.id())).contains(paper);
        assertThat(nextSerial(file)).isEqualTo(90);
        assertThat(jdbc.sql("select paper from issued_memo where memo_number = ?").param("99.01.0002.001.01.001.26.89")
                .query(String.class).single()).isEqualTo("test-paper:1");
        assertThat(Tools.pdfText(papers.pdf(paper.id()).orElseThrow())).contains("অফিস আদেশ");
        assertThat(Docx.paragraphs(Docx.valid(papers.docx(paper.id()).orElseThrow()))).isNotEmpty();
        assertThat(audit.forRecord("paper", String.valueOf(paper.id()))).extracting(AuditEntry::action)
                .containsExactly("paper.issued");
        assertThat(papers.pdf(-1)).isEmpty();
    }

    /** Issue 17, point 4: an issued paper's PDF and DOCX are in the file store, not in its row; a paper issued before is still read. */
    @Test
    void anIssuedPapersBytesAreInTheFileStoreAndOneFromBeforeIsStillRead() {
        long natore = accounts.office(OfficeLevel.DISTRICT, "Natore");
        long file = file(natore, "99.01.0006.001.01.001.26");
        IssuedPaper paper = transactions().execute(tx -> papers.issue(natore, new Issue(file, LocalDate.of(2026, 1, 5), SIGNATORY),
                "test-paper:7", memo -> SeedDocuments.officeOrder()));

        byte[] pdf = papers.pdf(paper.id()).orElseThrow();
        byte[] docx = papers.docx(paper.id()).orElseThrow();
        assertThat(Tools.pdfText(pdf)).contains("অফিস আদেশ");
        assertThat(Docx.paragraphs(Docx.valid(docx))).isNotEmpty();
        long pdfFile = FilesInTheStore.inTheStore(jdbc, store, "issued_paper", "pdf", "pdf_file_id", paper.id(), pdf);
        long docxFile = FilesInTheStore.inTheStore(jdbc, store, "issued_paper", "docx", "docx_file_id", paper.id(), docx);
        assertThat(pdfFile).isNotEqualTo(docxFile);

        byte[] oldPdf = "%PDF-1.4 issued before issue 17".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        byte[] oldDocx = "PK docx issued before issue 17".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        FilesInTheStore.asBeforeTheStore(jdbc, "issued_paper", "pdf", "pdf_file_id", paper.id(), oldPdf);
        FilesInTheStore.asBeforeTheStore(jdbc, "issued_paper", "docx", "docx_file_id", paper.id(), oldDocx);
        assertThat(papers.pdf(paper.id()).orElseThrow()).isEqualTo(oldPdf);
        assertThat(papers.docx(paper.id()).orElseThrow()).isEqualTo(oldDocx);
    }

    @Test
    void aPaperThatCannotBeBuiltGivesItsNumberBack() {
        long khulna = accounts.office(OfficeLevel.DISTRICT, "Bagerhat");
        long file = file(khulna, "99.01.0003.001.01.001.26");
        long papersBefore = jdbc.sql("select count(*) from issued_paper").query(Long.class).single();

        assertThatThrownBy(() -> transactions().executeWithoutResult(tx -> papers.issue(khulna,
                new Issue(file, LocalDate.of(2026, 1, 5), SIGNATORY), "test-paper:2", memo -> {
                    throw new IllegalArgumentException("no font covers U+0BA4");
                }))).isInstanceOf(IllegalArgumentException.class);

        assertThat(nextSerial(file)).isEqualTo(89);
        assertThat(jdbc.sql("select count(*) from issued_paper").query(Long.class).single()).isEqualTo(papersBefore);
        assertThat(jdbc.sql("select count(*) from issued_memo where file_id = ?").param(file).query(Long.class).single()).isZero();
    }

    /**
     * Issue 19, point 9: the number a confirmation names and the preview take nothing; an issue under a confirmed
     * number that another paper took meanwhile builds nothing, stores nothing and gives the serial back.
     */
    @Test
    void thePreviewTakesNothingAndOnlyTheConfirmedNumberIsIssued() {
        long chandpur = accounts.office(OfficeLevel.DISTRICT, "Chandpur");
        long file = file(chandpur, "99.01.0005.001.01.001.26");
        Issue issue = new Issue(file, LocalDate.of(2026, 1, 5), SIGNATORY);
        List<MemoNumber> built = new ArrayList<>();
        java.util.function.Function<MemoNumber, bd.udbhabon.document.Document> order = memo -> {
            built.add(memo);
            OfficeOrder seed = SeedDocuments.seed001();
            return new OfficeOrder(seed.letterhead(), memo, seed.date(), seed.preamble(), seed.members(), seed.duties(),
                    seed.closing(), seed.signatory(), seed.copies()).document();
        };
        long papersBefore = jdbc.sql("select count(*) from issued_paper").query(Long.class).single();

        assertThat(papers.next(chandpur, issue).formatLatin()).isEqualTo("99.01.0005.001.01.001.26.89");
        String preview = Tools.pdfText(papers.preview(chandpur, issue, order));
        assertThat(preview).contains("অফিস আদেশ", "নম্বর: ৯৯.০১.০০০৫.০০১.০১.০০১.২৬.৮৯");
        assertThat(nextSerial(file)).as("nothing taken").isEqualTo(89);
        assertThat(jdbc.sql("select count(*) from issued_paper").query(Long.class).single()).isEqualTo(papersBefore);

        // another paper takes 89 between the confirmation and the issue
        transactions().execute(tx -> papers.issue(chandpur, issue, "test-paper:5", memo -> SeedDocuments.officeOrder()));
        built.clear();
        assertThatThrownBy(() -> transactions().executeWithoutResult(tx -> papers.issue(chandpur, issue, "test-paper:6",
                "99.01.0005.001.01.001.26.89", order)))
                .isInstanceOfSatisfying(OfficialPapers.NumberTaken.class,
                        taken -> assertThat(taken.taken().formatLatin()).isEqualTo("99.01.0005.001.01.001.26.90"));
        assertThat(built).as("nothing built").isEmpty();
        assertThat(nextSerial(file)).as("90 given back").isEqualTo(90);
        assertThat(jdbc.sql("select count(*) from issued_paper").query(Long.class).single()).isEqualTo(papersBefore + 1);

        IssuedPaper confirmed = transactions().execute(tx -> papers.issue(chandpur, issue, "test-paper:6",
                " 99.01.0005.001.01.001.26.90 ", order));
        assertThat(confirmed.memoNumber().formatLatin()).isEqualTo("99.01.0005.001.01.001.26.90");
        assertThat(Tools.pdfText(papers.pdf(confirmed.id()).orElseThrow())).as("the paper the preview showed, under its number")
                .isEqualTo(Tools.pdfText(papers.preview(chandpur, new Issue(file, issue.issuedOn(), SIGNATORY),
                        memo -> order.apply(confirmed.memoNumber()))));
    }

    @Test
    void issuingNeedsTheCallersTransaction() {
        long sylhet = accounts.office(OfficeLevel.DISTRICT, "Sunamganj");
        long file = file(sylhet, "99.01.0004.001.01.001.26");
        assertThatThrownBy(() -> papers.issue(sylhet, new Issue(file, LocalDate.of(2026, 1, 5), SIGNATORY), "test-paper:3",
                memo -> SeedDocuments.officeOrder())).isInstanceOf(IllegalTransactionStateException.class);
        assertThat(nextSerial(file)).isEqualTo(89);
    }
}
