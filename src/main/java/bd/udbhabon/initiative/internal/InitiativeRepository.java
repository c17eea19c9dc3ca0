package bd.udbhabon.initiative.internal;

import bd.udbhabon.initiative.Initiative;
import bd.udbhabon.initiative.InitiativeKind;
import bd.udbhabon.initiative.NewInitiative;
import bd.udbhabon.initiative.Stage;
import bd.udbhabon.initiative.StageChange;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.storage.FileStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The initiatives' own SQL: the initiative, its members, its stages and their evidence, comments. The evidence's bytes
 * are in storage's {@link FileStore} (issue 17), or in the row for files uploaded before it.
 */
@Repository
public class InitiativeRepository {

    private final JdbcClient jdbc;
    private final FileStore files;

    InitiativeRepository(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    private static final String SELECT = """
            select i.id, i.office_id, i.kind, i.title_bn, i.title_en, i.service_bn, i.internal_process, i.problem_bn,
                   i.root_cause_bn, i.solution_bn, i.owner_post_id, i.stage, i.stage_since, i.replicated_from_id,
                   array(select m.officer_id from initiative_member m where m.initiative_id = i.id order by m.officer_id) members
              from initiative i""";

    public Optional<Initiative> find(long id) {
        return jdbc.sql(SELECT + " where i.id = ?").param(id).query(InitiativeRepository::initiative).optional();
    }

    /** Locks the initiative so that two stage changes cannot both start from the same stage. */
    Optional<Initiative> lock(long id) {
        return jdbc.sql(SELECT + " where i.id = ? for update of i").param(id).query(InitiativeRepository::initiative).optional();
    }

    public List<Initiative> ofOffice(long officeId) {
        return jdbc.sql(SELECT + " where i.office_id = ? order by i.created_at desc, i.id desc").param(officeId)
                .query(InitiativeRepository::initiative).list();
    }

    public List<Initiative> replications(long id) {
        return jdbc.sql(SELECT + " where i.replicated_from_id = ? order by i.id").param(id)
                .query(InitiativeRepository::initiative).list();
    }

    /** The subtree's initiatives (office_scope), those whose search text contains {@code words} (null: all), newest first. */
    public List<Initiative> inScope(long officeId, String words, int limit) {
        return jdbc.sql(SELECT + "\n" + """
                         where i.office_id in (select s.office_id from office_scope s where s.ancestor_id = ?)
                           and (cast(? as text) is null or i.search_text like '%' || cast(? as text) || '%')
                         order by i.created_at desc, i.id desc limit ?""")
                .param(officeId).param(words).param(words).param(limit).query(InitiativeRepository::initiative).list();
    }

    long insert(long officeId, NewInitiative n, Long accountId) {
        long id = jdbc.sql("""
                        insert into initiative (office_id, kind, title_bn, title_en, service_bn, internal_process, problem_bn,
                                                root_cause_bn, solution_bn, owner_post_id, stage, stage_since, replicated_from_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(officeId).param(n.kind().name()).param(n.titleBn()).param(n.titleEn()).param(n.serviceBn())
                .param(n.internalProcess()).param(n.problemBn()).param(n.rootCauseBn()).param(n.solutionBn())
                .param(n.ownerPostId()).param(n.stage().name()).param(n.since()).param(n.replicatedFromId()).param(accountId)
                .query(Long.class).single();
        members(id, n.memberOfficerIds());
        return id;
    }

    void update(long id, NewInitiative n) {
        jdbc.sql("""
                        update initiative set kind = ?, title_bn = ?, title_en = ?, service_bn = ?, internal_process = ?, problem_bn = ?,
                               root_cause_bn = ?, solution_bn = ?, owner_post_id = ?, updated_at = now() where id = ?""")
                .param(n.kind().name()).param(n.titleBn()).param(n.titleEn()).param(n.serviceBn()).param(n.internalProcess())
                .param(n.problemBn()).param(n.rootCauseBn()).param(n.solutionBn()).param(n.ownerPostId()).param(id).update();
        members(id, n.memberOfficerIds());
    }

    private void members(long id, List<Long> officerIds) {
        jdbc.sql("delete from initiative_member where initiative_id = ?").param(id).update();
        for (Long officer : officerIds) {
            jdbc.sql("insert into initiative_member (initiative_id, officer_id) values (?, ?) on conflict do nothing")
                    .param(id).param(officer).update();
        }
    }

    long insertStage(long id, Stage stage, LocalDate on, String noteBn, String reasonBn, Long decisionId, Long accountId) {
        jdbc.sql("update initiative set stage = ?, stage_since = ?, updated_at = now() where id = ?")
                .param(stage.name()).param(on).param(id).update();
        return jdbc.sql("""
                        insert into initiative_stage (initiative_id, stage, entered_on, note_bn, reason_bn, decision_id, created_by)
                        values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(id).param(stage.name()).param(on).param(noteBn).param(reasonBn).param(decisionId).param(accountId)
                .query(Long.class).single();
    }

    /** The file's bytes to the store, its name, type and file id here, in the caller's transaction. */
    void insertEvidence(long stageId, Uploads.Accepted file, Long accountId) {
        long fileId = files.store(file.bytes()).id();
        jdbc.sql("""
                        insert into initiative_evidence (stage_id, file_name, content_type, size, file_id, uploaded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .param(stageId).param(file.fileName()).param(file.contentType()).param(file.bytes().length).param(fileId)
                .param(accountId).update();
    }

    public List<StageChange> history(long id) {
        return jdbc.sql("""
                        select id, initiative_id, stage, entered_on, note_bn, reason_bn, decision_id, created_by, created_at
                          from initiative_stage where initiative_id = ? order by entered_on, id""")
                .param(id).query((rs, n) -> new StageChange(rs.getLong(1), rs.getLong(2), Stage.valueOf(rs.getString(3)),
                        rs.getObject(4, LocalDate.class), rs.getString(5), rs.getString(6), rs.getObject(7, Long.class),
                        rs.getObject(8, Long.class), rs.getTimestamp(9).toInstant()))
                .list();
    }

    /** The evidence files of each stage: id, stage, name, type, size (the bytes are read one at a time). */
    public record EvidenceFile(long id, long stageId, String fileName, String contentType, int size) {
    }

    public List<EvidenceFile> evidence(long initiativeId) {
        return jdbc.sql("""
                        select e.id, e.stage_id, e.file_name, e.content_type, e.size
                          from initiative_evidence e join initiative_stage s on s.id = e.stage_id
                         where s.initiative_id = ? order by e.id""")
                .param(initiativeId).query((rs, n) -> new EvidenceFile(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getString(4), rs.getInt(5))).list();
    }

    private record Kept(Long fileId, byte[] inRow) {
    }

    /** The file's bytes, if it is evidence of this initiative: from the store, or from the row while it has not been moved. */
    public Optional<byte[]> evidenceBytes(long initiativeId, long evidenceId) {
        return jdbc.sql("""
                        select e.file_id, e.bytes from initiative_evidence e join initiative_stage s on s.id = e.stage_id
                         where e.id = ? and s.initiative_id = ?""")
                .param(evidenceId).param(initiativeId).query((rs, n) -> new Kept(rs.getObject(1, Long.class), rs.getBytes(2)))
                .optional().map(k -> k.fileId() == null ? k.inRow() : files.read(k.fileId()));
    }

    long insertComment(long initiativeId, long officeId, String textBn, Long accountId) {
        return jdbc.sql("insert into initiative_comment (initiative_id, office_id, text_bn, created_by) values (?, ?, ?, ?) returning id")
                .param(initiativeId).param(officeId).param(textBn).param(accountId).query(Long.class).single();
    }

    public record Comment(long id, long officeId, String textBn, Long createdBy, java.time.Instant createdAt) {
    }

    public List<Comment> comments(long initiativeId) {
        return jdbc.sql("select id, office_id, text_bn, created_by, created_at from initiative_comment where initiative_id = ? order by id")
                .param(initiativeId).query((rs, n) -> new Comment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                        rs.getObject(4, Long.class), rs.getTimestamp(5).toInstant())).list();
    }

    private static Initiative initiative(ResultSet rs, int n) throws SQLException {
        Long[] members = (Long[]) rs.getArray("members").getArray();
        return new Initiative(rs.getLong("id"), rs.getLong("office_id"), InitiativeKind.valueOf(rs.getString("kind")),
                rs.getString("title_bn"), rs.getString("title_en"), rs.getString("service_bn"), rs.getBoolean("internal_process"),
                rs.getString("problem_bn"), rs.getString("root_cause_bn"), rs.getString("solution_bn"),
                rs.getObject("owner_post_id", Long.class), Arrays.asList(members), Stage.valueOf(rs.getString("stage")),
                rs.getObject("stage_since", LocalDate.class), rs.getObject("replicated_from_id", Long.class));
    }
}
