package bd.udbhabon.training.internal;

import bd.udbhabon.shell.Uploads;
import bd.udbhabon.storage.FileStore;
import bd.udbhabon.training.NewTraining;
import bd.udbhabon.training.TrainingFacts;
import bd.udbhabon.training.TrainingKind;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The trainings' own SQL (V39, V45): the training, its participants and evidence; and the counts over an
 * office's scope ({@code office_scope}, which {@code office} publishes). Officers are kept as their ids: their
 * names are the people registry's ({@link TrainingService} asks it). The evidence's bytes are in storage's
 * {@link FileStore} (issue 17), or in the row for files uploaded before it.
 */
@Repository
class TrainingRepository {

    /** A training's row: what it says, without its participants' names. */
    record Row(long id, long officeId, TrainingKind kind, LocalDate heldOn, int days, String topicBn, String topicEn,
               String venueBn, String resourcePersonsBn, Long initiativeId, String visitedBn) {
    }

    /** A participant's row: an officer's id, or a guest's name and designation. */
    record ParticipantRow(long trainingId, Long officerId, String guestNameBn, String guestDesignationBn) {
    }

    /** A stored evidence file. */
    record File(long id, long trainingId, String fileName, String contentType, int size, byte[] bytes) {
    }

    /** Open ends of a period stand for these days (the column is a date, never null). */
    private static final LocalDate EARLIEST = LocalDate.of(1900, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(9999, 12, 31);

    private static final String SELECT = """
            select t.id, t.office_id, t.kind, t.held_on, t.days, t.topic_bn, t.topic_en, t.venue_bn, t.resource_persons_bn,
                   t.initiative_id, t.visited_bn
              from training t""";

    private final JdbcClient jdbc;
    private final FileStore files;

    TrainingRepository(JdbcClient jdbc, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
    }

    Optional<Row> find(long id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id).query(TrainingRepository::row).optional();
    }

    /** Locks the row, so that two saves of one training do not interleave their participants. */
    Optional<Row> lock(long id) {
        return jdbc.sql(SELECT + " where t.id = ? for update").param(id).query(TrainingRepository::row).optional();
    }

    List<Row> ofOffice(long officeId) {
        return jdbc.sql(SELECT + " where t.office_id = ? order by t.held_on desc, t.id desc").param(officeId)
                .query(TrainingRepository::row).list();
    }

    List<Row> followingInitiative(long initiativeId) {
        return jdbc.sql(SELECT + " where t.initiative_id = ? order by t.held_on desc, t.id desc").param(initiativeId)
                .query(TrainingRepository::row).list();
    }

    List<ParticipantRow> participants(Collection<Long> trainingIds) {
        if (trainingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select training_id, officer_id, guest_name_bn, guest_designation_bn from training_participant
                         where training_id = any(:ids) order by training_id, officer_id is null, id""")
                .param("ids", trainingIds.toArray(Long[]::new))
                .query((rs, n) -> new ParticipantRow(rs.getLong(1), rs.getObject(2, Long.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    /** The evidence of these trainings without their bytes. */
    List<File> evidence(Collection<Long> trainingIds) {
        if (trainingIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("""
                        select id, training_id, file_name, content_type, size from training_evidence
                         where training_id = any(:ids) order by training_id, id""")
                .param("ids", trainingIds.toArray(Long[]::new))
                .query((rs, n) -> new File(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5), null))
                .list();
    }

    private record Kept(File file, Long fileId) {
    }

    /** A file with its bytes: from the store, or from the row while it has not been moved there. */
    Optional<File> file(long trainingId, long evidenceId) {
        return jdbc.sql("""
                        select id, training_id, file_name, content_type, size, bytes, file_id from training_evidence
                         where id = ? and training_id = ?""")
                .param(evidenceId).param(trainingId)
                .query((rs, n) -> new Kept(new File(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4), rs.getInt(5),
                        rs.getBytes(6)), rs.getObject(7, Long.class)))
                .optional()
                .map(k -> k.fileId() == null ? k.file() : new File(k.file().id(), k.file().trainingId(), k.file().fileName(),
                        k.file().contentType(), k.file().size(), files.read(k.fileId())));
    }

    long insert(long officeId, NewTraining t, Long accountId) {
        return jdbc.sql("""
                        insert into training (office_id, kind, held_on, days, topic_bn, topic_en, venue_bn, resource_persons_bn,
                                              initiative_id, visited_bn, created_by)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .param(officeId).param(t.kind().name()).param(t.heldOn()).param(t.days()).param(t.topicBn()).param(t.topicEn())
                .param(t.venueBn()).param(t.resourcePersonsBn()).param(t.initiativeId()).param(t.visitedBn()).param(accountId)
                .query(Long.class).single();
    }

    void update(long id, NewTraining t) {
        jdbc.sql("""
                        update training set kind = ?, held_on = ?, days = ?, topic_bn = ?, topic_en = ?, venue_bn = ?,
                               resource_persons_bn = ?, initiative_id = ?, visited_bn = ?, updated_at = now()
                         where id = ?""")
                .param(t.kind().name()).param(t.heldOn()).param(t.days()).param(t.topicBn()).param(t.topicEn()).param(t.venueBn())
                .param(t.resourcePersonsBn()).param(t.initiativeId()).param(t.visitedBn()).param(id).update();
    }

    /** The participants as given, replacing those recorded. */
    void replaceParticipants(long id, NewTraining t) {
        jdbc.sql("delete from training_participant where training_id = ?").param(id).update();
        for (Long officer : t.officerIds()) {
            jdbc.sql("insert into training_participant (training_id, officer_id) values (?, ?)").param(id).param(officer).update();
        }
        for (NewTraining.Guest guest : t.guests()) {
            jdbc.sql("insert into training_participant (training_id, guest_name_bn, guest_designation_bn) values (?, ?, ?)")
                    .param(id).param(guest.nameBn()).param(guest.designationBn()).update();
        }
    }

    /** The file's bytes to the store, its name, type and file id here, in the caller's transaction. */
    void insertEvidence(long trainingId, Uploads.Accepted file, Long accountId) {
        long fileId = files.store(file.bytes()).id();
        jdbc.sql("""
                        insert into training_evidence (training_id, file_name, content_type, size, file_id, uploaded_by)
                        values (?, ?, ?, ?, ?, ?)""")
                .param(trainingId).param(file.fileName()).param(file.contentType()).param(file.bytes().length).param(fileId)
                .param(accountId).update();
    }

    /** Removes these files of the training (ids of another training's are ignored); how many went. */
    int removeEvidence(long trainingId, Collection<Long> evidenceIds) {
        if (evidenceIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("delete from training_evidence where training_id = :t and id = any(:ids)")
                .param("t", trainingId).param("ids", evidenceIds.toArray(Long[]::new)).update();
    }

    // ---- facts

    List<TrainingFacts.Held> held(long officeId, TrainingKind kind, LocalDate from, LocalDate to) {
        return jdbc.sql("""
                        select t.id, t.kind, t.held_on, t.days, t.topic_bn,
                               (select count(*) from training_participant p where p.training_id = t.id) as participants
                          from training t
                         where t.office_id = ? and t.kind = ? and t.held_on between ? and ?
                         order by t.held_on, t.id""")
                .param(officeId).param(kind.name()).param(from(from)).param(to(to))
                .query((rs, n) -> new TrainingFacts.Held(rs.getLong(1), TrainingKind.valueOf(rs.getString(2)),
                        rs.getObject(3, LocalDate.class), rs.getInt(4), rs.getString(5), rs.getInt(6)))
                .list();
    }

    /**
     * Per office asked, its scope's trainings by kind (the office itself and every office below it in either
     * hierarchy): one query however many offices, the scope's pairs joined to the trainings by office.
     */
    Map<Long, TrainingFacts.Tally> inScopes(Collection<Long> officeIds, LocalDate from, LocalDate to) {
        record Count(long office, TrainingKind kind, long held, long days, long participants) {
        }
        List<Count> counts = jdbc.sql("""
                        select s.ancestor_id, t.kind, count(*), sum(t.days),
                               coalesce(sum((select count(*) from training_participant p where p.training_id = t.id)), 0)
                          from office_scope s join training t on t.office_id = s.office_id
                         where s.ancestor_id = any(:offices) and t.held_on between :from and :to
                         group by s.ancestor_id, t.kind""")
                .param("offices", officeIds.toArray(Long[]::new)).param("from", from(from)).param("to", to(to))
                .query((rs, n) -> new Count(rs.getLong(1), TrainingKind.valueOf(rs.getString(2)), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5)))
                .list();
        Map<Long, TrainingFacts.Tally> tallies = new HashMap<>();
        for (Long office : officeIds) {
            Map<TrainingKind, Long> held = new EnumMap<>(TrainingKind.class);
            long days = 0;
            long participants = 0;
            for (Count c : counts) {
                if (c.office() == office) {
                    held.put(c.kind(), c.held());
                    days += c.days();
                    participants += c.participants();
                }
            }
            tallies.put(office, held.isEmpty() ? TrainingFacts.Tally.NONE : new TrainingFacts.Tally(held, days, participants));
        }
        return tallies;
    }

    private static LocalDate from(LocalDate from) {
        return from == null ? EARLIEST : from;
    }

    private static LocalDate to(LocalDate to) {
        return to == null ? LATEST : to;
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getLong("office_id"), TrainingKind.valueOf(rs.getString("kind")),
                rs.getObject("held_on", LocalDate.class), rs.getInt("days"), rs.getString("topic_bn"), rs.getString("topic_en"),
                rs.getString("venue_bn"), rs.getString("resource_persons_bn"), rs.getObject("initiative_id", Long.class),
                rs.getString("visited_bn"));
    }
}
