package bd.udbhabon.decision.internal;

import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.OfficeStatus;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.Progress;
import bd.udbhabon.decision.StatusChange;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.storage.FileStore;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Reading the register (V10__decisions.sql): decisions with their status as of a day, who owns them,
 * their history, each implementing office's entry, progress and evidence. Every status is read from
 * the history as of the day asked.
 */
@Repository
class DecisionQueries {

    /** An evidence file's name when the browser sent none. */
    static final String EVIDENCE_NAME = "প্রমাণক";

    /** {@code s}: the whole decision's latest row on :asOf. */
    static final String WHOLE_JOIN = """
            left join lateral (select status, since, reason, id from decision_status
                               where decision_id = d.id and for_office_id is null and since <= :asOf
                               order by since desc, id desc limit 1) s on true
            """;

    /**
     * {@code g}: the offices' entries combined, for a decision with an entry after {@code s}. "offset 0"
     * keeps the subquery from being pulled up: here the exists is a one-time filter that gates the
     * function; pulled up, it became a join filter run after the function, for every decision (seen
     * in the benchmark's plan).
     */
    static final String GROUP_JOIN = """
            left join lateral (select * from decision_group_status(d.id, :asOf, coalesce(s.status, 'NOT_STARTED'),
                                                                   coalesce(s.since, d.taken_on), coalesce(s.id, 0))
                               where exists (select 1 from decision_status m
                                             where m.decision_id = d.id and m.for_office_id is not null and m.since <= :asOf
                                               and (m.since, m.id) > (coalesce(s.since, d.taken_on), coalesce(s.id, 0)))
                               offset 0) g on true
            """;

    static final String STATUS_JOINS = WHOLE_JOIN + GROUP_JOIN;

    /**
     * A decision's columns and its status as of :asOf: the latest ruling on the whole decision (no
     * row: not started since taken), unless an implementing office has an entry after it; then every
     * office's latest, combined ({@code decision_group_status}, V21). The function is called only
     * for those decisions: for the others it is one more index probe that finds nothing.
     */
    static final String SELECT = """
            select d.id, d.office_id, d.source_meeting_id, d.source_item, d.source_label_bn, d.taken_on, d.subject_bn,
                   d.text_bn, d.due_on, coalesce(g.status, s.status, 'NOT_STARTED'), coalesce(g.since, s.since, d.taken_on),
                   case when g.status is null then s.reason else g.reason end
            from decision d
            """ + STATUS_JOINS;

    private final JdbcClient jdbc;
    private final OfficeDirectory offices;
    private final PeopleDirectory people;
    private final FileStore files;

    DecisionQueries(JdbcClient jdbc, OfficeDirectory offices, PeopleDirectory people, FileStore files) {
        this.jdbc = jdbc;
        this.files = files;
        this.offices = offices;
        this.people = people;
    }

    private record Row(long id, long officeId, Long meetingId, Integer item, String sourceLabel, LocalDate takenOn,
                       String subject, String text, LocalDate dueOn, DecisionStatus status, LocalDate since, String reason) {
    }

    private List<Decision> query(String where, LocalDate asOf, Map<String, Object> params) {
        return query(SELECT, where, asOf, params);
    }

    private List<Decision> query(String select, String where, LocalDate asOf, Map<String, Object> params) {
        var statement = jdbc.sql(select + where).param("asOf", asOf);
        for (var p : params.entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        List<Row> rows = statement.query((rs, i) -> new Row(rs.getLong(1), rs.getLong(2), (Long) rs.getObject(3),
                (Integer) rs.getObject(4), rs.getString(5), rs.getObject(6, LocalDate.class), rs.getString(7), rs.getString(8),
                rs.getObject(9, LocalDate.class), DecisionStatus.valueOf(rs.getString(10)), rs.getObject(11, LocalDate.class),
                rs.getString(12))).list();
        Map<Long, List<Owner>> owners = owners(rows.stream().map(Row::id).toList());
        return rows.stream().map(r -> new Decision(r.id(), r.officeId(), r.meetingId(), r.item(), r.sourceLabel(), r.takenOn(),
                r.subject(), r.text(), r.dueOn(), owners.getOrDefault(r.id(), List.of()), asOf, r.status(), r.since(),
                r.reason())).toList();
    }

    /** The owners of many decisions in one query. */
    private Map<Long, List<Owner>> owners(List<Long> decisionIds) {
        Map<Long, List<Owner>> owners = new HashMap<>();
        if (decisionIds.isEmpty()) {
            return owners;
        }
        jdbc.sql("select decision_id, office_id, post_id, level, label_bn from decision_owner where decision_id = any(?) order by decision_id, position")
                .param(decisionIds.toArray(Long[]::new))
                .query(rs -> {
                    String level = rs.getString(4);
                    owners.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Owner((Long) rs.getObject(2),
                            (Long) rs.getObject(3), level == null ? null : OfficeLevel.valueOf(level), rs.getString(5)));
                });
        return owners;
    }

    Optional<Decision> find(long decisionId, LocalDate asOf) {
        return query("where d.id = :id", asOf, Map.of("id", decisionId)).stream().findFirst();
    }

    List<Decision> ofOffice(long officeId, LocalDate asOf) {
        return query("where d.office_id = :office order by d.taken_on, d.source_meeting_id, d.source_item, d.id", asOf,
                Map.of("office", officeId));
    }

    List<Decision> ofMeeting(long meetingId, LocalDate asOf) {
        return query("where d.source_meeting_id = :meeting order by d.source_item, d.id", asOf, Map.of("meeting", meetingId));
    }

    List<Decision> carriedInto(long officeId, LocalDate date) {
        return ofOffice(officeId, date).stream().filter(d -> d.takenOn().isBefore(date) && !d.status().closed()).toList();
    }

    List<Decision> assignedTo(long officeId, LocalDate asOf) {
        Office office = offices.find(officeId).orElse(null);
        if (office == null) {
            return List.of();
        }
        return query(SELECT_OWN_ENTRY, "where " + OWNED_BY + " order by d.due_on nulls last, d.taken_on, d.id", asOf, ownerParams(office));
    }

    /**
     * A decision with the status of :office's own entry (its latest, or the latest ruling on the whole
     * if later): what the office has to do, so that an office that did its part is not shown it as open.
     */
    static final String SELECT_OWN_ENTRY = """
            select d.id, d.office_id, d.source_meeting_id, d.source_item, d.source_label_bn, d.taken_on, d.subject_bn,
                   d.text_bn, d.due_on, coalesce(s.status, 'NOT_STARTED'), coalesce(s.since, d.taken_on), s.reason
            from decision d
            left join lateral (select status, since, reason from decision_status
                               where decision_id = d.id and (for_office_id is null or for_office_id = :office) and since <= :asOf
                               order by since desc, id desc limit 1) s on true
            """;

    /**
     * The decision names the office, one of its posts, or every office of its level under one of its
     * superiors (office's scope relation, through {@code OfficeDirectory.superiorIds}). The posts
     * (people's, through {@code PeopleDirectory}) are an array, not {@code in (select …)}, so that each
     * branch is an index scan of {@code decision_owner} rather than a filter over every owner row.
     */
    static final String OWNED_BY = """
            exists (select 1 from decision_owner o where o.decision_id = d.id and (
                       (o.level is null and o.office_id = :office)
                    or o.post_id = any(:posts)
                    or (o.level = :level and o.office_id = any(:superiors))))""";

    Map<String, Object> ownerParams(Office office) {
        return Map.of("office", office.id(), "level", office.level().name(),
                "posts", people.posts(office.id()).stream().map(Post::id).toArray(Long[]::new),
                "superiors", offices.superiorIds(office.id()).toArray(Long[]::new));
    }

    boolean owns(long decisionId, long officeId) {
        Office office = offices.find(officeId).orElse(null);
        if (office == null) {
            return false;
        }
        var statement = jdbc.sql("select exists (select 1 from decision d where d.id = :id and " + OWNED_BY + ")").param("id", decisionId);
        for (var p : ownerParams(office).entrySet()) {
            statement = statement.param(p.getKey(), p.getValue());
        }
        return statement.query(Boolean.class).single();
    }

    Optional<Long> decidingOffice(long decisionId) {
        return jdbc.sql("select office_id from decision where id = ?").param(decisionId).query(Long.class).optional();
    }

    boolean concerns(long decisionId, long officeId) {
        return decidingOffice(decisionId).map(o -> o == officeId).orElse(false) || owns(decisionId, officeId);
    }

    List<StatusChange> history(long decisionId) {
        return jdbc.sql("""
                        select status, since, reason, office_id, recorded_at, for_office_id from decision_status
                        where decision_id = ? order by since, id""")
                .param(decisionId)
                .query((rs, i) -> new StatusChange(DecisionStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getLong(4), rs.getObject(5, OffsetDateTime.class).toInstant(), (Long) rs.getObject(6)))
                .list();
    }

    /** Each member office's latest of the whole decision's rows and its own, as {@code decision_group_status} reads them. */
    List<OfficeStatus> offices(long decisionId, LocalDate asOf) {
        return jdbc.sql("""
                        select o.id, o.name_bn, o.name_en, coalesce(x.status, 'NOT_STARTED'), coalesce(x.since, d.taken_on), x.reason,
                               x.for_office_id is null,
                               (select max(p.reported_on) from decision_progress p
                                where p.decision_id = d.id and p.office_id = o.id and p.reported_on <= :asOf),
                               ev.id, ev.file_name, ev.content_type, ev.size
                        from decision d
                        cross join lateral decision_members(d.id) m(office_id)
                        join office o on o.id = m.office_id
                        left join lateral (select status, since, reason, for_office_id from decision_status s
                                           where s.decision_id = d.id and (s.for_office_id is null or s.for_office_id = o.id)
                                             and s.since <= :asOf
                                           order by s.since desc, s.id desc limit 1) x on true
                        left join lateral (select e.id, e.file_name, e.content_type, e.size
                                           from decision_progress p join decision_evidence e on e.progress_id = p.id
                                           where p.decision_id = d.id and p.office_id = o.id and p.reported_on <= :asOf
                                           order by p.reported_on desc, e.id desc limit 1) ev on true
                        where d.id = :id
                        order by o.name_bn collate "bn-x-icu", o.id""")
                .param("id", decisionId).param("asOf", asOf)
                .query((rs, i) -> new OfficeStatus(rs.getLong(1), rs.getString(2), rs.getString(3),
                        DecisionStatus.valueOf(rs.getString(4)), rs.getObject(5, LocalDate.class), rs.getString(6), rs.getBoolean(7),
                        rs.getObject(8, LocalDate.class), rs.getObject(9) == null ? null
                                : new Progress.Evidence(rs.getLong(9), Uploads.cleanName(rs.getString(10), EVIDENCE_NAME),
                                rs.getString(11), rs.getInt(12))))
                .list();
    }

    List<Long> members(long decisionId) {
        return jdbc.sql("select m from decision_members(?) m").param(decisionId).query(Long.class).list();
    }

    List<Progress> progress(long decisionId) {
        Map<Long, List<Progress.Evidence>> evidence = new HashMap<>();
        jdbc.sql("""
                        select e.progress_id, e.id, e.file_name, e.content_type, e.size from decision_evidence e
                        join decision_progress p on p.id = e.progress_id where p.decision_id = ? order by e.id""")
                .param(decisionId)
                .query(rs -> {
                    evidence.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new Progress.Evidence(rs.getLong(2), Uploads.cleanName(rs.getString(3), EVIDENCE_NAME), rs.getString(4),
                                    rs.getInt(5)));
                });
        return jdbc.sql("select id, office_id, reported_on, text_bn from decision_progress where decision_id = ? order by reported_on, id")
                .param(decisionId)
                .query((rs, i) -> new Progress(rs.getLong(1), rs.getLong(2), rs.getObject(3, LocalDate.class), rs.getString(4),
                        evidence.getOrDefault(rs.getLong(1), List.of())))
                .list();
    }

    private record KeptEvidence(String fileName, String contentType, Long fileId, byte[] inRow) {
    }

    /** An evidence file with its bytes: from storage's store, or from the row while it has not been moved there (issue 17). */
    Optional<Decisions.EvidenceFile> evidence(long decisionId, long evidenceId) {
        return jdbc.sql("""
                        select e.file_name, e.content_type, e.file_id, e.bytes from decision_evidence e
                        join decision_progress p on p.id = e.progress_id where p.decision_id = ? and e.id = ?""")
                .params(decisionId, evidenceId)
                .query((rs, i) -> new KeptEvidence(rs.getString(1), rs.getString(2), rs.getObject(3, Long.class), rs.getBytes(4)))
                .optional()
                .map(e -> new Decisions.EvidenceFile(e.fileName(), e.contentType(), e.fileId() == null ? e.inRow() : files.read(e.fileId())));
    }
}
