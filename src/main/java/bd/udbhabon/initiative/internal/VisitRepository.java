package bd.udbhabon.initiative.internal;

import bd.udbhabon.shell.Uploads;
import bd.udbhabon.storage.FileStore;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Field visits' SQL: initiative_visit, its evidence (photos, notes) and the register's decisions that followed it. The
 * files' bytes are in storage's {@link FileStore} (issue 17), or in the row for files uploaded before it.
 */
@Repository
class VisitRepository {

    private final JdbcClient jdbc;
    private final FileStore files;

    VisitRepository(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    long insert(long initiativeId, long visitingOfficeId, LocalDate on, String visitors, String findings, Long by) {
        return jdbc.sql("""
                        insert into initiative_visit (initiative_id, visiting_office_id, visited_on, visitors_bn, findings_bn, created_by)
                        values (?, ?, ?, ?, ?, ?) returning id""")
                .param(initiativeId).param(visitingOfficeId).param(on).param(visitors).param(findings).param(by)
                .query(Long.class).single();
    }

    /** The file's bytes to the store, its name, type and file id here, in the caller's transaction. */
    void insertEvidence(long visitId, Uploads.Accepted file, Long by) {
        long fileId = files.store(file.bytes()).id();
        jdbc.sql("""
                        insert into initiative_visit_evidence (visit_id, file_name, content_type, size, file_id, uploaded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .param(visitId).param(file.fileName()).param(file.contentType()).param(file.bytes().length).param(fileId)
                .param(by).update();
    }

    void insertDecision(long visitId, long decisionId) {
        jdbc.sql("insert into initiative_visit_decision (visit_id, decision_id) values (?, ?)").param(visitId).param(decisionId).update();
    }

    /** The initiative's visits, latest first, each with its files (without their bytes) and its decisions' ids. */
    List<FieldVisits.Visit> ofInitiative(long initiativeId) {
        Map<Long, List<FieldVisits.File>> files = new LinkedHashMap<>();
        jdbc.sql("""
                        select e.visit_id, e.id, e.file_name, e.content_type, e.size from initiative_visit_evidence e
                          join initiative_visit v on v.id = e.visit_id where v.initiative_id = ? order by e.id""")
                .param(initiativeId).query(rs -> {
                    files.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new FieldVisits.File(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5)));
                });
        Map<Long, List<Long>> decisions = new LinkedHashMap<>();
        jdbc.sql("""
                        select d.visit_id, d.decision_id from initiative_visit_decision d
                          join initiative_visit v on v.id = d.visit_id where v.initiative_id = ? order by d.decision_id""")
                .param(initiativeId).query(rs -> {
                    decisions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
                });
        return jdbc.sql("""
                        select id, visiting_office_id, visited_on, visitors_bn, findings_bn, created_at from initiative_visit
                         where initiative_id = ? order by visited_on desc, id desc""")
                .param(initiativeId).query((rs, n) -> new FieldVisits.Visit(rs.getLong(1), initiativeId, rs.getLong(2),
                        rs.getObject(3, LocalDate.class), rs.getString(4), rs.getString(5),
                        files.getOrDefault(rs.getLong(1), List.of()), decisions.getOrDefault(rs.getLong(1), List.of()),
                        rs.getTimestamp(6).toInstant()))
                .list();
    }

    private record Kept(String fileName, String contentType, Long storedFileId, byte[] inRow) {
    }

    /** A file of one of the initiative's visits, with its bytes: from the store, or from the row while it has not been moved. */
    Optional<FieldVisits.Download> evidence(long initiativeId, long visitId, long fileId) {
        return jdbc.sql("""
                        select e.file_name, e.content_type, e.file_id, e.bytes from initiative_visit_evidence e
                          join initiative_visit v on v.id = e.visit_id
                         where e.id = ? and e.visit_id = ? and v.initiative_id = ?""")
                .param(fileId).param(visitId).param(initiativeId)
                .query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getBytes(4))).optional()
                .map(k -> new FieldVisits.Download(k.fileName(), k.contentType(),
                        k.storedFileId() == null ? k.inRow() : files.read(k.storedFileId())));
    }
}
