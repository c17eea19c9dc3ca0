package bd.udbhabon.office.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.MemoNumber;
import bd.udbhabon.office.MemoNumbering;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.UserFacingException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.Optional;

@Service
class JdbcMemoNumbering implements MemoNumbering {

    private final JdbcClient jdbc;
    private final AccessPolicy access;
    private final AuditLog audit;

    JdbcMemoNumbering(JdbcClient jdbc, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    private static final String COLUMNS =
            "select id, office_id, file_number, subject_bn, next_serial, serial_separator, serial_digits from memo_file ";

    private static MemoFile row(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new MemoFile(rs.getLong(1), rs.getLong(2), MemoNumber.parse(rs.getString(3)), rs.getString(4), rs.getLong(5),
                rs.getString(6).charAt(0), rs.getInt(7));
    }

    @Override
    public List<MemoFile> files(long officeId) {
        return jdbc.sql(COLUMNS + "where office_id = ? order by subject_bn, id").param(officeId).query(JdbcMemoNumbering::row).list();
    }

    @Override
    public Optional<MemoFile> file(long fileId) {
        return jdbc.sql(COLUMNS + "where id = ?").param(fileId).query(JdbcMemoNumbering::row).optional();
    }

    @Override
    @Transactional
    public MemoFile open(long officeId, String fileNumber, String subjectBn, long nextSerial) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        FormErrors errors = new FormErrors();
        Optional<MemoNumber> parsed = MemoNumber.tryParse(fileNumber == null ? "" : fileNumber.strip());
        if (parsed.isEmpty()) {
            errors.add("fileNumber", "memo.file.invalid");
        }
        // A memo number of the file teaches how its serials are written; a bare file number keeps the rule.
        char separator = parsed.map(MemoNumber::serialSeparator).orElse('.');
        String example = parsed.map(MemoNumber::serial).orElse(null);
        int digits = example != null && example.length() > 1 && example.startsWith("0") ? Math.min(example.length(), 6) : 1;
        String subject = subjectBn == null ? "" : subjectBn.strip();
        if (subject.isEmpty() || subject.length() > 200) {
            errors.add("subject", "memo.file.subject");
        }
        if (nextSerial < 1) {
            errors.add("nextSerial", "memo.file.serial");
        }
        if (!errors.any() && jdbc.sql("select 1 from memo_file where office_id = ? and file_number = ?")
                .params(officeId, parsed.get().fileNumberLatin()).query(Integer.class).optional().isPresent()) {
            errors.add("fileNumber", "memo.file.exists");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long id = jdbc.sql("""
                        insert into memo_file (office_id, file_number, subject_bn, next_serial, serial_separator, serial_digits)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .params(officeId, parsed.get().fileNumberLatin(), subject, nextSerial, String.valueOf(separator), digits)
                .query(Long.class).single();
        MemoFile file = file(id).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "memo-file.opened", "memo-file", String.valueOf(id), officeId, null,
                Map.of("fileNumber", file.fileNumber().fileNumber(), "subject", subject, "nextSerial", nextSerial,
                        "nextNumber", file.nextNumber().format())));
        return file;
    }

    @Override
    @Transactional(propagation = Propagation.MANDATORY)
    public MemoNumber take(long fileId, String paper) {
        // the row lock taken here is held until the caller commits: concurrent issues queue on it
        MemoFile file = jdbc.sql("""
                        update memo_file set next_serial = next_serial + 1 where id = ?
                        returning id, office_id, file_number, subject_bn, next_serial, serial_separator, serial_digits""")
                .param(fileId).query(JdbcMemoNumbering::row).optional()
                .orElseThrow(() -> UserFacingException.notFound("memo.file.missing"));
        MemoNumber taken = file.numbered(file.nextSerial() - 1);
        jdbc.sql("insert into issued_memo (memo_number, file_id, paper) values (?, ?, ?)")
                .params(taken.formatLatin(), fileId, paper).update();
        return taken;
    }
}
