package bd.udbhabon.decision.internal;

import bd.udbhabon.access.AccessPolicy;
import bd.udbhabon.access.Permission;
import bd.udbhabon.audit.AuditEvent;
import bd.udbhabon.audit.AuditLog;
import bd.udbhabon.bangla.Dhaka;
import bd.udbhabon.decision.Decision;
import bd.udbhabon.decision.DecisionRegister;
import bd.udbhabon.decision.DecisionStatus;
import bd.udbhabon.decision.Decisions;
import bd.udbhabon.decision.NewDecision;
import bd.udbhabon.decision.Owner;
import bd.udbhabon.decision.OwnerChoice;
import bd.udbhabon.decision.OfficeStatus;
import bd.udbhabon.decision.Progress;
import bd.udbhabon.decision.Rate;
import bd.udbhabon.decision.ScopeRates;
import bd.udbhabon.decision.StatusChange;
import bd.udbhabon.office.Office;
import bd.udbhabon.office.OfficeDirectory;
import bd.udbhabon.office.OfficeLevel;
import bd.udbhabon.office.OfficeSearch;
import bd.udbhabon.people.PeopleDirectory;
import bd.udbhabon.people.Post;
import bd.udbhabon.shell.FormErrors;
import bd.udbhabon.shell.Inputs;
import bd.udbhabon.shell.Uploads;
import bd.udbhabon.shell.UserFacingException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The register over plain SQL (V10__decisions.sql); every status is read as of a day from the history. */
@Service
class DecisionService implements Decisions, DecisionRegister {

    static final int MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;
    /** An evidence file's name when the browser sent none. */
    private static final String EVIDENCE_NAME = "প্রমাণক";

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
    private final AccessPolicy access;
    private final AuditLog audit;

    DecisionService(JdbcClient jdbc, OfficeDirectory offices, PeopleDirectory people, AccessPolicy access, AuditLog audit) {
        this.jdbc = jdbc;
        this.offices = offices;
        this.people = people;
        this.access = access;
        this.audit = audit;
    }

    // ---- reading

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

    @Override
    public Optional<Decision> find(long decisionId, LocalDate asOf) {
        return query("where d.id = :id", asOf, Map.of("id", decisionId)).stream().findFirst();
    }

    @Override
    public List<Decision> ofOffice(long officeId, LocalDate asOf) {
        return query("where d.office_id = :office order by d.taken_on, d.source_meeting_id, d.source_item, d.id", asOf,
                Map.of("office", officeId));
    }

    @Override
    public List<Decision> ofMeeting(long meetingId, LocalDate asOf) {
        return query("where d.source_meeting_id = :meeting order by d.source_item, d.id", asOf, Map.of("meeting", meetingId));
    }

    @Override
    public List<Decision> carriedInto(long officeId, LocalDate date) {
        return ofOffice(officeId, date).stream().filter(d -> d.takenOn().isBefore(date) && !d.status().closed()).toList();
    }

    @Override
    public List<Decision> assignedTo(long officeId, LocalDate asOf) {
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
     * superiors. The posts are an array, not {@code in (select …)}, so that each branch is an index
     * scan of {@code decision_owner} rather than a filter over every owner row.
     */
    static final String OWNED_BY = """
            exists (select 1 from decision_owner o where o.decision_id = d.id and (
                       (o.level is null and o.office_id = :office)
                    or o.post_id = any(array(select p.id from post p where p.office_id = :office))
                    or (o.level = :level and o.office_id = any(:superiors))))""";

    private Map<String, Object> ownerParams(Office office) {
        return Map.of("office", office.id(), "level", office.level().name(),
                "superiors", offices.superiorIds(office.id()).toArray(Long[]::new));
    }

    private boolean owns(long decisionId, long officeId) {
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

    private Optional<Long> decidingOffice(long decisionId) {
        return jdbc.sql("select office_id from decision where id = ?").param(decisionId).query(Long.class).optional();
    }

    /**
     * The rates over an office's scope and over each office directly below it. {@code roots} pairs
     * every office of the scope with the office itself and with the office directly below it that it
     * falls under (an office under both a directorate and a district counts in both rows); the
     * scope's decisions are then read through {@code decision_office_idx}, counted once per office,
     * and the counts added up per row. Two ways to find the pairs, whichever reads less:
     */
    private static final String SCOPE_WALKING_DOWN = """
            with recursive roots(root, office_id) as (
                select o.id, o.id from office o where o.id = :office
                union
                select c.id, c.id from office c where (c.admin_parent_id = :office or c.line_parent_id = :office) and c.id <> :office
                union
                select r.root, c.id from roots r
                join lateral (select id from office where admin_parent_id = r.office_id
                              union all
                              select id from office where line_parent_id = r.office_id) c on true
            ),
            """;

    /**
     * For the Cabinet Division, whose scope is the whole country: up both hierarchies from the few
     * thousand offices that took decisions (found by stepping through {@code decision_office_idx}),
     * not down through all 24,000. Any other office's subtree is smaller than that, so it walks down.
     */
    private static final String SCOPE_WALKING_UP = """
            with recursive deciding(id) as (
                select min(office_id) from decision
                union all
                select (select min(office_id) from decision where office_id > deciding.id) from deciding where deciding.id is not null
            ),
            up(office_id, id, admin_parent, line_parent) as (
                select o.id, o.id, o.admin_parent_id, o.line_parent_id from office o
                where o.id in (select id from deciding)
                union
                select u.office_id, p.id, p.admin_parent_id, p.line_parent_id
                from up u join office p on p.id = u.admin_parent or p.id = u.line_parent
            ),
            roots as (
                select id as root, office_id from up
                where id = :office or ((admin_parent = :office or line_parent = :office) and id <> :office)
            ),
            """;

    /**
     * Open decisions count as due (in progress, not started) from their due day on, before it as not
     * yet due. The offices' combined status is found first for the few decisions that have offices'
     * entries ({@code grouped}, driven from {@code decision_status_office_idx}), then joined by hash:
     * probing each of the country's decisions for entries doubled the Cabinet Division's scope.
     */
    private static final String SCOPE_COUNTS = """
            grouped as materialized (
                select d.id, g.status
                from decision d
            """ + WHOLE_JOIN + GROUP_JOIN + """
                where d.id in (select decision_id from decision_status where for_office_id is not null and since <= :asOf)
                  and d.office_id = any(array(select distinct office_id from roots)) and d.taken_on <= :asOf
                  and g.status is not null
            ),
            counts as (
                select st.office_id, count(*) as taken,
                       count(*) filter (where st.status = 'IMPLEMENTED') as implemented,
                       count(*) filter (where st.status = 'IN_PROGRESS' and not st.not_yet_due) as in_progress,
                       count(*) filter (where st.status = 'NOT_STARTED' and not st.not_yet_due) as not_started,
                       count(*) filter (where st.status = 'DROPPED') as dropped,
                       count(*) filter (where st.status in ('IN_PROGRESS', 'NOT_STARTED') and st.due_on < :asOf) as overdue,
                       count(*) filter (where st.status in ('IN_PROGRESS', 'NOT_STARTED') and st.not_yet_due) as not_yet_due
                from (select d.office_id, d.due_on, coalesce(d.due_on > :asOf, false) as not_yet_due,
                             coalesce(g.status, s.status, 'NOT_STARTED') as status
                      from decision d
            """ + WHOLE_JOIN + """
                      left join grouped g on g.id = d.id
                      where d.office_id = any(array(select distinct office_id from roots)) and d.taken_on <= :asOf) st
                group by st.office_id
            )
            select r.root, o.name_bn, o.name_en, sum(c.taken)::int, sum(c.implemented)::int, sum(c.in_progress)::int,
                   sum(c.not_started)::int, sum(c.dropped)::int, sum(c.overdue)::int, sum(c.not_yet_due)::int
            from roots r join counts c on c.office_id = r.office_id join office o on o.id = r.root
            group by r.root, o.name_bn, o.name_en
            order by o.name_bn collate "bn-x-icu", r.root
            """;

    @Override
    public ScopeRates scope(long officeId, LocalDate asOf) {
        boolean wholeCountry = offices.find(officeId).map(o -> o.level() == OfficeLevel.CABINET_DIVISION).orElse(false);
        String sql = (wholeCountry ? SCOPE_WALKING_UP : SCOPE_WALKING_DOWN) + SCOPE_COUNTS;
        List<ScopeRates.OfficeRate> rows = jdbc.sql(sql).param("office", officeId).param("asOf", asOf)
                .query((rs, i) -> new ScopeRates.OfficeRate(rs.getLong(1), rs.getString(2), rs.getString(3),
                        new Rate(rs.getInt(4), rs.getInt(5), rs.getInt(6), rs.getInt(7), rs.getInt(8), rs.getInt(10)), rs.getInt(9)))
                .list();
        ScopeRates.OfficeRate own = rows.stream().filter(r -> r.officeId() == officeId).findFirst().orElse(null);
        return new ScopeRates(own == null ? new Rate(0, 0, 0, 0, 0, 0) : own.rate(), own == null ? 0 : own.overdue(),
                rows.stream().filter(r -> r.officeId() != officeId).toList());
    }

    @Override
    public boolean concerns(long decisionId, long officeId) {
        return decidingOffice(decisionId).map(o -> o == officeId).orElse(false) || owns(decisionId, officeId);
    }

    @Override
    public List<StatusChange> history(long decisionId) {
        return jdbc.sql("""
                        select status, since, reason, office_id, recorded_at, for_office_id from decision_status
                        where decision_id = ? order by since, id""")
                .param(decisionId)
                .query((rs, i) -> new StatusChange(DecisionStatus.valueOf(rs.getString(1)), rs.getObject(2, LocalDate.class),
                        rs.getString(3), rs.getLong(4), rs.getObject(5, OffsetDateTime.class).toInstant(), (Long) rs.getObject(6)))
                .list();
    }

    /** Each member office's latest of the whole decision's rows and its own, as {@code decision_group_status} reads them. */
    @Override
    public List<OfficeStatus> offices(long decisionId, LocalDate asOf) {
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

    private List<Long> members(long decisionId) {
        return jdbc.sql("select m from decision_members(?) m").param(decisionId).query(Long.class).list();
    }

    @Override
    public List<Progress> progress(long decisionId) {
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

    @Override
    public Optional<EvidenceFile> evidence(long decisionId, long evidenceId) {
        return jdbc.sql("""
                        select e.file_name, e.content_type, e.bytes from decision_evidence e
                        join decision_progress p on p.id = e.progress_id where p.decision_id = ? and e.id = ?""")
                .params(decisionId, evidenceId)
                .query((rs, i) -> new EvidenceFile(rs.getString(1), rs.getString(2), rs.getBytes(3))).optional();
    }

    // ---- writing

    @Override
    @Transactional
    public long record(long officeId, NewDecision decision) {
        if (!access.allows(Permission.WRITE_RECORDS, officeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        FormErrors errors = new FormErrors();
        String text = Inputs.clean(decision.textBn());
        if (text == null || text.length() > 4000) {
            errors.add("text", "decision.error.text");
        }
        if (decision.takenOn() == null) {
            errors.add("takenOn", "decision.error.takenOn");
        } else if (decision.dueOn() != null && decision.dueOn().isBefore(decision.takenOn())) {
            errors.add("dueOn", "decision.error.dueBeforeTaken");
        }
        if (decision.owners().isEmpty()) {
            errors.add("owners", "decision.error.owners");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long id = jdbc.sql("""
                        insert into decision (office_id, source_meeting_id, source_item, source_label_bn, taken_on, subject_bn, text_bn, due_on)
                        values (?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(officeId, decision.sourceMeetingId(), decision.sourceItem(), Inputs.clean(decision.sourceLabelBn()),
                        decision.takenOn(), Inputs.clean(decision.subjectBn()), text, decision.dueOn())
                .query(Long.class).single();
        insertOwners(id, decision.owners());
        insertStatus(id, DecisionStatus.NOT_STARTED, decision.takenOn(), null, officeId);
        audit.record(new AuditEvent(access.actor(), "decision.recorded", "decision", String.valueOf(id), officeId, null,
                find(id, decision.takenOn()).orElseThrow()));
        return id;
    }

    private void insertStatus(long decisionId, DecisionStatus status, LocalDate since, String reason, long officeId) {
        insertStatus(decisionId, status, since, reason, officeId, null);
    }

    private void insertStatus(long decisionId, DecisionStatus status, LocalDate since, String reason, long officeId, Long forOfficeId) {
        jdbc.sql("""
                        insert into decision_status (decision_id, status, reason, since, office_id, recorded_by, for_office_id)
                        values (?, ?, ?, ?, ?, ?, ?)""")
                .params(decisionId, status.name(), reason, since, officeId, access.accountId().orElse(null), forOfficeId).update();
    }

    @Override
    public List<DecisionStatus> statusesAllowed(long decisionId, long actingOfficeId) {
        if (!access.allows(Permission.WRITE_RECORDS, actingOfficeId)) {
            return List.of();
        }
        if (decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false)) {
            return List.of(DecisionStatus.values());
        }
        return owns(decisionId, actingOfficeId) ? List.of(DecisionStatus.IN_PROGRESS, DecisionStatus.IMPLEMENTED) : List.of();
    }

    @Override
    @Transactional
    public void changeStatus(long decisionId, long actingOfficeId, DecisionStatus status, LocalDate since, String reason) {
        boolean deciding = decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false);
        changeStatus(decisionId, actingOfficeId, deciding ? null : actingOfficeId, status, since, reason);
    }

    @Override
    @Transactional
    public void changeStatus(long decisionId, long actingOfficeId, Long forOfficeId, DecisionStatus status, LocalDate since,
                             String reason) {
        List<DecisionStatus> allowed = statusesAllowed(decisionId, actingOfficeId);
        boolean deciding = decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false);
        // an implementing office speaks for itself only; the whole decision is the deciding office's
        if (allowed.isEmpty() || (!deciding && (forOfficeId == null || forOfficeId != actingOfficeId))) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Decision before = find(decisionId, Dhaka.today()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        FormErrors errors = new FormErrors();
        String why = Inputs.clean(reason);
        if (forOfficeId != null && !members(decisionId).contains(forOfficeId)) {
            errors.add("forOffice", "decision.error.forOffice");
        }
        if (status == null || !allowed.contains(status)) {
            errors.add("status", "decision.error.status");
        } else if (!deciding && closedAsWhole(decisionId)) {
            errors.add("status", "decision.error.closedAsWhole");
        }
        if (since == null || since.isBefore(before.takenOn()) || since.isAfter(Dhaka.today())) {
            errors.add("since", "decision.error.since");
        }
        if (status == DecisionStatus.DROPPED && why == null) {
            errors.add("reason", "decision.error.reason");
        }
        if (why != null && why.length() > 2000) {
            errors.add("reason", "decision.error.reasonLong");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        insertStatus(decisionId, status, since, why, actingOfficeId, forOfficeId);
        Decision after = find(decisionId, Dhaka.today()).orElseThrow();
        audit.record(new AuditEvent(access.actor(), "decision.status-changed", "decision", String.valueOf(decisionId),
                before.officeId(), Map.of("status", before.status().name(), "since", before.statusSince().toString()),
                Map.of("status", after.status().name(), "since", after.statusSince().toString(), "set", status.name(),
                        "reason", why == null ? "" : why, "byOffice", actingOfficeId,
                        "forOffice", forOfficeId == null ? "all" : forOfficeId)));
    }

    /** The deciding office's latest ruling today closed the decision as a whole (implemented or dropped for all). */
    private boolean closedAsWhole(long decisionId) {
        return jdbc.sql("""
                        select status in ('IMPLEMENTED', 'DROPPED') from decision_status
                        where decision_id = ? and for_office_id is null and since <= ? order by since desc, id desc limit 1""")
                .params(decisionId, Dhaka.today()).query(Boolean.class).optional().orElse(false);
    }

    @Override
    public boolean mayReassign(long decisionId, long actingOfficeId) {
        return access.allows(Permission.WRITE_RECORDS, actingOfficeId)
                && decidingOffice(decisionId).map(o -> o == actingOfficeId).orElse(false);
    }

    @Override
    @Transactional
    public void reassign(long decisionId, long actingOfficeId, List<Owner> owners) {
        if (!mayReassign(decisionId, actingOfficeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        if (owners.isEmpty()) {
            throw UserFacingException.invalid(new FormErrors().add("owners", "decision.error.owners"));
        }
        Decision before = find(decisionId, Dhaka.today()).orElseThrow();
        jdbc.sql("delete from decision_owner where decision_id = ?").param(decisionId).update();
        insertOwners(decisionId, owners);
        audit.record(new AuditEvent(access.actor(), "decision.reassigned", "decision", String.valueOf(decisionId),
                before.officeId(), Map.of("owners", before.owners()), Map.of("owners", owners)));
    }

    @Override
    @Transactional
    public void revise(long decisionId, long actingOfficeId, NewDecision decision) {
        if (!mayReassign(decisionId, actingOfficeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Decision before = find(decisionId, Dhaka.today()).orElseThrow();
        String text = Inputs.clean(decision.textBn());
        FormErrors errors = new FormErrors();
        if (text == null || text.length() > 4000) {
            errors.add("text", "decision.error.text");
        }
        if (decision.dueOn() != null && decision.dueOn().isBefore(before.takenOn())) {
            errors.add("dueOn", "decision.error.dueBeforeTaken");
        }
        if (decision.owners().isEmpty()) {
            errors.add("owners", "decision.error.owners");
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        jdbc.sql("update decision set source_item = ?, subject_bn = ?, text_bn = ?, due_on = ? where id = ?")
                .params(decision.sourceItem() == null ? before.sourceItem() : decision.sourceItem(),
                        Inputs.clean(decision.subjectBn()), text, decision.dueOn(), decisionId)
                .update();
        jdbc.sql("delete from decision_owner where decision_id = ?").param(decisionId).update();
        insertOwners(decisionId, decision.owners());
        audit.record(new AuditEvent(access.actor(), "decision.revised", "decision", String.valueOf(decisionId),
                before.officeId(), before, find(decisionId, Dhaka.today()).orElseThrow()));
    }

    private void insertOwners(long decisionId, List<Owner> owners) {
        for (int i = 0; i < owners.size(); i++) {
            Owner o = owners.get(i);
            jdbc.sql("insert into decision_owner (decision_id, position, office_id, post_id, level, label_bn) values (?, ?, ?, ?, ?, ?)")
                    .params(decisionId, i + 1, o.officeId(), o.postId(), o.level() == null ? null : o.level().name(),
                            o.labelBn().strip()).update();
        }
    }

    @Override
    public List<OwnerChoice> ownerChoices(long officeId) {
        Office office = offices.find(officeId).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        List<OwnerChoice> choices = new ArrayList<>();
        choices.add(new OwnerChoice(office.nameBn(), Owner.office(officeId, office.nameBn())));
        for (Post post : people.posts(officeId)) {
            if (post.active()) {
                choices.add(new OwnerChoice(post.titleBn(), Owner.post(post.id(), post.titleBn())));
            }
        }
        List<Office> below = new ArrayList<>();
        for (int page = 0; ; page++) {
            var found = offices.search(new OfficeSearch(null, officeId, null, page, OfficeSearch.MAX_SIZE)).items();
            below.addAll(found);
            if (found.size() < OfficeSearch.MAX_SIZE) {
                break;
            }
        }
        below.stream().map(Office::level).distinct().sorted().forEach(level -> {
            String label = HEADS.getOrDefault(level, level.nameBn()) + " (সকল), " + placeOf(office);
            choices.add(new OwnerChoice(label, Owner.everyOffice(level, officeId, label)));
        });
        for (Office child : below) {
            choices.add(new OwnerChoice(child.nameBn(), Owner.office(child.id(), child.nameBn())));
        }
        return choices;
    }

    /** Who heads the offices of a level, as minutes name them ("জেলা প্রশাসক (সকল), রাজশাহী বিভাগ"). */
    private static final Map<OfficeLevel, String> HEADS = Map.of(
            OfficeLevel.MINISTRY, "সচিব", OfficeLevel.DIRECTORATE, "অধিদপ্তর/সংস্থা প্রধান",
            OfficeLevel.DIVISION, "বিভাগীয় কমিশনার", OfficeLevel.DISTRICT, "জেলা প্রশাসক",
            OfficeLevel.UPAZILA, "উপজেলা নির্বাহী অফিসার", OfficeLevel.OTHER, "দপ্তর প্রধান");

    private static String placeOf(Office office) {
        return switch (office.level()) {
            case DIVISION -> office.placeBn() + " বিভাগ";
            case DISTRICT -> office.placeBn() + " জেলা";
            case UPAZILA -> office.placeBn() + " উপজেলা";
            default -> office.nameBn();
        };
    }

    @Override
    public boolean mayReport(long decisionId, long actingOfficeId) {
        return access.allows(Permission.WRITE_RECORDS, actingOfficeId) && concerns(decisionId, actingOfficeId);
    }

    @Override
    @Transactional
    public long reportProgress(long decisionId, long actingOfficeId, LocalDate reportedOn, String textBn, List<Upload> evidence) {
        if (!mayReport(decisionId, actingOfficeId)) {
            throw new UserFacingException(403, "error.forbidden");
        }
        Decision decision = find(decisionId, Dhaka.today()).orElseThrow(() -> UserFacingException.notFound("error.notFound"));
        FormErrors errors = new FormErrors();
        String text = Inputs.clean(textBn);
        if (text == null || text.length() > 4000) {
            errors.add("text", "decision.error.progressText");
        }
        if (reportedOn == null || reportedOn.isBefore(decision.takenOn()) || reportedOn.isAfter(Dhaka.today())) {
            errors.add("reportedOn", "decision.error.since");
        }
        List<Uploads.Accepted> files = new ArrayList<>();
        for (Upload file : evidence) {
            if (file.bytes().length == 0 || file.bytes().length > MAX_EVIDENCE_BYTES) {
                errors.add("evidence", "decision.error.evidenceSize");
            } else {
                // the type is what the content is; the browser's declared type is not looked at
                Uploads.Accepted accepted = Uploads.DOCUMENTS.check(file.fileName(), file.bytes(), EVIDENCE_NAME, "evidence", errors);
                if (accepted != null) {
                    files.add(accepted);
                }
            }
        }
        if (errors.any()) {
            throw UserFacingException.invalid(errors);
        }
        long id = jdbc.sql("insert into decision_progress (decision_id, office_id, reported_on, text_bn, recorded_by) values (?, ?, ?, ?, ?) returning id")
                .params(decisionId, actingOfficeId, reportedOn, text, access.accountId().orElse(null)).query(Long.class).single();
        List<String> names = new ArrayList<>();
        for (Uploads.Accepted file : files) {
            jdbc.sql("insert into decision_evidence (progress_id, file_name, content_type, size, bytes) values (?, ?, ?, ?, ?)")
                    .params(id, file.fileName(), file.contentType(), file.bytes().length, file.bytes()).update();
            names.add(file.fileName());
        }
        audit.record(new AuditEvent(access.actor(), "decision.progress-reported", "decision", String.valueOf(decisionId),
                decision.officeId(), null, Map.of("reportedOn", reportedOn.toString(), "text", text, "files", names,
                        "byOffice", actingOfficeId)));
        return id;
    }

}
