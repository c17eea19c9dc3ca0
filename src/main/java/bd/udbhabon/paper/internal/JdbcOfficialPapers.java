package bd.udbhabon.paper.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.document.Document;
import bd.udbhabon.document.DocxRenderer;
import bd.udbhabon.document.PdfRenderer;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.paper.OfficialPapers;
import bd.udbhabon.paper.PaperIssued;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.storage.FileStore;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Optional;
import java.util.function.Function;

/**
 * Issued papers in the {@code issued_paper} table (V22); their PDF and DOCX in storage's {@link FileStore} (issue 17,
 * V65), or still in the row for papers issued before it until the mover takes them out ({@link PaperFileColumns}).
 */
@Service
class JdbcOfficialPapers implements OfficialPapers {

    private final JdbcClient jdbc;
    private final MemoNumbering numbering;
    private final PdfRenderer pdf;
    private final DocxRenderer docx;
    private final AccessPolicy access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final FileStore files;

    JdbcOfficialPapers(JdbcClient jdbc, MemoNumbering numbering, PdfRenderer pdf, DocxRenderer docx, AccessPolicy access,
                       AuditLog audit, ApplicationEventPublisher events, FileStore files) {
        this.jdbc = jdbc;
        this.numbering = numbering;
        this.pdf = pdf;
        this.docx = docx;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.files = files;
    }

    @Override
    public void check(long officeId, Issue issue, IssueMessages messages, FormErrors errors) {
        if (numbering.file(issue.memoFileId()).filter(f -> f.officeId() == officeId).isEmpty()) {
            errors.add("memoFile", messages.memoFile());
        }
        if (issue.issuedOn() == null) {
            errors.add("issuedOn", messages.issuedOn());
        }
        Signatory s = issue.signatory();
        if (s == null || blank(s.nameBn())) {
            errors.add("signatoryName", messages.signatoryName());
        }
        if (s == null || blank(s.designationBn())) {
            errors.add("signatoryDesignation", messages.signatoryDesignation());
        }
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedPaper issue(long officeId, Issue issue, String subject, Function<MemoNumber, Document> paper) {
        return issue(officeId, issue, subject, null, paper);
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public IssuedPaper issue(long officeId, Issue issue, String subject, String confirmed, Function<MemoNumber, Document> paper) {
        MemoNumbering.MemoFile file = checkedFile(officeId, issue);
        MemoNumber memo = numbering.take(file.id(), subject);
        if (confirmed != null && !memo.formatLatin().equals(confirmed.strip())) {
            throw new NumberTaken(memo); // taken under the file's row lock: the number confirmed is gone; all rolls back
        }
        // rendered here, in the caller's transaction: a paper that cannot be printed gives its number back
        Document document = paper.apply(memo);
        byte[] pdfBytes = pdf.render(document);
        byte[] docxBytes = docx.render(document);
        Signatory s = issue.signatory();
        // the bytes to the store, their ids in the row: one transaction, so a rollback leaves no paper without its files
        long pdfFile = files.store(pdfBytes).id();
        long docxFile = files.store(docxBytes).id();
        long id = jdbc.sql("""
                        insert into issued_paper (office_id, memo_file_id, memo_number, issued_on, subject, signatory_name_bn,
                                                  signatory_designation_bn, signatory_phone, signatory_email, pdf_file_id,
                                                  docx_file_id, issued_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(officeId, file.id(), memo.formatLatin(), issue.issuedOn(), subject, s.nameBn().strip(),
                        s.designationBn().strip(), blankToNull(s.phone()), blankToNull(s.email()), pdfFile, docxFile,
                        access.accountId().orElse(null))
                .query(Long.class).single();
        IssuedPaper issued = new IssuedPaper(id, officeId, memo, issue.issuedOn(), subject, issue.memoFileId());
        audit.record(new AuditEvent(access.actor(), "paper.issued", "paper", String.valueOf(id), officeId, null, issued));
        events.publishEvent(new PaperIssued(issued));
        return issued;
    }

    @Override
    public MemoNumber next(long officeId, Issue issue) {
        return checkedFile(officeId, issue).nextNumber();
    }

    @Override
    public byte[] preview(long officeId, Issue issue, Function<MemoNumber, Document> paper) {
        return pdf.render(paper.apply(next(officeId, issue)));
    }

    /** The issue's memo file, which must be the office's, and its date and signatory present: what {@link #check} asked for. */
    private MemoNumbering.MemoFile checkedFile(long officeId, Issue issue) {
        MemoNumbering.MemoFile file = numbering.file(issue.memoFileId()).filter(f -> f.officeId() == officeId)
                .orElseThrow(() -> new IllegalArgumentException("memo file " + issue.memoFileId() + " is not office " + officeId + "'s"));
        if (issue.issuedOn() == null || issue.signatory() == null || blank(issue.signatory().nameBn())
                || blank(issue.signatory().designationBn())) {
            throw new IllegalArgumentException("an issue needs a date and a signatory: check() it first");
        }
        return file;
    }

    @Override
    public Optional<IssuedPaper> find(long paperId) {
        return jdbc.sql("select id, office_id, memo_number, issued_on, subject, memo_file_id from issued_paper where id = ?").param(paperId)
                .query((rs, i) -> new IssuedPaper(rs.getLong(1), rs.getLong(2), MemoNumber.parse(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getLong(6)))
                .optional();
    }

    @Override
    public Optional<Signatory> lastSignatory(long officeId, String subjectPrefix) {
        return jdbc.sql("""
                        select signatory_name_bn, signatory_designation_bn, signatory_phone, signatory_email from issued_paper
                        where office_id = ? and starts_with(subject, ?) and signatory_name_bn is not null
                        order by issued_on desc, id desc limit 1""")
                .params(officeId, subjectPrefix)
                .query((rs, i) -> new Signatory(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .optional();
    }

    @Override
    public Optional<byte[]> pdf(long paperId) {
        return bytes(paperId, "pdf_file_id", "pdf");
    }

    @Override
    public Optional<byte[]> docx(long paperId) {
        return bytes(paperId, "docx_file_id", "docx");
    }

    private record Kept(Long fileId, byte[] inRow) {
    }

    /** From the store by the row's file id; a paper not moved yet has its bytes in the row. */
    private Optional<byte[]> bytes(long paperId, String fileIdColumn, String bytesColumn) {
        return jdbc.sql("select " + fileIdColumn + ", " + bytesColumn + " from issued_paper where id = ?").param(paperId)
                .query((rs, n) -> new Kept(rs.getObject(1, Long.class), rs.getBytes(2))).optional()
                .map(kept -> kept.fileId() == null ? kept.inRow() : files.read(kept.fileId()));
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String blankToNull(String s) {
        return blank(s) ? null : s.strip();
    }
}
